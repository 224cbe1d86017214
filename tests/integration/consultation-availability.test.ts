import { describe, expect, it } from "vitest";

import { parseInput } from "@/lib/action-result";
import { availabilityRuleSchema } from "@/lib/consultation/schemas";
import { addAvailabilityRule, removeAvailabilityRule } from "@/lib/consultation/service";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import { createAdmins } from "../setup/admin-fixtures";

describe("the consultant's weekly hours", () => {
  it("stores an evening running to midnight in minutes and audits adding and removing it once", async () => {
    const db = getDb();
    const { ownerId } = await createAdmins(db);
    const actor = userActor({ id: ownerId });
    const rule = await addAvailabilityRule(
      db,
      actor,
      parseInput(availabilityRuleSchema, { weekday: "5", start: "22:00", end: "24:00" }),
    );
    expect(rule).toMatchObject({ weekday: 5, startMinute: 22 * 60, endMinute: 24 * 60 });

    await removeAvailabilityRule(db, actor, { id: rule.id });
    await removeAvailabilityRule(db, actor, { id: rule.id });
    expect(await db.availabilityRule.findUnique({ where: { id: rule.id } })).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: rule.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([
      ["availability.rule.add", ownerId],
      ["availability.rule.remove", ownerId],
    ]);
  });

  it("refuses an end before the start at the end field", () => {
    expect(() => parseInput(availabilityRuleSchema, { weekday: "2", start: "10:00", end: "09:30" })).toThrow(
      expect.objectContaining({ fieldErrors: { end: ["Das Ende muss nach dem Beginn liegen."] } }),
    );
  });
});
