import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";

import { createDatabaseClient } from "@/lib/db/client";

import { E2E_DATABASE_URL_FILE } from "./paths";
import { E2E_STAFF } from "./users";
import { heldTwoDayCourse } from "../../setup/after-course-fixtures";
import { createInquiry } from "../../setup/proposal-fixtures";

/**
 * An accepted two-day in-house course dated in March of `year`, written to the e2e database.
 * Setting up the proposal writes its mails there; they are sealed with a key of this process only,
 * so they are removed again: the journey reads only mails the app itself wrote.
 */
export async function twoDayCourseInE2eDatabase(
  organisationName: string,
  year: number,
  options: Parameters<typeof heldTwoDayCourse>[4],
) {
  const db = createDatabaseClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), { max: 2 });
  process.env.AUTH_SECRET ||= randomBytes(32).toString("base64");
  try {
    const staff = await db.user.findFirstOrThrow({ where: { email: E2E_STAFF.email } });
    const course = await heldTwoDayCourse(db, { id: staff.id, name: staff.name }, organisationName, year, options);
    const mails = await db.outboxMessage.findMany({ where: { inquiryId: course.inquiry.id }, select: { id: true } });
    await db.$executeRawUnsafe(
      "DELETE FROM graphile_worker._private_jobs WHERE key = ANY($1::text[])",
      mails.map((mail) => `mail:${mail.id}`),
    );
    await db.outboxMessage.deleteMany({ where: { inquiryId: course.inquiry.id } });
    return course;
  } finally {
    await db.$disconnect();
  }
}

/** An inquiry comes from the public form in real life; here it is written straight to the e2e database. */
export async function inquiryInE2eDatabase(fixture: Parameters<typeof createInquiry>[1]) {
  const db = createDatabaseClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), { max: 1 });
  try {
    return await createInquiry(db, fixture);
  } finally {
    await db.$disconnect();
  }
}
