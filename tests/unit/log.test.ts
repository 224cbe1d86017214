import { Writable } from "node:stream";

import { describe, expect, it } from "vitest";

import { createLogger, errorFields } from "@/lib/log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: createLogger(stream, "info") };
}

describe("structured logs", () => {
  it("writes one JSON object per line with level, time, service and the request id", () => {
    const { lines, logger } = capture();
    logger.child({ requestId: "req-12345678" }).warn({ event: "database-unavailable" }, "database unavailable");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "warn",
      service: "anliegen",
      requestId: "req-12345678",
      event: "database-unavailable",
      msg: "database unavailable",
    });
    expect(new Date(String(lines[0]!.time)).getTime()).not.toBeNaN();
  });

  it("redacts personal data that is logged by mistake", () => {
    const { lines, logger } = capture();
    logger.warn(
      { email: "zoe@verwaltung.example", booking: { contactName: "Zoë Müller", phone: "031 123 45 67", seats: 2 } },
      "booking",
    );
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain("zoe@verwaltung.example");
    expect(text).not.toContain("Zoë");
    expect(text).not.toContain("031 123");
    expect(lines[0]).toMatchObject({ email: "[redacted]", booking: { seats: 2 } });
  });

  it("describes an error by type, code and message", () => {
    const error = Object.assign(new Error("Connection terminated"), { code: "57P01" });
    expect(errorFields(error)).toMatchObject({
      error: { type: "Error", code: "57P01", detail: "Connection terminated" },
    });
  });
});
