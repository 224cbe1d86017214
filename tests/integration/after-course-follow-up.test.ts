// The follow-up (decision 0027): FOLLOW_UP_WEEKS after the last day the job mails the client
// contact the transfer check once; the answers land on the inquiry's timeline, and a wish for a
// follow-up session opens a new inquiry linked to the first, prefilled from it.
import { beforeAll, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { getFollowUpForm } from "@/lib/follow-up/queries";
import { followUpSchema } from "@/lib/follow-up/schemas";
import { submitFollowUp } from "@/lib/follow-up/service";
import { runAfterCourse } from "@/lib/jobs/after-course";

import { seedWithOwner } from "../setup/admin-fixtures";
import { heldTwoDayCourse } from "../setup/after-course-fixtures";
import { runJobs, smtpTransport } from "../setup/jobs";
import { startSmtpSink } from "../setup/smtp-sink";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const db = () => getDb();
let actor = { id: "", name: "Markus Muster" as string | null };

beforeAll(async () => {
  actor = await seedWithOwner(db());
});

describe("the follow-up", () => {
  it("is mailed once when due, and its answers and the wish for more reach the consultant", async () => {
    const { inquiry } = await heldTwoDayCourse(db(), actor, "Strassenverkehrsamt Bern", 2034);
    await runAfterCourse(db(), new Date("2034-03-12T20:00:00Z"));
    const run = await db().courseRun.findFirstOrThrow({ where: { inquiryId: inquiry.id } });
    // Five weeks later: not yet.
    expect((await runAfterCourse(db(), new Date("2034-04-16T20:00:00Z"))).followUps).toBe(0);
    const due = new Date(run.followUpDueAt.getTime() + 3_600_000);
    expect((await runAfterCourse(db(), due)).followUps).toBe(1);
    expect((await runAfterCourse(db(), new Date(due.getTime() + 3_600_000))).followUps).toBe(0);

    const sink = await startSmtpSink();
    let token = "";
    try {
      await runJobs(smtpTransport(sink.url));
      const mails = await sink.waitFor(3);
      const check = mails.find((mail) => mail.subject?.startsWith("Nachbereitung"))!;
      expect(check.subject).toBe(`Nachbereitung: Was ist vom Kurs «${run.title}» geblieben?`);
      expect(JSON.stringify(check.to)).toContain(inquiry.email);
      expect(check.text).toContain("Guten Tag Zoë Müller-Brügger");
      expect(check.text).toContain("Freundliche Grüsse");
      token = /\/nachbereitung\/([A-Za-z0-9_-]{43})/.exec(check.text ?? "")![1]!;
    } finally {
      await sink.stop();
    }
    expect(await getFollowUpForm(db(), token)).toMatchObject({
      state: "OK",
      organisationName: "Strassenverkehrsamt Bern",
    });

    const missingWish = followUpSchema.safeParse({
      token,
      whatChanged: "Ruhiger am Schalter.",
      stillWrong: "",
      wantsSession: true,
      sessionWish: "",
    });
    expect(missingWish.error?.issues.map((issue) => issue.path.join("."))).toEqual(["sessionWish"]);

    const { newReference } = await submitFollowUp(
      db(),
      visitor,
      followUpSchema.parse({
        token,
        whatChanged: "Wir bleiben am Schalter ruhiger, auch bei Wartezeiten.",
        stillWrong: "Telefonate mit aufgebrachten Lenkern.",
        wantsSession: true,
        sessionWish: "Ein halber Tag zum Telefon.",
      }),
    );
    expect(newReference).toMatch(/^ANF-\d{4}-\d{4}$/);
    await expect(
      submitFollowUp(
        db(),
        visitor,
        followUpSchema.parse({ token, whatChanged: "Nochmals", stillWrong: "", wantsSession: false, sessionWish: "" }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const event = await db().inquiryEvent.findFirstOrThrow({
      where: { inquiryId: inquiry.id, type: "FOLLOW_UP_ANSWERED" },
    });
    expect(event.body).toContain("Was sich im Alltag verändert hat: Wir bleiben am Schalter ruhiger");
    expect(event.body).toContain("Was noch schiefgeht: Telefonate mit aufgebrachten Lenkern.");
    expect(event.body).toContain(
      `Folgeveranstaltung gewünscht (neue Anfrage ${newReference}): Ein halber Tag zum Telefon.`,
    );
    const second = await db().inquiry.findUniqueOrThrow({ where: { reference: newReference! } });
    expect(second).toMatchObject({
      followUpOfId: inquiry.id,
      organisationName: "Strassenverkehrsamt Bern",
      contactName: "Zoë Müller-Brügger",
      email: inquiry.email,
      status: "NEW",
      courseId: run.courseId,
    });
    expect(second.message).toContain("Wunsch: Ein halber Tag zum Telefon.");
    expect(await db().inquiryEvent.count({ where: { inquiryId: second.id, type: "RECEIVED" } })).toBe(1);
    expect(await getFollowUpForm(db(), token)).toEqual({ state: "ANSWERED" });
  });
});
