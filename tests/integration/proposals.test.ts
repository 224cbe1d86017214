import { describe, expect, it } from "vitest";

import { agendaDayCount, scheduleAgenda } from "@/lib/calendar/agenda";
import { clockOf } from "@/lib/calendar/time-of-day";
import { getDb } from "@/lib/db";
import { systemActor, userActor, visitor } from "@/lib/db/actor";
import { formatDateTime, formatTime } from "@/lib/format";
import { scheduleJob } from "@/lib/jobs/queue";
import { PROPOSAL_REMINDERS_TASK } from "@/lib/jobs/tasks";
import { renderMail } from "@/lib/mail/render";
import { hashManageToken } from "@/lib/manage-token";
import { designFormValues } from "@/lib/proposals/form-values";
import { getLibrary } from "@/lib/proposals/library";
import { renderProposalPdf } from "@/lib/proposals/pdf";
import { programmeDaysWarning } from "@/lib/proposals/rules";
import { designSchema } from "@/lib/proposals/schemas";
import { acceptProposal, getPortalView, requestProposalChanges, revokePortalAccess } from "@/lib/proposals/service";
import { createDesignFromInquiry, saveDesign } from "@/lib/proposals/service";
import { loadDesign, sendProposal } from "@/lib/proposals/service";
import { createSessionsFromProposal } from "@/lib/proposals/service";
import { compareSnapshots, type ProposalSnapshot } from "@/lib/proposals/snapshot";

import { rejection } from "../setup/app-error";
import { runJobs, smtpTransport } from "../setup/jobs";
import { createInquiry } from "../setup/proposal-fixtures";
import { seededOwnerPerFile } from "../setup/seeded-owner";
import { startSmtpSink } from "../setup/smtp-sink";

const db = () => getDb();
const actor = seededOwnerPerFile();

/** The portal token as the client reads it in the newest proposal mail of an inquiry. */
async function tokenFromMail(inquiryId: string): Promise<string> {
  const mail = await db().outboxMessage.findFirstOrThrow({
    where: { inquiryId, template: "proposal-sent" },
    orderBy: { createdAt: "desc" },
  });
  const rendered = await renderMail(mail.template, mail.payload);
  const match = /\/portal\/([A-Za-z0-9_-]{43})/.exec(rendered.text);
  if (!match?.[1]) throw new Error(`No portal link in:\n${rendered.text}`);
  return match[1];
}

/** A design as the designer form would save it, with changes applied. */
async function saveWith(designId: string, change: (values: ReturnType<typeof designFormValues>) => void) {
  const design = await loadDesign(db(), designId);
  const values = designFormValues(design!);
  change(values);
  await saveDesign(db(), systemActor("test"), designSchema.parse(values));
}

async function sentInquiry(overrides: Parameters<typeof createInquiry>[1] = {}) {
  const inquiry = await createInquiry(db(), {
    fieldSlug: "oeffentliche-verwaltung",
    goalSlugs: ["anspruchsvolle-gespraeche-souveraen-fuehren"],
    moduleSlugs: ["rolle-entscheid-uebermitteln", "aktiv-zuhoeren"],
    ...overrides,
  });
  const design = await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id });
  const sent = await sendProposal(db(), userActor(actor), { designId: design.id });
  return { inquiry, design, sent, token: await tokenFromMail(inquiry.id) };
}

/** The client accepts through the portal, as the portal's form sends it. */
function acceptAs(token: string, proposalId: string, name: string, role: string) {
  return acceptProposal(db(), visitor, { token, proposalId, name, role, confirm: true });
}

