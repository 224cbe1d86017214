import { describe, expect, it } from "vitest";

import { isPlaceholderAddress, startupProblems } from "@/lib/startup-checks";

const production = { mode: "start", embedded: false } as const;
const ready = {
  APP_URL: "https://kurse.example.ch",
  SMTP_URL: "smtp://mail.beispiel.ch:587",
  CONSULTANT_EMAIL: "markus@beispiel.ch",
};

describe("startupProblems", () => {
  it("lets a fully configured production start", () => {
    expect(startupProblems(ready, production)).toEqual([]);
  });

  it("refuses production with a real database while APP_URL is unset", () => {
    expect(startupProblems({ ...ready, APP_URL: undefined }, production).join("\n")).toMatch(/APP_URL is not set/);
    expect(startupProblems({ ...ready, APP_URL: " " }, production).join("\n")).toMatch(/APP_URL/);
  });

  it("refuses production without SMTP_URL unless mails to files are chosen", () => {
    expect(startupProblems({ ...ready, SMTP_URL: "" }, production).join("\n")).toMatch(/SMTP_URL is not set/);
    expect(startupProblems({ ...ready, SMTP_URL: "", MAIL_TRANSPORT: "file" }, production)).toEqual([]);
    expect(startupProblems({ ...ready, SMTP_URL: "", MAIL_TRANSPORT: "smtp" }, production).join("\n")).toMatch(
      /SMTP_URL/,
    );
    expect(startupProblems({ ...ready, MAIL_TRANSPORT: "pigeon" }, production).join("\n")).toMatch(/MAIL_TRANSPORT/);
  });

  it("refuses production with a placeholder consultant address unless allowed", () => {
    expect(startupProblems({ ...ready, CONSULTANT_EMAIL: undefined }, production).join("\n")).toMatch(
      /CONSULTANT_EMAIL is not set.*markus@anliegen\.example/,
    );
    expect(startupProblems({ ...ready, CONSULTANT_EMAIL: "kurse@example.com" }, production).join("\n")).toMatch(
      /CONSULTANT_EMAIL/,
    );
    expect(
      startupProblems({ ...ready, CONSULTANT_EMAIL: undefined, ALLOW_PLACEHOLDER_CONSULTANT: "true" }, production),
    ).toEqual([]);
  });

  it("knows the reserved example domains", () => {
    for (const placeholder of [
      "a@anliegen.example",
      "a@example.org",
      "a@mail.example.com",
      "a@x.test",
      "a@localhost",
    ]) {
      expect(isPlaceholderAddress(placeholder), placeholder).toBe(true);
    }
    for (const real of ["markus@anliegen.ch", "a@example-consulting.ch", "a@myexample.com", "a@bern.ch"]) {
      expect(isPlaceholderAddress(real), real).toBe(false);
    }
  });

  it("leaves local runs alone: dev, and the embedded database", () => {
    expect(startupProblems({}, { mode: "dev", embedded: false })).toEqual([]);
    expect(startupProblems({}, { mode: "start", embedded: true })).toEqual([]);
  });
});
