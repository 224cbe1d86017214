// What `npm start` refuses to run without. Production with a real database is the consultant's
// live practice: a setting that would silently misdirect links or mails stops the start with a
// message saying what to set. Local runs (dev, or the embedded database) get working defaults.
export type StartContext = { mode: "dev" | "start"; embedded: boolean };

type Source = Record<string, string | undefined>;

const isSet = (value: string | undefined) => value !== undefined && value.trim() !== "";

export function startupProblems(env: Source, context: StartContext): string[] {
  if (context.mode !== "start" || context.embedded) return [];
  const problems: string[] = [];
  if (!isSet(env.APP_URL)) {
    problems.push(
      "APP_URL is not set. Every link in mails, calendar files and sign-in mails is built from it alone: set the public address, e.g. APP_URL=https://kurse.example.ch",
    );
  }
  return problems;
}
