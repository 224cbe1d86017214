// A list of participants as people have them: pasted from Excel in the portal (tab separated, or
// semicolons) or a CSV file in the admin area (semicolon or comma, UTF-8 with or without BOM). Pure:
// the browser previews with it and the server parses the same text again before anything is written.
// A header row is optional; with one, columns are found by their names (Anrede, Vorname, Nachname,
// Name, E-Mail, Funktion, Situation, Wunsch), without one they are name, e-mail, function.
// Every line gets its own German errors with its line number; a list with an error is never half used.
import { z } from "zod";

import { SALUTATIONS } from "@/lib/greeting";

import { MAX_ANSWER_LENGTH } from "./schemas";

export type ListDelimiter = "\t" | ";" | ",";

/** A list pasted in the portal is tab separated (copied from Excel) or uses semicolons. */
export const PORTAL_DELIMITERS: readonly ListDelimiter[] = ["\t", ";"];
/** A CSV file uses semicolons (Excel in Switzerland) or commas; a tab-separated export is read too. */
export const IMPORT_DELIMITERS: readonly ListDelimiter[] = [";", ",", "\t"];

export type ListPerson = {
  salutation: (typeof SALUTATIONS)[number];
  name: string;
  email: string;
  function: string;
  situation: string;
  wish: string;
};

export type ListLine =
  { line: number; ok: true; person: ListPerson } | { line: number; ok: false; errors: string[]; raw: string };

export type ParsedList = {
  /** Every non-empty line after the header, in order. */
  lines: ListLine[];
  /** The people of the valid lines. */
  people: ListPerson[];
  /** The lines with errors, each message starting with its line number. */
  errors: { line: number; message: string }[];
  delimiter: ListDelimiter;
  hasHeader: boolean;
  /** An error about the list as a whole (empty, too many lines); no line is usable then. */
  listError: string | null;
};

/** At most this many people in one list; a bigger team is added in parts. */
export const MAX_LIST_PEOPLE = 200;
/** The longest text accepted at all (a pasted list or a file), in characters. */
export const MAX_LIST_CHARACTERS = 100_000;
export const MAX_NAME_LENGTH = 120;
export const MAX_FUNCTION_LENGTH = 120;

type Column = "salutation" | "firstName" | "lastName" | "name" | "email" | "function" | "situation" | "wish";

const HEADER_NAMES: Record<string, Column> = {
  anrede: "salutation",
  vorname: "firstName",
  nachname: "lastName",
  familienname: "lastName",
  name: "name",
  "vor- und nachname": "name",
  teilnehmer: "name",
  teilnehmerin: "name",
  teilnehmende: "name",
  "e-mail": "email",
  email: "email",
  "e-mail-adresse": "email",
  mail: "email",
  funktion: "function",
  rolle: "function",
  position: "function",
  situation: "situation",
  wunsch: "wish",
};

const POSITIONAL: Column[] = ["name", "email", "function"];

const emailCheck = z.email();

/** Splits the text into records: quoted fields may hold the delimiter, quotes ("") and line breaks. */
function records(text: string, delimiter: ListDelimiter): { line: number; cells: string[]; raw: string }[] {
  const result: { line: number; cells: string[]; raw: string }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let raw = "";
  const finishRecord = () => {
    cells.push(cell);
    result.push({ line: startLine, cells, raw });
    cells = [];
    cell = "";
    raw = "";
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        raw += '""';
        index += 1;
      } else if (char === '"') {
        quoted = false;
        raw += char;
      } else {
        if (char === "\n") line += 1;
        cell += char;
        raw += char;
      }
      continue;
    }
    if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
      raw += char;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
      raw += char;
    } else if (char === "\n") {
      finishRecord();
      line += 1;
      startLine = line;
    } else {
      cell += char;
      raw += char;
    }
  }
  if (cell !== "" || cells.length > 0) finishRecord();
  return result;
}

function detectDelimiter(text: string, allowed: readonly ListDelimiter[]): ListDelimiter {
  const firstLine = text.split("\n").find((line) => line.trim() !== "") ?? "";
  const counted = allowed.map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  const best = counted.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.delimiter : allowed[0]!;
}

const normalizeHeader = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, " ").replace(/:$/, "");

function headerColumns(cells: string[]): (Column | null)[] | null {
  const columns = cells.map((cell) => HEADER_NAMES[normalizeHeader(cell)] ?? null);
  const known = columns.filter(Boolean);
  const hasName = columns.includes("name") || columns.includes("lastName") || columns.includes("firstName");
  return known.length >= 2 && hasName && columns.includes("email") ? columns : null;
}

function salutationOf(value: string): ListPerson["salutation"] | null {
  const text = value.trim().toLowerCase();
  if (text === "") return "NEUTRAL";
  if (text === "frau" || text === "fr.") return "MS";
  if (text === "herr" || text === "hr.") return "MR";
  return null;
}