describe("designing from an inquiry", () => {
  it("prefills challenges, wished goals and modules, format, participants and logistics", async () => {
    const inquiry = await createInquiry(db(), {
      fieldSlug: "oeffentliche-verwaltung",
      challenges: ["NEGATIVE_DECISIONS"],
      goalSlugs: ["gespraeche-gut-beenden"],
      moduleSlugs: ["rolle-beraten", "rolle-kontrollieren", "aktiv-zuhoeren", "meta-ebene"],
      format: "ONE_DAY",
      participants: 14,
    });
    const { id } = await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id });
    // A second click returns the same design instead of a second one.
    expect((await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id })).id).toBe(id);

    const design = (await loadDesign(db(), id))!;
    expect(design.goals.map((goal) => goal.title)).toEqual(["Wissen, wie Gespräche gut beendet werden können"]);
    const modules = design.agendaItems.filter((item) => item.kind === "MODULE").map((item) => item.title);
    expect(modules).toHaveLength(4);
    expect(design.agendaItems.some((item) => item.title === "Mittagspause")).toBe(true);
    expect(design.participants).toBe(14);
    expect(Number(design.days)).toBe(1);
    expect(design.dayRateCents).toBe(240_000);
    expect(design.situation).toContain("Negative Entscheide oder Sanktionen mitteilen");
    expect(design.venue).toBe("Bei uns vor Ort: Schulungsraum im Amt");
    expect(design.datesWished).toBe("März 2027");
  });

  it("starts from the chosen course's days and modules, adds the wished module and lays out course days", async () => {
    const inquiry = await createInquiry(db(), {
      fieldSlug: "oeffentliche-verwaltung",
      courseSlug: "kundenkontakt-oeffentliche-verwaltung",
      moduleSlugs: ["aktiv-zuhoeren", "meta-ebene"],
      format: "TWO_DAYS",
    });
    const design = (await loadDesign(
      db(),
      (await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id })).id,
    ))!;
    const schedule = scheduleAgenda(design.agendaItems, design.dayStartMinute);
    const modulesOf = (day: number) =>
      schedule[day - 1]!.items.filter((item) => item.kind === "MODULE").map((item) => item.title);
    expect(schedule.map((day) => [day.day, clockOf(day.startMinute), clockOf(day.endMinute)])).toEqual([
      [1, "08:30", "16:30"],
      [2, "08:30", "16:30"],
    ]);
    for (const day of schedule) {
      expect(
        day.items.filter((item) => item.title === "Mittagspause").map((item) => clockOf(item.startMinute)),
      ).toEqual(["12:00"]);
    }
    // The course's eight modules on their days; "Aktiv zuhören" is in the course already, the
    // Meta-Ebene the client asked for joins the course on the day with more room.
    const courseOnly = (day: number) => modulesOf(day).filter((title) => title !== "Die Meta-Ebene");
    expect(courseOnly(1)).toHaveLength(4);
    expect(courseOnly(2)).toHaveLength(4);
    expect(courseOnly(1)).toContain("Aktiv zuhören");
    expect([...modulesOf(1), ...modulesOf(2)].filter((title) => title === "Die Meta-Ebene")).toHaveLength(1);
    expect(modulesOf(1).length + modulesOf(2).length).toBe(9);
    expect(Number(design.days)).toBe(2);
    expect(
      programmeDaysWarning({ mode: design.pricingMode, days: Number(design.days) }, agendaDayCount(schedule)),
    ).toBeNull();

    // The client asked for one day of the two-day course: the designer warns.
    const oneDay = await createInquiry(db(), {
      courseSlug: "kundenkontakt-oeffentliche-verwaltung",
      format: "ONE_DAY",
    });
    const short = (await loadDesign(
      db(),
      (await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: oneDay.id })).id,
    ))!;
    expect(Number(short.days)).toBe(1);
    expect(
      programmeDaysWarning(
        { mode: short.pricingMode, days: Number(short.days) },
        agendaDayCount(scheduleAgenda(short.agendaItems, short.dayStartMinute)),
      ),
    ).toContain("Das Programm umfasst 2 Kurstage, der Preis 1 Kurstag.");
  });

  it("never puts the client's message into the situation, and refuses to send it word for word", async () => {
    const message = "Grüezi Herr Muster\n\nUnsere Mitarbeitenden am Schalter erleben zunehmend Vorwürfe.";
    const inquiry = await createInquiry(db(), { goalSlugs: ["gespraeche-gut-beenden"], message });
    const { id } = await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id });
    const design = (await loadDesign(db(), id))!;
    expect(design.situation).not.toContain("Grüezi");
    expect(design.situation).not.toContain("erleben zunehmend Vorwürfe");
    expect(design.situation).not.toContain("Aus Ihrer Anfrage");

    await saveWith(id, (values) => {
      values.situation = `${values.situation}\n\n${message}`;
    });
    const refused = await rejection(sendProposal(db(), userActor(actor), { designId: id }));
    expect(refused).toMatchObject({ code: "VALIDATION", field: "situation" });
    expect(await db().proposal.count({ where: { designId: id } })).toBe(0);

    await saveWith(id, (values) => {
      values.situation = "Am Schalter erleben Ihre Mitarbeitenden immer öfter Vorwürfe.";
    });
    await expect(sendProposal(db(), userActor(actor), { designId: id })).resolves.toMatchObject({ version: 1 });
  });

  it("suggests library goals and modules by field of activity and challenges when the inquiry names none", async () => {
    const inquiry = await createInquiry(db(), {
      fieldSlug: "kundendienst",
      challenges: ["PHONE_STRESS"],
      format: "HALF_DAY",
    });
    const library = await getLibrary(db(), inquiry);
    const suggestedGoals = library.goals.filter((goal) => goal.suggested);
    // Suggested first, and the phone-stress goal carries that reason.
    expect(library.goals.slice(0, suggestedGoals.length)).toEqual(suggestedGoals);
    const stress = library.goals.find((goal) => goal.title.startsWith("Stresssituationen"));
    expect(stress?.suggested?.challenges).toContain("PHONE_STRESS");

    const design = (await loadDesign(
      db(),
      (await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id })).id,
    ))!;
    expect(design.goals.length).toBeGreaterThan(0);
    expect(design.goals.map((goal) => goal.goalId)).toEqual(suggestedGoals.slice(0, 3).map((goal) => goal.id));
    const moduleIds = design.agendaItems.flatMap((item) => (item.moduleId ? [item.moduleId] : []));
    const suggestedModules = library.modules.filter((module) => module.suggested).map((module) => module.id);
    expect(moduleIds.length).toBeGreaterThan(0);
    expect(moduleIds.every((moduleId) => suggestedModules.includes(moduleId))).toBe(true);
    expect(Number(design.days)).toBe(0.5);
  });

  it("keeps the library untouched when a goal is reworded for one client", async () => {
    const inquiry = await createInquiry(db(), { goalSlugs: ["basis-set-kommunikationswerkzeuge"] });
    const { id } = await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id });
    await saveWith(id, (values) => {
      values.goals[0]!.title = "Werkzeuge für Gespräche am Schalter des Strassenverkehrsamts";
    });
    const library = await db().goal.findUniqueOrThrow({ where: { slug: "basis-set-kommunikationswerkzeuge" } });
    expect(library.title).toBe("Ein Basis-Set von Kommunikationswerkzeugen kennen und situationsgerecht einsetzen");
    const design = (await loadDesign(db(), id))!;
    expect(design.goals[0]).toMatchObject({
      goalId: library.id,
      title: "Werkzeuge für Gespräche am Schalter des Strassenverkehrsamts",
    });
  });
});

