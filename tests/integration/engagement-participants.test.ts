// The participant list of an in-house engagement as the client contact (portal) and the consultant
// (admin) manage it: a CSV import with bad lines writes nothing and names every bad line, a skipped
// bad line is skipped on purpose only, a failure inside the import leaves nothing half imported;
// the portal's pasted list and its removal cut-off; moving to and from the waiting list; and the
// situations and wishes grouped for the designer.
import { beforeAll, describe, expect, it, vi } from "vitest";

import { addDays, fromZurichWallTime, zurichDate } from "@/lib/calendar/zurich-time";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { listParticipants, rolePlaySituations } from "@/lib/registration/participants-queries";
import { addParticipantsInPortal, registerTeamMembers, removeParticipantInPortal } from "@/lib/registration/service";

import { engagementWithDates } from "../setup/registration-fixtures";
import { seededOwnerPerFile } from "../setup/seeded-owner";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
let client = 0;
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-anliegen-client": `10.9.0.${client++ & 255}` }),
}));

const admin = await import("@/lib/registration/participants-admin-actions");
const portal = await import("@/lib/registration/participants-portal-actions");

const db = () => getDb();
const owner = seededOwnerPerFile();

beforeAll(() => {
  session.userId = owner.id;
});

/** An accepted two-day engagement (dates in 2099 unless given), room for `capacity` people per day. */
async function engagement(organisationName: string, capacity = 3, firstDay = "2099-03-10") {
  const { inquiry, sessions, portalToken } = await engagementWithDates(db(), owner, {
    organisationName,
    sessionCapacity: capacity,
    firstDay,
  });
  return { inquiry, sessions, token: portalToken };
}

const counts = async (inquiryId: string) => ({
  registrations: await db().teamRegistration.count({ where: { inquiryId } }),
  bookings: await db().booking.count({ where: { session: { inquiryId } } }),
});

