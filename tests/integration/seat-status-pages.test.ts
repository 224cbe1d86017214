import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

import CoursePage from "@/app/(public)/[lang]/kurse/[slug]/page";
import BookSessionPage from "@/app/(public)/[lang]/termine/[id]/page";
import OpenSessionsPage from "@/app/(public)/[lang]/termine/page";
import { confirmBookingByToken } from "@/lib/booking/service";
import { bookSeats } from "@/lib/booking/service";
import { getDb } from "@/lib/db";
import { renderMail } from "@/lib/mail/render";

import { bookingInput, createTestSession } from "../setup/booking-fixtures";

// The pages read through Next's data cache; outside Next it has no store, so each read goes to the database.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));

// The example, as a new user met it: 14 seats, bookings of 5, 4 and 3, then one of 4 that waits.
const NOW = new Date();
const START = new Date(NOW.getTime() + 30 * 24 * 60 * 60_000).toISOString();
const QUEUED = "2 Plätze frei, aber 4 Personen warten bereits: neue Anmeldungen kommen auf die Warteliste";
let sessionId = "";
let fourthBookingId = "";

/** The text a reader sees: tags dropped, entities read, whitespace collapsed. */
async function pageText(element: Promise<React.ReactNode> | React.ReactNode): Promise<string> {
  const html = renderToStaticMarkup(createElement("div", null, await element));
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

beforeAll(async () => {
  const db = getDb();
  const course = await db.course.create({
    data: {
      slug: "sitzplatz-status",
      title: "Klar schreiben im Amt",
      summary: "Briefe, die man versteht.",
      audience: "Sachbearbeitende",
      durationNote: "1 Tag",
      priceNote: "CHF 450.00 pro Person",
      published: true,
    },
  });
  const session = await createTestSession(course.id, 14, START);
  await db.courseSession.update({ where: { id: session.id }, data: { isPublic: true } });
  sessionId = session.id;
  for (const [index, seats] of [5, 4, 3].entries()) {
    const placed = await bookSeats(db, bookingInput(session.id, `gruppe${index}@amt.example`, seats), NOW);
    await confirmBookingByToken(db, placed.token, NOW);
  }
  const fourth = await bookSeats(db, bookingInput(session.id, "vier@amt.example", 4), NOW);
  expect(fourth.status).toBe("WAITLISTED");
  fourthBookingId = fourth.bookingId;
});

describe("one seat status on every page (issue 17)", () => {
  it("the course page, the list of open dates and the booking page say the same for one session", async () => {
    const course = await pageText(CoursePage({ params: Promise.resolve({ lang: "de", slug: "sitzplatz-status" }) }));
    const list = await pageText(OpenSessionsPage({ params: Promise.resolve({ lang: "de" }) }));
    const booking = await pageText(BookSessionPage({ params: Promise.resolve({ lang: "de", id: sessionId }) }));

    for (const text of [course, list, booking]) {
      expect(text).toContain(QUEUED);
      expect(text).not.toContain("Noch 2 Plätze frei");
      expect(text).not.toMatch(/Ausgebucht/);
    }
    // Where a page offers to book, it offers the waiting list, not a seat.
    expect(course).toContain("Auf die Warteliste");
    expect(course).not.toContain("Platz buchen am");
    expect(list).toContain("Auf die Warteliste");
    expect(booking).toContain("Auf die Warteliste setzen");
    expect(booking).toContain(
      "Es sind noch 2 Plätze frei, aber 4 Personen warten bereits; neue Anmeldungen kommen nach ihnen auf die Warteliste.",
    );
  });

  it("the booker who waits is told why, in the action's answer and in the mail", async () => {
    const mail = await getDb().outboxMessage.findFirstOrThrow({
      where: { bookingId: fourthBookingId, template: "booking-placed" },
    });
    const { text } = await renderMail(mail.template, mail.payload);
    expect(text).toContain(
      "Es sind nur noch 2 Plätze frei; eine Buchung für 4 Personen kommt auf die Warteliste. Sie stehen mit 4 Plätzen auf der Warteliste (Position 1).",
    );
    expect(text).not.toContain("ausgebucht");
  });

  it("once the seats are all taken, every page says fully booked", async () => {
    await getDb().courseSession.update({ where: { id: sessionId }, data: { capacity: 12 } });
    const texts = [
      await pageText(CoursePage({ params: Promise.resolve({ lang: "de", slug: "sitzplatz-status" }) })),
      await pageText(OpenSessionsPage({ params: Promise.resolve({ lang: "de" }) })),
      await pageText(BookSessionPage({ params: Promise.resolve({ lang: "de", id: sessionId }) })),
    ];
    for (const text of texts) expect(text).toContain("Ausgebucht, Warteliste möglich");
  });
});