describe("sending a proposal", () => {
  it("freezes version 1, stores only the link's hash, writes the mail, the timeline and the status", async () => {
    const { inquiry, design, sent, token } = await sentInquiry();
    expect(sent.version).toBe(1);
    const proposal = await db().proposal.findUniqueOrThrow({ where: { id: sent.proposalId } });
    const snapshot = proposal.snapshot as ProposalSnapshot;
    expect(proposal.status).toBe("SENT");
    expect(snapshot.client.organisationName).toBe("Strassenverkehrsamt Bern");
    // 1 day at CHF 2'400.00, VAT 8.1 % = 194.40, total 2'594.40.
    expect([proposal.netCents, proposal.vatCents, proposal.totalCents]).toEqual([240_000, 19_440, 259_440]);

    const access = await db().portalAccess.findFirstOrThrow({ where: { inquiryId: inquiry.id } });
    expect(access.tokenHash).toBe(hashManageToken(token));
    expect(JSON.stringify(await db().portalAccess.findMany())).not.toContain(token);
    expect(access.proposalId).toBe(proposal.id);

    const mail = await db().outboxMessage.findFirstOrThrow({
      where: { inquiryId: inquiry.id, template: "proposal-sent" },
    });
    expect(mail.recipient).toBe(inquiry.email);
    const rendered = await renderMail(mail.template, mail.payload);
    expect(rendered.subject).toBe(`Ihre Offerte: ${snapshot.title}`);
    expect(rendered.text).toContain("CHF 2'594.40");

    const after = await db().inquiry.findUniqueOrThrow({ where: { id: inquiry.id }, include: { events: true } });
    expect(after.status).toBe("PROPOSAL_SENT");
    expect(after.firstResponseAt).not.toBeNull();
    expect(after.events.map((event) => event.type).sort()).toEqual(["PROPOSAL_SENT", "STATUS_CHANGED"]);
    const sentEvent = after.events.find((event) => event.type === "PROPOSAL_SENT")!;
    expect(sentEvent.outboxMessageId).toBe(mail.id);
    expect(after.events.find((event) => event.type === "STATUS_CHANGED")).toMatchObject({
      fromStatus: "NEW",
      toStatus: "PROPOSAL_SENT",
      actorId: actor.id,
    });

    // Later edits make a new draft; the sent version does not change.
    await saveWith(design.id, (values) => {
      values.title = "Schwierige Gespräche am Schalter";
      values.days = "1.5";
    });
    const frozen = await db().proposal.findUniqueOrThrow({ where: { id: sent.proposalId } });
    expect((frozen.snapshot as ProposalSnapshot).title).toBe(snapshot.title);
    expect(frozen.totalCents).toBe(259_440);

    // An assistant sends version 2; the consultant still signs it.
    const assistant = await db().user.create({
      data: { email: `assistenz-${inquiry.reference}@anliegen.example`, name: "Sandra Assistenz", role: "STAFF" },
    });
    const second = await sendProposal(db(), userActor(assistant), { designId: design.id });
    expect(second.version).toBe(2);
    const versions = await db().proposal.findMany({ where: { designId: design.id }, orderBy: { version: "asc" } });
    expect(versions.map((version) => version.status)).toEqual(["SUPERSEDED", "SENT"]);
    expect(versions[1]!.sentById).toBe(assistant.id);
    // Name, e-mail, address and UID come from the business profile (here the demo's), not the sender.
    expect((versions[1]!.snapshot as ProposalSnapshot).consultant).toEqual({
      name: "Markus Muster",
      email: "kontakt@anliegen.example",
      lines: [
        "Anliegen – Beratung und Training für Kundenorientierung",
        "Markus Muster",
        "Musterstrasse 1",
        "3000 Bern",
        "UID CHE-123.456.788 MWST",
      ],
    });
    const changes = compareSnapshots(
      versions[0]!.snapshot as ProposalSnapshot,
      versions[1]!.snapshot as ProposalSnapshot,
    );
    expect(changes.map((change) => change.label)).toEqual(["Titel", "Honorar", "Total inkl. MWST"]);
    expect(changes[2]).toEqual({ label: "Total inkl. MWST", before: "CHF 2'594.40", after: "CHF 3'891.60" });
    // The second mail names the version; one status change only.
    const secondMail = await db().outboxMessage.findFirstOrThrow({
      where: { idempotencyKey: `proposal:${second.proposalId}:sent` },
    });
    expect((await renderMail(secondMail.template, secondMail.payload)).subject).toBe(
      "Überarbeitete Offerte: Schwierige Gespräche am Schalter (Version 2)",
    );
    expect(await db().inquiryEvent.count({ where: { inquiryId: inquiry.id, type: "STATUS_CHANGED" } })).toBe(1);
  });

  it("refuses to send without goals, and once the inquiry is closed", async () => {
    const inquiry = await createInquiry(db(), { moduleSlugs: ["aktiv-zuhoeren"] });
    const { id } = await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id });
    await saveWith(id, (values) => {
      values.goals = [];
    });
    expect((await rejection(sendProposal(db(), userActor(actor), { designId: id }))).field).toBe("goals");
    expect(await db().proposal.count({ where: { designId: id } })).toBe(0);

    const closed = await createInquiry(db(), { status: "CANCELLED", goalSlugs: ["gespraeche-gut-beenden"] });
    const design = await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: closed.id });
    expect((await rejection(sendProposal(db(), userActor(actor), { designId: design.id }))).code).toBe("CONFLICT");
    expect(await db().outboxMessage.count({ where: { inquiryId: closed.id } })).toBe(0);
  });
});