describe("the consultant's CSV import", () => {
  const file = [
    "\uFEFFAnrede;Name;E-Mail;Funktion",
    "Frau;Anna Gfeller;anna@luzern.example;Schalter",
    "Herr;Beat Zürcher;beat-at-luzern.example;Schalter",
    "",
    ";;carla@luzern.example;Telefon",
    "Herr;Dario Rossi;dario@luzern.example;Leitung",
    "Frau;Anna Zwei;ANNA@luzern.example;",
  ].join("\r\n");

  it("previews every line and imports nothing while a line is wrong, naming each bad line", async () => {
    const { inquiry } = await engagement("Steueramt Luzern");
    const preview = await admin.previewImportAction({ inquiryId: inquiry.id, text: file });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.lines.map((line) => [line.line, line.kind])).toEqual([
      [2, "NEW"],
      [3, "ERROR"],
      [5, "ERROR"],
      [6, "NEW"],
      [7, "ERROR"],
    ]);
    expect(preview.data.lines.filter((line) => line.kind === "ERROR").map((line) => line.errors)).toEqual([
      ["«beat-at-luzern.example» ist keine gültige E-Mail-Adresse."],
      ["Der Name fehlt."],
      ["Die E-Mail-Adresse ANNA@luzern.example steht schon in Zeile 2."],
    ]);
    expect(await counts(inquiry.id)).toEqual({ registrations: 0, bookings: 0 });

    const refused = await admin.importParticipantsAction({ inquiryId: inquiry.id, text: file });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    if (refused.ok) return;
    expect(refused.fieldErrors.text).toEqual([
      "3 Zeilen haben Fehler. Es wurde nichts importiert: Bitte korrigieren Sie die Datei oder überspringen Sie die fehlerhaften Zeilen ausdrücklich.",
    ]);
    expect(await counts(inquiry.id)).toEqual({ registrations: 0, bookings: 0 });

    // Skipping the bad lines on purpose imports the two good ones, each seated on both days.
    const imported = await admin.importParticipantsAction({ inquiryId: inquiry.id, text: file, skipInvalid: true });
    expect(imported).toMatchObject({ ok: true, message: "2 Personen angemeldet. Übersprungen: Zeile 3, 5, 7." });
    expect(await counts(inquiry.id)).toEqual({ registrations: 2, bookings: 4 });
    const people = await listParticipants(db(), inquiry.id);
    expect(people.map((person) => [person.name, person.status, person.source])).toEqual([
      ["Anna Gfeller", "REGISTERED", "ADMIN"],
      ["Dario Rossi", "REGISTERED", "ADMIN"],
    ]);
    expect((await db().teamRegistration.findFirstOrThrow({ where: { name: "Anna Gfeller" } })).salutation).toBe("MS");

    // The corrected file: the known two are reported, the capacity of three seats one, one waits.
    const fixed =
      "Name,E-Mail\nAnna Gfeller,anna@luzern.example\nBeat Zürcher,beat@luzern.example\nCarla Frei,carla@luzern.example\nDario Rossi,dario@luzern.example";
    const again = await admin.previewImportAction({ inquiryId: inquiry.id, text: fixed });
    expect(again.ok && again.data).toMatchObject({
      counts: { NEW: 2, ALREADY_REGISTERED: 2, ERROR: 0 },
      seated: 1,
      waitlisted: 1,
    });
    expect(await admin.importParticipantsAction({ inquiryId: inquiry.id, text: fixed })).toMatchObject({
      ok: true,
      message: "1 Person angemeldet, 1 Person auf der Warteliste.",
    });
    expect((await listParticipants(db(), inquiry.id)).map((person) => [person.name, person.waitlistRank])).toEqual([
      ["Anna Gfeller", null],
      ["Dario Rossi", null],
      ["Beat Zürcher", null],
      ["Carla Frei", 1],
    ]);
  });

  it("leaves nothing half imported when a person fails inside the import", async () => {
    const { inquiry, sessions } = await engagement("Passbüro Zug");
    // Erna already holds a booking of her own for the first day: the whole import is refused.
    await db().booking.create({
      data: {
        sessionId: sessions[0]!.id,
        status: "CONFIRMED",
        contactName: "Erna Eigen",
        email: "erna@zug.example",
        manageTokenHash: "participants-erna",
        participants: { create: [{ name: "Erna Eigen", position: 0 }] },
      },
    });
    const text = "Name;E-Mail\nFritz Vor;fritz@zug.example\nErna Eigen;erna@zug.example\nGina Nach;gina@zug.example";
    const result = await admin.importParticipantsAction({ inquiryId: inquiry.id, text });
    expect(result.ok).toBe(false);
    expect(await counts(inquiry.id)).toEqual({ registrations: 0, bookings: 1 });
    expect(await db().outboxMessage.count({ where: { recipient: "fritz@zug.example" } })).toBe(0);
  });

  it("adds one person, moves a seated one to the waiting list and seats a waiting one", async () => {
    const { inquiry, sessions } = await engagement("Zivilstandsamt Bern", 2);
    for (const [name, email] of [
      ["Hanna Eins", "hanna@bern.example"],
      ["Ivo Zwei", "ivo@bern.example"],
      ["Jana Drei", "jana@bern.example"],
    ]) {
      expect(
        await admin.addParticipantAction({ inquiryId: inquiry.id, salutation: "NEUTRAL", name, email }),
      ).toMatchObject({ ok: true });
    }
    const before = await listParticipants(db(), inquiry.id);
    expect(before.map((person) => [person.name, person.waitlistRank])).toEqual([
      ["Hanna Eins", null],
      ["Ivo Zwei", null],
      ["Jana Drei", 1],
    ]);
    const duplicate = await admin.addParticipantAction({
      inquiryId: inquiry.id,
      name: "Hanna",
      email: "HANNA@bern.example",
    });
    expect(duplicate).toMatchObject({ ok: true, message: "1 Person war schon angemeldet." });

    // No room on the days: seating the waiting one is refused until a seat is free.
    expect(await admin.seatRegistrationAction({ registrationId: before[2]!.id })).toMatchObject({
      ok: false,
      message: "An mindestens einem Kurstag ist kein Platz mehr frei. Erhöhen Sie zuerst die Kapazität des Termins.",
    });
    expect(await admin.moveToWaitlistAction({ registrationId: before[0]!.id })).toMatchObject({ ok: true });
    expect(await admin.seatRegistrationAction({ registrationId: before[2]!.id })).toMatchObject({ ok: true });
    const after = await listParticipants(db(), inquiry.id);
    expect(after.map((person) => [person.name, person.waitlistRank])).toEqual([
      ["Ivo Zwei", null],
      ["Jana Drei", null],
      ["Hanna Eins", 1],
    ]);
    const days = await db().courseSession.findMany({ where: { id: { in: sessions.map((day) => day.id) } } });
    expect(days.map((day) => day.seatsTaken)).toEqual([2, 2]);
    expect(await db().outboxMessage.count({ where: { recipient: "jana@bern.example" } })).toBeGreaterThanOrEqual(2);

    expect(await admin.removeRegistrationAction({ registrationId: after[0]!.id })).toMatchObject({
      ok: true,
      message: "Die Person ist abgemeldet; eine Person ist von der Warteliste nachgerückt und benachrichtigt.",
    });
    // Seated people are listed in the order they first registered.
    expect((await listParticipants(db(), inquiry.id)).map((person) => [person.name, person.waitlistRank])).toEqual([
      ["Hanna Eins", null],
      ["Jana Drei", null],
    ]);
  });
});