/** The e-mail address of a cell, without the angle brackets or mailto: Outlook and Excel add. */
function cleanEmail(value: string): string {
  return value
    .trim()
    .replace(/^mailto:/i, "")
    .replace(/^<(.*)>$/, "$1")
    .trim();
}

function personOf(cells: string[], columns: readonly (Column | null)[]): { person: ListPerson; errors: string[] } {
  const value = (column: Column) =>
    columns
      .map((name, index) => (name === column ? (cells[index] ?? "").trim() : ""))
      .filter(Boolean)
      .join(" ")
      .replace(column === "situation" || column === "wish" ? /[ \t]+/g : /\s+/g, " ");
  const errors: string[] = [];
  const name = value("name") || [value("firstName"), value("lastName")].filter(Boolean).join(" ");
  const email = cleanEmail(value("email"));
  const salutation = salutationOf(value("salutation"));
  const person: ListPerson = {
    salutation: salutation ?? "NEUTRAL",
    name,
    email,
    function: value("function"),
    situation: value("situation"),
    wish: value("wish"),
  };
  if (name === "") errors.push("Der Name fehlt.");
  else if (name.length < 2) errors.push("Der Name ist zu kurz.");
  else if (name.length > MAX_NAME_LENGTH) errors.push(`Der Name ist zu lang (höchstens ${MAX_NAME_LENGTH} Zeichen).`);
  if (email === "") errors.push("Die E-Mail-Adresse fehlt.");
  else if (email.length > 254 || !emailCheck.safeParse(email).success) {
    errors.push(`«${email.length > 60 ? `${email.slice(0, 60)}…` : email}» ist keine gültige E-Mail-Adresse.`);
  }
  if (person.function.length > MAX_FUNCTION_LENGTH) {
    errors.push(`Die Funktion ist zu lang (höchstens ${MAX_FUNCTION_LENGTH} Zeichen).`);
  }
  if (person.situation.length > MAX_ANSWER_LENGTH) {
    errors.push(`Die Situation ist zu lang (höchstens ${MAX_ANSWER_LENGTH} Zeichen).`);
  }
  if (person.wish.length > MAX_ANSWER_LENGTH)
    errors.push(`Der Wunsch ist zu lang (höchstens ${MAX_ANSWER_LENGTH} Zeichen).`);
  if (salutation === null) errors.push("Die Anrede ist «Frau», «Herr» oder leer.");
  return { person, errors };
}

export type ParseOptions = {
  /** Which separators this entry accepts; the first is assumed when a line has none. */
  delimiters?: readonly ListDelimiter[];
};

/** Parses a pasted list or a CSV file's text into people and per-line errors. */
export function parseParticipantList(input: string, options: ParseOptions = {}): ParsedList {
  const allowed = options.delimiters ?? ["\t", ";"];
  // A BOM (Excel's "CSV UTF-8"), Windows and old Mac line ends, and non-breaking spaces from web pages.
  const text = input
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\u00A0/g, " ")
    .normalize("NFC");
  const delimiter = detectDelimiter(text, allowed);
  const empty: ParsedList = { lines: [], people: [], errors: [], delimiter, hasHeader: false, listError: null };
  if (text.length > MAX_LIST_CHARACTERS) {
    return { ...empty, listError: "Die Liste ist zu lang. Bitte fügen Sie sie in mehreren Teilen ein." };
  }
  const rows = records(text, delimiter).filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  if (rows.length === 0) return { ...empty, listError: "Die Liste ist leer." };
  const header = headerColumns(rows[0]!.cells);
  const body = header ? rows.slice(1) : rows;
  if (body.length === 0) return { ...empty, hasHeader: true, listError: "Die Liste enthält nur die Kopfzeile." };
  if (body.length > MAX_LIST_PEOPLE) {
    return {
      ...empty,
      hasHeader: header !== null,
      listError: `Die Liste hat ${body.length} Zeilen; höchstens ${MAX_LIST_PEOPLE} Personen auf einmal.`,
    };
  }
  const columns = header ?? POSITIONAL;
  const seen = new Map<string, number>();
  const lines: ListLine[] = body.map((row) => {
    const { person, errors } = personOf(row.cells, columns);
    const key = person.email.toLowerCase();
    if (key !== "" && errors.length === 0) {
      const first = seen.get(key);
      if (first !== undefined) errors.push(`Die E-Mail-Adresse ${person.email} steht schon in Zeile ${first}.`);
      else seen.set(key, row.line);
    }
    return errors.length === 0
      ? { line: row.line, ok: true as const, person }
      : { line: row.line, ok: false as const, errors, raw: row.raw.trim() };
  });
  return {
    lines,
    people: lines.flatMap((line) => (line.ok ? [line.person] : [])),
    errors: lines.flatMap((line) =>
      line.ok ? [] : line.errors.map((error) => ({ line: line.line, message: `Zeile ${line.line}: ${error}` })),
    ),
    delimiter,
    hasHeader: header !== null,
    listError: null,
  };
}
