// Sessions and seat-booking inputs for tests of lib/booking, written straight to the database.
import type { BookSeatsInput } from "@/lib/booking/schemas";
import { getDb } from "@/lib/db";
import type { Database } from "@/lib/db/client";

/** A scheduled session of eight hours in Bern (in the given database: the bench passes its own). */
export async function createTestSession(
  courseId: string,
  capacity: number,
  startsAt = "2027-03-20T08:00:00Z",
  db: Database = getDb(),
) {
  return db.courseSession.create({
    data: {
      courseId,
      startsAt: new Date(startsAt),
      endsAt: new Date(new Date(startsAt).getTime() + 8 * 60 * 60_000),
      location: "Bern, Kursraum Bollwerk",
      capacity,
    },
  });
}

/** A booking by `email` for `seats` people; the first participant is the booker. */
export function bookingInput(sessionId: string, email: string, seats = 1): BookSeatsInput {
  return {
    sessionId,
    salutation: "NEUTRAL",
    contactName: `Kontakt ${email}`,
    email,
    phone: "",
    organisation: "Betreibungsamt Thun",
    billingReference: "",
    participants: Array.from({ length: seats }, (_, index) => ({
      name: `Teilnehmerin ${index + 1} ${email}`,
      email: index === 0 ? email : `p${index}.${email}`,
    })),
  };
}
