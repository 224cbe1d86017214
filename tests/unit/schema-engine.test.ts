import { describe, expect, it } from "vitest";

import { isEmptyMigration } from "@/lib/db/schema-engine";

describe("isEmptyMigration", () => {
  it("recognises the engine's answer when nothing changed", () => {
    expect(isEmptyMigration("-- This is an empty migration.")).toBe(true);
    expect(isEmptyMigration("\n  \n")).toBe(true);
  });

  it("sees any statement as a change", () => {
    expect(isEmptyMigration('-- AlterTable\nALTER TABLE "Course" ADD COLUMN "x" TEXT;')).toBe(false);
  });
});