describe("the client portal", () => {
  it("accepts the current version: timeline, status confirmed, mails to consultant and client", async () => {
    const { inquiry, sent, token } = await sentInquiry();
    const view = await getPortalView(db(), token);
    expect(view.state).toBe("OK");

    await acceptAs(token, sent.proposalId, "Zoë Müller-Brügger", "Leiterin Fahrzeugzulassung");
    const proposal = await db().proposal.findUniqueOrThrow({ where: { id: sent.proposalId } });
    expect(proposal).toMatchObject({
      status: "ACCEPTED",
      acceptedByName: "Zoë Müller-Brügger",
      acceptedByRole: "Leiterin Fahrzeugzulassung",
    });
    expect(proposal.respondedAt).not.toBeNull();
    const after = await db().inquiry.findUniqueOrThrow({
      where: { id: inquiry.id },
      include: { events: { orderBy: { createdAt: "asc" } } },
    });
    expect(after.status).toBe("CONFIRMED");
    expect(after.events.map((event) => [event.type, event.toStatus])).toEqual(
      expect.arrayContaining([
        ["PROPOSAL_ACCEPTED", null],
        ["STATUS_CHANGED", "CONFIRMED"],
      ]),
    );
    const mails = await db().outboxMessage.findMany({
      where: { inquiryId: inquiry.id, template: { in: ["message", "proposal-accepted"] } },
    });
    expect(mails.map((mail) => [mail.template, mail.recipient]).sort()).toEqual(
      [
        ["message", "markus@anliegen.example"],
        ["proposal-accepted", inquiry.email],
      ].sort(),
    );
    const consultant = mails.find((mail) => mail.recipient === "markus@anliegen.example")!;
    expect((await renderMail(consultant.template, consultant.payload)).text).toContain(
      "Zoë Müller-Brügger (Leiterin Fahrzeugzulassung) hat Version 1",
    );

    // A second answer is refused, and the confirmed inquiry takes no new proposal.
    const again = await rejection(
      requestProposalChanges(db(), visitor, {
        token,
        proposalId: sent.proposalId,
        message: "Doch lieber zwei Tage, bitte.",
      }),
    );
    expect(again.message).toBe("Diese Offerte ist bereits angenommen.");
    expect((await rejection(sendProposal(db(), userActor(actor), { designId: proposal.designId }))).code).toBe(
      "CONFLICT",
    );
  });

  it("records a change request in the timeline, tells the consultant and hands the inquiry back to clarification", async () => {
    const { inquiry, design, sent, token } = await sentInquiry();
    await requestProposalChanges(db(), visitor, {
      token,
      proposalId: sent.proposalId,
      message: "Bitte das Modul Telefon ergänzen und auf zwei Halbtage verteilen.",
    });
    expect((await db().proposal.findUniqueOrThrow({ where: { id: sent.proposalId } })).status).toBe(
      "CHANGES_REQUESTED",
    );
    const event = await db().inquiryEvent.findFirstOrThrow({
      where: { inquiryId: inquiry.id, type: "CHANGES_REQUESTED" },
    });
    expect(event.body).toBe("Bitte das Modul Telefon ergänzen und auf zwei Halbtage verteilen.");
    const mail = await db().outboxMessage.findUniqueOrThrow({ where: { id: event.outboxMessageId! } });
    expect(mail.recipient).toBe("markus@anliegen.example");
    expect((await db().inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).status).toBe("IN_CLARIFICATION");
    const statusChange = await db().inquiryEvent.findFirstOrThrow({
      where: { inquiryId: inquiry.id, type: "STATUS_CHANGED", toStatus: "IN_CLARIFICATION" },
    });
    expect(statusChange).toMatchObject({ fromStatus: "PROPOSAL_SENT", actorId: null });

    // A revised version goes out and the inquiry waits for the client again.
    const revised = await sendProposal(db(), userActor(actor), { designId: design.id });
    expect(revised.version).toBe(2);
    expect((await db().inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).status).toBe("PROPOSAL_SENT");
  });

  it("never lets one client's link reach another client's proposal", async () => {
    const first = await sentInquiry({ organisationName: "Betreibungsamt Thun" });
    const second = await sentInquiry({ organisationName: "Passamt Luzern" });
    const view = await getPortalView(db(), first.token);
    expect(view.state === "OK" && view.proposal.snapshot.client.organisationName).toBe("Betreibungsamt Thun");

    const refused = await rejection(acceptAs(first.token, second.sent.proposalId, "Eve", "Fremd"));
    expect(refused.code).toBe("CONFLICT");
    expect((await db().proposal.findUniqueOrThrow({ where: { id: second.sent.proposalId } })).status).toBe("SENT");
  });

  it("refuses revoked, expired and unknown links, and an outdated version", async () => {
    const revoked = await sentInquiry();
    expect(await revokePortalAccess(db(), systemActor("test"), { inquiryId: revoked.inquiry.id })).toBe(1);
    expect((await getPortalView(db(), revoked.token)).state).toBe("REVOKED");
    const error = await rejection(acceptAs(revoked.token, revoked.sent.proposalId, "Anna", "Chefin"));
    expect(error.message).toBe("Dieser Link wurde gesperrt. Bitte melden Sie sich direkt bei uns.");

    const expired = await sentInquiry();
    await db().portalAccess.updateMany({
      where: { inquiryId: expired.inquiry.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await getPortalView(db(), expired.token)).state).toBe("EXPIRED");
    expect((await getPortalView(db(), "x".repeat(43))).state).toBe("INVALID");
    expect((await getPortalView(db(), "kurz")).state).toBe("INVALID");

    // After a new version, the old version's id is refused; the same link shows the new one.
    const resent = await sentInquiry();
    const v2 = await sendProposal(db(), userActor(actor), { designId: resent.design.id });
    const stale = await rejection(acceptAs(resent.token, resent.sent.proposalId, "Anna", "Chefin"));
    expect(stale.message).toContain("neuere Fassung");
    const current = await getPortalView(db(), resent.token);
    expect(current.state === "OK" && current.proposal.id).toBe(v2.proposalId);
  });

  it("renders the proposal as a PDF with the client's name and prices", async () => {
    const { sent } = await sentInquiry({
      organisationName: "Bundesamt für Zivilluftfahrt",
      salutation: "MR",
      contactName: "Jürg Keller",
    });
    const proposal = await db().proposal.findUniqueOrThrow({ where: { id: sent.proposalId } });
    const pdf = await renderProposalPdf(proposal.snapshot as ProposalSnapshot);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const document = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
    let text = "";
    for (let page = 1; page <= document.numPages; page++) {
      const content = await (await document.getPage(page)).getTextContent();
      text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
    }
    expect(text).toContain("Bundesamt für Zivilluftfahrt");
    expect(text).toContain("Total inkl. MWST");
    expect(text).toContain("CHF 2'594.40");
    expect(text).toContain("Guten Tag Herr Keller");
    expect(text).not.toContain("Grüezi");
  });
});

describe("sessions from the accepted agenda", () => {
  it("creates one private session per agenda day at the agenda's Zurich times, or none when a date is wrong", async () => {
    const { inquiry, sent, token } = await sentInquiry({
      format: "TWO_DAYS",
      moduleSlugs: [
        "rolle-beraten",
        "rolle-kontrollieren",
        "aktiv-zuhoeren",
        "meta-ebene",
        "argumentations-aikido",
        "telefon-stimme",
        "praesenz-haltung",
        "gespraech-beenden",
      ],
    });
    await acceptAs(token, sent.proposalId, "Anna", "Chefin");
    const snapshot = (await db().proposal.findUniqueOrThrow({ where: { id: sent.proposalId } }))
      .snapshot as ProposalSnapshot;
    expect(snapshot.agenda.map((day) => day.day)).toEqual([1, 2]);
    const course = await db().course.findFirstOrThrow();
    const input = {
      inquiryId: inquiry.id,
      courseId: course.id,
      location: "Bern, Schulungsraum",
      address: "",
      capacity: 12,
      dates: [
        { day: 1, date: "2027-03-30" },
        { day: 2, date: "2020-01-01" },
      ],
    };
    const NOW = new Date("2027-03-01T09:00:00Z");
    const error = await rejection(createSessionsFromProposal(db(), systemActor("test"), input, NOW));
    expect(error).toMatchObject({ field: "dates.1.date", message: "Der Termin muss in der Zukunft liegen." });
    expect(await db().courseSession.count({ where: { inquiryId: inquiry.id } })).toBe(0);

    input.dates[1]!.date = "2027-03-31";
    // A double click: two calls at once create the sessions once, in one transaction.
    const both = await Promise.all([
      createSessionsFromProposal(db(), systemActor("test"), input, NOW),
      createSessionsFromProposal(db(), systemActor("test"), input, NOW),
    ]);
    expect(both.map((result) => result.created).sort()).toEqual([0, 2]);
    expect(both.filter((result) => result.alreadyCreated)).toHaveLength(1);
    // And later again: nothing more.
    expect(await createSessionsFromProposal(db(), systemActor("test"), input, NOW)).toEqual({
      created: 0,
      alreadyCreated: true,
    });
    const sessions = await db().courseSession.findMany({
      where: { inquiryId: inquiry.id },
      orderBy: { startsAt: "asc" },
    });
    expect(
      sessions.map((session) => [formatDateTime(session.startsAt), formatTime(session.endsAt), session.isPublic]),
    ).toEqual([
      [`30.03.2027, ${snapshot.agenda[0]!.start}`, snapshot.agenda[0]!.end, false],
      [`31.03.2027, ${snapshot.agenda[1]!.start}`, snapshot.agenda[1]!.end, false],
    ]);
    expect(sessions[0]!.title).toBe(`${snapshot.title} (Tag 1)`);
    expect(await db().inquiryEvent.count({ where: { inquiryId: inquiry.id, type: "SESSION_CREATED" } })).toBe(2);
    // The engagement's dates exist: the pipeline moves on, once, with a timeline event.
    expect((await db().inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).status).toBe("DATES_SET");
    const datesSet = { inquiryId: inquiry.id, type: "STATUS_CHANGED" as const, toStatus: "DATES_SET" as const };
    expect(await db().inquiryEvent.findMany({ where: datesSet })).toMatchObject([{ fromStatus: "CONFIRMED" }]);
  });

  it("refuses sessions before a proposal is accepted", async () => {
    const { inquiry } = await sentInquiry();
    const course = await db().course.findFirstOrThrow();
    const error = await rejection(
      createSessionsFromProposal(db(), systemActor("test"), {
        inquiryId: inquiry.id,
        courseId: course.id,
        location: "Bern",
        address: "",
        capacity: 10,
        dates: [{ day: 1, date: "2099-01-05" }],
      }),
    );
    expect(error.message).toBe("Es gibt noch keine angenommene Offerte.");
  });
});

describe("proposal reminders", () => {
  it("reminds the consultant once of a proposal without reaction and warns before it expires, through the worker", async () => {
    const { inquiry, sent } = await sentInquiry({ organisationName: "Eidgenössische Alkoholverwaltung" });
    const soon = new Date(Date.now() + 2 * 86_400_000);
    await db().proposal.update({
      where: { id: sent.proposalId },
      data: {
        sentAt: new Date(Date.now() - 8 * 86_400_000),
        validUntil: new Date(soon.toISOString().slice(0, 10) + "T00:00:00Z"),
      },
    });
    const sink = await startSmtpSink();
    try {
      for (let run = 0; run < 2; run++) {
        await db().$transaction((tx) => scheduleJob(tx, PROPOSAL_REMINDERS_TASK, {}));
        await runJobs(smtpTransport(sink.url)); // the reminder task, which writes the mails
        await runJobs(smtpTransport(sink.url)); // their delivery
      }
      const subjects = sink.messages
        .filter((mail) => mail.subject?.includes("Alkoholverwaltung"))
        .filter((mail) => JSON.stringify(mail.to).includes("markus@anliegen.example"))
        .map((mail) => mail.subject)
        .sort();
      expect(subjects).toEqual([
        "Noch keine Reaktion auf die Offerte: Eidgenössische Alkoholverwaltung",
        expect.stringMatching(/^Offerte läuft am \d{2}\.\d{2}\.\d{4} ab: Eidgenössische Alkoholverwaltung$/),
      ]);
      const proposal = await db().proposal.findUniqueOrThrow({ where: { id: sent.proposalId } });
      expect(proposal.reminderSentAt).not.toBeNull();
      expect(proposal.expiryWarningSentAt).not.toBeNull();
      expect(
        await db().outboxMessage.count({ where: { inquiryId: inquiry.id, recipient: "markus@anliegen.example" } }),
      ).toBe(2);
    } finally {
      await sink.stop();
    }
  });

  it("marks proposals past their validity as expired", async () => {
    const { sent, token } = await sentInquiry();
    await db().proposal.update({
      where: { id: sent.proposalId },
      data: { validUntil: new Date("2026-01-01T00:00:00Z") },
    });
    const { sendProposalReminders } = await import("@/lib/proposals/service");
    const result = await sendProposalReminders(db(), systemActor("proposal-reminders"), {
      reminderDays: 7,
      expiryWarningDays: 5,
    });
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const view = await getPortalView(db(), token);
    expect(view.state === "OK" && view.verdict).toEqual({ ok: false, reason: "EXPIRED" });
  });
});
