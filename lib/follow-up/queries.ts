import "server-only";

import type { Database } from "@/lib/db/client";
import { hashManageToken, isManageTokenShape } from "@/lib/manage-token";

import type { FollowUpView } from "./service";

export async function getFollowUpForm(db: Database, token: string): Promise<FollowUpView> {
  if (!isManageTokenShape(token)) return { state: "INVALID" };
  const run = await db.courseRun.findUnique({
    where: { followUpTokenHash: hashManageToken(token) },
    select: {
      title: true,
      followUpAnsweredAt: true,
      inquiry: { select: { contactName: true, organisationName: true } },
    },
  });
  if (!run?.inquiry) return { state: "INVALID" };
  if (run.followUpAnsweredAt) return { state: "ANSWERED" };
  return {
    state: "OK",
    contactName: run.inquiry.contactName,
    organisationName: run.inquiry.organisationName,
    courseTitle: run.title,
  };
}
