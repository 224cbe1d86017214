// `npm start` against a real database refuses settings that would quietly misdirect links or
// mails, with a message that says what to set (lib/startup-checks.ts).
import { spawn } from "node:child_process";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { SHARED_AUTH_SECRET } from "../setup/app-server";
import { freePort } from "../setup/jobs";

/** Runs `npm start` (without npm) and returns how it ended; a server that keeps running is stopped. */
async function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--tsconfig", "tsconfig.scripts.json", "scripts/serve.ts", "start"],
    {
      cwd: process.cwd(),
      detached: true,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: process.env.DATABASE_URL,
        AUTH_SECRET: SHARED_AUTH_SECRET,
        PORT: String(await freePort()),
        LISTEN_ADDRESS: "127.0.0.1",
        MAIL_DIR: path.join(process.cwd(), ".data/test-mail-startup"),
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += String(chunk)));
  child.stderr.on("data", (chunk) => (output += String(chunk)));
  const ended = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const timeout = new Promise<"running">((resolve) => setTimeout(() => resolve("running"), 20_000));
  const result = await Promise.race([ended, timeout]);
  if (result === "running") {
    process.kill(-child.pid!, "SIGKILL");
    return { code: null, output };
  }
  return { code: result, output };
}

describe("npm start with a real database", () => {
  it("refuses to start while APP_URL is unset, and says so", async () => {
    const { code, output } = await start({ SMTP_URL: "smtp://127.0.0.1:2525", CONSULTANT_EMAIL: "markus@beispiel.ch" });
    expect(code).toBe(1);
    expect(output).toMatch(/APP_URL is not set/);
    expect(output).not.toMatch(/SMTP_URL|CONSULTANT_EMAIL/);
  });

  it("refuses to start without SMTP_URL or with the placeholder consultant, unless told, and says so", async () => {
    const { code, output } = await start({ APP_URL: "https://kurse.beispiel.ch" });
    expect(code).toBe(1);
    expect(output).toMatch(/SMTP_URL is not set/);
    expect(output).toMatch(/CONSULTANT_EMAIL is not set, so it is the placeholder markus@anliegen\.example/);
    expect(output).not.toMatch(/APP_URL is not set/);
  });
});
