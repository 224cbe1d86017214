// Structured JSON logs (pino), one line per event, with the request id where there is one.
// Personal data never goes into a log: callers log ids and counts, and the fields below are
// redacted should an object carrying them be logged by mistake.
import pino, { type Logger } from "pino";

export const REDACTED_FIELDS = [
  "email",
  "name",
  "contactName",
  "phone",
  "organisation",
  "organisationName",
  "message",
  "recipient",
  "password",
  "token",
  "*.email",
  "*.name",
  "*.contactName",
  "*.phone",
  "*.organisation",
  "*.organisationName",
  "*.message",
  "*.recipient",
  "*.password",
  "*.token",
  "req.headers.cookie",
  "req.headers.authorization",
];

declare global {
  var anliegenLogger: Logger | undefined;
}
const globalForLog = globalThis;

const isTest = () => process.env.NODE_ENV === "test";

function level(): string {
  if (process.env.LOG_LEVEL) return process.env.LOG_LEVEL;
  return isTest() ? "error" : "info";
}

// Under test, errors go through console.error, which fails the test that caused them.
const testDestination = { write: (line: string) => console.error(line.trim()) };

/** The process's logger: JSON on stdout, written synchronously so nothing is lost on exit. */
export function getLogger(): Logger {
  globalForLog.anliegenLogger ??= createLogger();
  return globalForLog.anliegenLogger;
}

export function createLogger(destination?: pino.DestinationStream, minimumLevel = level()): Logger {
  return pino(
    {
      level: minimumLevel,
      base: { service: "anliegen", pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_FIELDS, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? (isTest() ? testDestination : pino.destination({ sync: true })),
  );
}

/** An error as fields that are safe to log: type, code and message, never the failed input. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error).slice(0, 200) };
  const code = (error as { code?: unknown }).code;
  return {
    error: {
      type: error.name,
      code: typeof code === "string" ? code : undefined,
      detail: error.message,
      stack: error.stack,
    },
  };
}