describe("the client contact's list in the portal", () => {
  it("registers a pasted Excel list, refuses one with bad lines as a whole, and removes until the cut-off", async () => {
    // The portal link lives PORTAL_LINK_DAYS (120) days: the course is 30 days ahead.
    const firstDate = addDays(zurichDate(new Date()), 30);
    const { inquiry, token, sessions } = await engagement("Strassenverkehrsamt Thun", 5, firstDate);
    const bad = await portal.addParticipantsAction({
      token,
      list: "Name\tE-Mail\tFunktion\r\nKurt Müller\tkurt@thun.example\tSchalter\r\nLea Bär\tlea(at)thun.example\tTelefon\r\n",
    });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { list: ["Zeile 3: «lea(at)thun.example» ist keine gültige E-Mail-Adresse."] },
    });
    expect(await counts(inquiry.id)).toEqual({ registrations: 0, bookings: 0 });

    const good = await portal.addParticipantsAction({
      token,
      list: "Kurt Müller\tkurt@thun.example\tSchalter\r\nLea Bär\tlea@thun.example\tTelefon\r\n",
    });
    expect(good).toMatchObject({ ok: true, message: "2 Personen angemeldet." });
    const people = await listParticipants(db(), inquiry.id);
    expect(people.map((person) => [person.name, person.function, person.source])).toEqual([
      ["Kurt Müller", "Schalter", "PORTAL"],
      ["Lea Bär", "Telefon", "PORTAL"],
    ]);

    // Removing is possible through the fifth day before the first day (Zurich time), not later.
    expect(zurichDate(sessions[0]!.startsAt)).toBe(firstDate);
    const closes = fromZurichWallTime(addDays(firstDate, -4));
    await expect(
      removeParticipantInPortal(
        db(),
        visitor,
        { token, registrationId: people[0]!.id },
        new Date(closes.getTime() - 60_000),
      ),
    ).resolves.toEqual({ cancelled: true });
    await expect(
      removeParticipantInPortal(db(), visitor, { token, registrationId: people[1]!.id }, closes),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listParticipants(db(), inquiry.id)).map((person) => person.name)).toEqual(["Lea Bär"]);

    // Another engagement's link cannot remove this one's people; an unknown link opens nothing.
    const other = await engagement("Passbüro Thun", 5);
    expect(await portal.removeParticipantAction({ token: other.token, registrationId: people[1]!.id })).toMatchObject({
      ok: false,
      message: "Diese Anmeldung gibt es nicht.",
    });
    await expect(
      addParticipantsInPortal(db(), visitor, { token: "x".repeat(43), list: "A B\ta@b.example" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("the situations for role plays", () => {
  it("groups the answers by function, without the silent and the cancelled", async () => {
    const { inquiry } = await engagement("Sozialamt Biel", 10);
    const person = (name: string, role: string, situation = "", wish = "") => ({
      salutation: "NEUTRAL" as const,
      name,
      email: `${name.split(" ")[0]!.toLowerCase()}@biel.example`,
      function: role,
      situation,
      wish,
    });
    const outcomes = await registerTeamMembers(db(), visitor, {
      inquiryId: inquiry.id,
      source: "LINK",
      people: [
        person("Mia Schalter", "Schalter", "Ein Kunde schreit wegen der Wartezeit.", "Ruhig bleiben"),
        person("Nico Telefon", "Telefon", "", "Gespräche beenden können"),
        person("Olga Schalter", "schalter ", "Eine Absage muss ich begründen."),
        person("Paul Still", "Telefon"),
        person("Quinn Ohne", "", "Jemand droht mit der Presse."),
        person("Rita Weg", "Leitung", "Wird abgemeldet."),
      ],
    });
    await admin.removeRegistrationAction({ registrationId: outcomes[5]!.registrationId });
    expect(await rolePlaySituations(db(), inquiry.id)).toEqual([
      {
        function: "Schalter",
        entries: [
          { name: "Mia Schalter", situation: "Ein Kunde schreit wegen der Wartezeit.", wish: "Ruhig bleiben" },
          { name: "Olga Schalter", situation: "Eine Absage muss ich begründen.", wish: "" },
        ],
      },
      { function: "Telefon", entries: [{ name: "Nico Telefon", situation: "", wish: "Gespräche beenden können" }] },
      { function: "", entries: [{ name: "Quinn Ohne", situation: "Jemand droht mit der Presse.", wish: "" }] },
    ]);
  });
});
