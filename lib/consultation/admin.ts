// The consultant's settings for calls: weekly hours, exceptions, call length and rules.
import type { Database } from "@/lib/db/client";

import {
  minuteOfClock,
  type AvailabilityExceptionInput,
  type AvailabilityRuleInput,
  type ConsultationSettingsInput,
} from "./schemas";

export async function saveConsultationSettings(db: Database, input: ConsultationSettingsInput) {
  await db.consultationSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
}

export async function addAvailabilityRule(db: Database, input: AvailabilityRuleInput) {
  return db.availabilityRule.create({
    data: { weekday: input.weekday, startMinute: minuteOfClock(input.start), endMinute: minuteOfClock(input.end) },
  });
}

export async function removeAvailabilityRule(db: Database, id: string) {
  await db.availabilityRule.deleteMany({ where: { id } });
}

export async function addAvailabilityException(db: Database, input: AvailabilityExceptionInput) {
  return db.availabilityException.create({
    data: {
      date: new Date(`${input.date}T00:00:00Z`),
      kind: input.kind,
      startMinute: input.wholeDay || !input.start ? null : minuteOfClock(input.start),
      endMinute: input.wholeDay || !input.end ? null : minuteOfClock(input.end),
      reason: input.reason,
    },
  });
}

export async function removeAvailabilityException(db: Database, id: string) {
  await db.availabilityException.deleteMany({ where: { id } });
}
