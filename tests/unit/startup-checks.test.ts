import { describe, expect, it } from "vitest";

import { startupProblems } from "@/lib/startup-checks";

const production = { mode: "start", embedded: false } as const;

describe("startupProblems", () => {
  it("refuses production with a real database while APP_URL is unset", () => {
    expect(startupProblems({}, production).join("\n")).toMatch(/APP_URL is not set/);
    expect(startupProblems({ APP_URL: " " }, production).join("\n")).toMatch(/APP_URL/);
  });

  it("leaves local runs alone: dev, and the embedded database", () => {
    expect(startupProblems({}, { mode: "dev", embedded: false })).toEqual([]);
    expect(startupProblems({}, { mode: "start", embedded: true })).toEqual([]);
  });
});
