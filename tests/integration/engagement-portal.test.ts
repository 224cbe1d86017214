// The client contact's engagement page behind a portal link: what the portal query returns is what
// the page shows (status line, versions, dates, participants), the calendar files it links to,
// and the mails for the stages that matter to the client, delivered over real SMTP.
import { beforeAll, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";
import { systemActor, userActor, visitor } from "@/lib/db/actor";
import { renderMail, renderOutboxMessage } from "@/lib/mail/render";
import { getEngagementView } from "@/lib/proposals/engagement";
import { createDesignFromInquiry } from "@/lib/proposals/service";
import { acceptProposal } from "@/lib/proposals/service";
import { sendProposal } from "@/lib/proposals/service";
import { createSessionsFromProposal } from "@/lib/proposals/service";
import type { ProposalSnapshot } from "@/lib/proposals/snapshot";

import { runJobs, smtpTransport } from "../setup/jobs";
import { createInquiry } from "../setup/proposal-fixtures";
import { seededOwnerPerFile } from "../setup/seeded-owner";
import { startSmtpSink } from "../setup/smtp-sink";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { changeInquiryStatusAction } = await import("@/lib/inquiries/admin-actions");
const dayRoute = await import("@/app/api/portal/[token]/termine/[file]/route");
const feedRoute = await import("@/app/api/portal/[token]/termine.ics/route");
const pdfRoute = await import("@/app/api/portal/[token]/pdf/route");

const db = () => getDb();
const actor = seededOwnerPerFile();

beforeAll(() => {
  session.userId = actor.id;
});

async function portalToken(inquiryId: string, template: string): Promise<string> {
  const mail = await db().outboxMessage.findFirstOrThrow({
    where: { inquiryId, template },
    orderBy: { createdAt: "desc" },
  });
  const rendered = await renderMail(mail.template, mail.payload);
  return /\/portal\/([A-Za-z0-9_-]{43})/.exec(rendered.text)![1]!;
}

/** An accepted two-day proposal, as the client contact has it after acceptance. */
async function acceptedEngagement(organisationName: string) {
  const inquiry = await createInquiry(db(), {
    organisationName,
    format: "TWO_DAYS",
    fieldSlug: "oeffentliche-verwaltung",
    goalSlugs: ["anspruchsvolle-gespraeche-souveraen-fuehren"],
    moduleSlugs: ["rolle-entscheid-uebermitteln", "aktiv-zuhoeren", "meta-ebene", "telefon-stimme"],
  });
  const design = await createDesignFromInquiry(db(), systemActor("test"), { inquiryId: inquiry.id });
  const sent = await sendProposal(db(), userActor(actor), { designId: design.id });
  const token = await portalToken(inquiry.id, "proposal-sent");
  await acceptProposal(db(), visitor, {
    token,
    proposalId: sent.proposalId,
    name: "Zoë",
    role: "Leiterin",
    confirm: true,
  });
  const snapshot = (await db().proposal.findUniqueOrThrow({ where: { id: sent.proposalId } }))
    .snapshot as ProposalSnapshot;
  return { inquiry, token, snapshot };
}

function call<P extends Record<string, string>>(params: P, url = "http://localhost/x") {
  return [new Request(url), { params: Promise.resolve(params) }] as const;
}

describe("the engagement page", () => {
  it("shows the stages, versions, dates with calendar files and registered participants; mails the dates", async () => {
    const { inquiry, token, snapshot } = await acceptedEngagement("Steueramt Luzern");
    const before = await getEngagementView(db(), token);
    if (before.state !== "OK") throw new Error(before.state);
    expect(before.steps!.find((step) => step.state === "current")).toMatchObject({ stage: "ACCEPTED" });
    expect(before.versions).toMatchObject([{ version: 1, status: "ACCEPTED" }]);
    expect(before.sessions).toEqual([]);

    const course = await db().course.findFirstOrThrow();
    await createSessionsFromProposal(db(), systemActor("test"), {
      inquiryId: inquiry.id,
      courseId: course.id,
      location: "Luzern, Schulungsraum 2",
      address: "Bahnhofstrasse 1, 6003 Luzern",
      capacity: 12,
      dates: snapshot.agenda.map((day) => ({ day: day.day, date: `2099-03-${String(9 + day.day).padStart(2, "0")}` })),
    });
    const sessions = await db().courseSession.findMany({
      where: { inquiryId: inquiry.id },
      orderBy: { startsAt: "asc" },
    });
    expect(sessions).toHaveLength(2);
    const booking = (status: "CONFIRMED" | "WAITLISTED", names: string[], key: string) =>
      db().booking.create({
        data: {
          sessionId: sessions[0]!.id,
          status,
          seats: names.length,
          contactName: names[0]!,
          email: `${key}@luzern.example`,
          manageTokenHash: key,
          waitlistPosition: status === "WAITLISTED" ? 1 : null,
          participants: {
            create: names.map((name, position) => ({ name, email: `${key}${position}@luzern.example`, position })),
          },
        },
      });
    await booking("CONFIRMED", ["Anna Gfeller", "Beat Zürcher"], "engagement-1");
    await booking("WAITLISTED", ["Carla Wartend"], "engagement-2");

    const view = await getEngagementView(db(), token);
    if (view.state !== "OK") throw new Error(view.state);
    expect(view.status).toBe("DATES_SET");
    expect(view.steps!.map((step) => step.state).join(" ")).toBe("done done done done current upcoming upcoming");
    expect(view.sessions.map((entry) => entry.id)).toEqual(sessions.map((entry) => entry.id));
    expect(view.participants).toEqual(["Anna Gfeller", "Beat Zürcher"]);
    expect(JSON.stringify(view)).not.toContain("@luzern.example");

    // One .ics per day and a subscription, scoped by the link's own inquiry.
    const day = await dayRoute.GET(...call({ token, file: `${sessions[0]!.id}.ics` }));
    expect(day.status).toBe(200);
    expect(day.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const dayText = await day.text();
    expect(dayText).toContain("DTSTART;TZID=Europe/Zurich:20990310T");
    expect(dayText).toContain("LOCATION:Luzern\\, Schulungsraum 2\\, Bahnhofstrasse 1\\, 6003 Luzern");
    const feed = await (await feedRoute.GET(...call({ token }))).text();
    expect(feed).toContain("METHOD:PUBLISH");
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(feed.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    const other = await acceptedEngagement("Passbüro Zug");
    expect((await dayRoute.GET(...call({ token: other.token, file: `${sessions[0]!.id}.ics` }))).status).toBe(404);
    expect((await feedRoute.GET(...call({ token: "x".repeat(43) }))).status).toBe(404);
    const pdf = await pdfRoute.GET(...call({ token }, "http://localhost/x?version=1"));
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect((await pdfRoute.GET(...call({ token }, "http://localhost/x?version=2"))).status).toBe(404);
    expect((await pdfRoute.GET(...call({ token: other.token }, "http://localhost/x?version=1"))).status).toBe(200);

    // The client contact hears of the dates: one mail, a fresh portal link, an .ics per day.
    const rows = await db().outboxMessage.findMany({ where: { inquiryId: inquiry.id, template: "engagement-status" } });
    expect(rows).toHaveLength(1);
    const rendered = await renderOutboxMessage(rows[0]!, { db: db() });
    expect(rendered.subject).toBe(`Ihre Kurstermine: ${snapshot.title}`);
    expect(rendered.text).toContain("Guten Tag Zoë Müller-Brügger");
    expect(rendered.text).toContain("10.03.2099");
    expect(rendered.text).toContain("Freundliche Grüsse");
    expect(rendered.attachments.map((file) => file.filename)).toEqual(["kurstag-1.ics", "kurstag-2.ics"]);
    const fresh = await portalToken(inquiry.id, "engagement-status");
    expect(fresh).not.toBe(token);
    expect((await getEngagementView(db(), fresh)).state).toBe("OK");

    const sink = await startSmtpSink();
    try {
      await runJobs(smtpTransport(sink.url));
      const mails = await sink.waitFor(1);
      const mail = mails.find((message) => message.subject === `Ihre Kurstermine: ${snapshot.title}`)!;
      expect(mail.to).toMatchObject({ text: inquiry.email });
      expect(mail.attachments.map((file) => file.contentType)).toEqual(["text/calendar", "text/calendar"]);
    } finally {
      await sink.stop();
    }

    // The consultant marks the course held: the page shows it and the client gets one mail.
    expect(await changeInquiryStatusAction({ inquiryId: inquiry.id, to: "HELD", note: "" })).toMatchObject({
      ok: true,
    });
    const held = await getEngagementView(db(), token);
    if (held.state !== "OK") throw new Error(held.state);
    expect(held.steps!.find((step) => step.state === "current")).toMatchObject({ stage: "HELD" });
    const heldMails = await db().outboxMessage.findMany({
      where: { inquiryId: inquiry.id, template: "engagement-status" },
    });
    expect(heldMails).toHaveLength(2);
    const heldMail = await renderOutboxMessage(
      heldMails.find((row) => row.id !== rows[0]!.id)!,
      { db: db() },
    );
    expect(heldMail.subject).toBe(`Kurs durchgeführt: ${snapshot.title}`);
    expect(heldMail.attachments).toEqual([]);
    // Follow-up done tells the client nothing by mail; the page shows it.
    expect(await changeInquiryStatusAction({ inquiryId: inquiry.id, to: "CLOSED", note: "" })).toMatchObject({
      ok: true,
    });
    expect(await db().outboxMessage.count({ where: { inquiryId: inquiry.id, template: "engagement-status" } })).toBe(2);
  });

  it("sends no dates mail when the consultant marks dates set without sessions in the app", async () => {
    const { inquiry } = await acceptedEngagement("Zivilstandsamt Olten");
    expect(await changeInquiryStatusAction({ inquiryId: inquiry.id, to: "DATES_SET", note: "" })).toMatchObject({
      ok: true,
    });
    expect(await db().outboxMessage.count({ where: { inquiryId: inquiry.id, template: "engagement-status" } })).toBe(0);
  });
});
