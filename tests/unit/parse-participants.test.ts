import { describe, expect, it } from "vitest";

import { MAX_LIST_PEOPLE, parseParticipantList } from "@/lib/registration/parse-participants";
import {
  canRemoveInPortal,
  importPreview,
  importRefusal,
  PORTAL_REMOVAL_CUTOFF_DAYS,
  portalRemovalLastDay,
  portalRemovalNote,
} from "@/lib/registration/participant-rules";

describe("a pasted list of participants", () => {
  it("reads Excel's tab-separated rows with umlauts and CRLF, without a header", () => {
    const list = parseParticipantList(
      "Anna Müller\tanna.mueller@beispiel.ch\tTeamleiterin\r\nJörg Bär\tjoerg@beispiel.ch\tKundendienst\r\n",
    );
    expect(list.delimiter).toBe("\t");
    expect(list.hasHeader).toBe(false);
    expect(list.errors).toEqual([]);
    expect(list.people).toEqual([
      {
        salutation: "NEUTRAL",
        name: "Anna Müller",
        email: "anna.mueller@beispiel.ch",
        function: "Teamleiterin",
        situation: "",
        wish: "",
      },
      {
        salutation: "NEUTRAL",
        name: "Jörg Bär",
        email: "joerg@beispiel.ch",
        function: "Kundendienst",
        situation: "",
        wish: "",
      },
    ]);
  });

  it("reads semicolons and finds columns by a header row, in any order, with first and last names", () => {
    const list = parseParticipantList(
      "Funktion;E-Mail;Vorname;Nachname;Anrede\nEmpfang;zoe@beispiel.ch;Zoë;Grünig;Frau\n",
    );
    expect(list.delimiter).toBe(";");
    expect(list.hasHeader).toBe(true);
    expect(list.people).toEqual([
      { salutation: "MS", name: "Zoë Grünig", email: "zoe@beispiel.ch", function: "Empfang", situation: "", wish: "" },
    ]);
    expect(list.lines[0]!.line).toBe(2);
  });

  it("drops a BOM, skips empty lines and keeps the file's line numbers", () => {
    const list = parseParticipantList(
      "\uFEFFName;E-Mail\n\nAnna Muster;anna@beispiel.ch\n;\n\nBeat Muster;beat@beispiel.ch\n",
    );
    expect(list.people.map((person) => person.name)).toEqual(["Anna Muster", "Beat Muster"]);
    expect(list.lines.map((line) => line.line)).toEqual([3, 6]);
  });

  it("reads quoted cells with the separator, doubled quotes and a line break inside", () => {
    const list = parseParticipantList(
      'Name,E-Mail,Funktion,Situation\n"Muster, Anna",anna@beispiel.ch,"Leiterin ""Empfang""","Ein Kunde ruft an,\nund schimpft."\nBeat,beat@beispiel.ch,,\n',
      { delimiters: [";", ","] },
    );
    expect(list.delimiter).toBe(",");
    expect(list.errors).toEqual([]);
    expect(list.people[0]).toMatchObject({
      name: "Muster, Anna",
      function: 'Leiterin "Empfang"',
      situation: "Ein Kunde ruft an,\nund schimpft.",
    });
    expect(list.lines.map((line) => line.line)).toEqual([2, 4]);
  });

  it("cleans addresses copied from Outlook", () => {
    const list = parseParticipantList("Anna\t<anna@beispiel.ch>\nBeat\tmailto:beat@beispiel.ch");
    expect(list.people.map((person) => person.email)).toEqual(["anna@beispiel.ch", "beat@beispiel.ch"]);
  });

  it("names each bad line with its number and what is wrong, in German", () => {
    const list = parseParticipantList(
      [
        "Name;E-Mail;Funktion",
        "Anna Muster;anna@beispiel.ch;Leitung",
        "Beat Muster;beat-at-beispiel.ch;Empfang",
        ";carla@beispiel.ch;",
        "Dora Muster;;",
        "Anna Zwei;ANNA@beispiel.ch;",
        `Eva;eva@beispiel.ch;${"x".repeat(121)}`,
      ].join("\n"),
    );
    expect(list.people.map((person) => person.name)).toEqual(["Anna Muster"]);
    expect(list.errors).toEqual([
      { line: 3, message: "Zeile 3: «beat-at-beispiel.ch» ist keine gültige E-Mail-Adresse." },
      { line: 4, message: "Zeile 4: Der Name fehlt." },
      { line: 5, message: "Zeile 5: Die E-Mail-Adresse fehlt." },
      { line: 6, message: "Zeile 6: Die E-Mail-Adresse ANNA@beispiel.ch steht schon in Zeile 2." },
      { line: 7, message: "Zeile 7: Die Funktion ist zu lang (höchstens 120 Zeichen)." },
    ]);
    expect(list.lines[1]).toMatchObject({ ok: false, raw: "Beat Muster;beat-at-beispiel.ch;Empfang" });
  });

  it("refuses an empty list, a header alone and too many people as a whole", () => {
    expect(parseParticipantList(" \r\n\r\n").listError).toBe("Die Liste ist leer.");
    expect(parseParticipantList("Name\tE-Mail\n").listError).toBe("Die Liste enthält nur die Kopfzeile.");
    const many = Array.from({ length: MAX_LIST_PEOPLE + 1 }, (_, index) => `P ${index}\tp${index}@beispiel.ch`).join(
      "\n",
    );
    const tooMany = parseParticipantList(many);
    expect(tooMany.listError).toBe(
      `Die Liste hat ${MAX_LIST_PEOPLE + 1} Zeilen; höchstens ${MAX_LIST_PEOPLE} Personen auf einmal.`,
    );
    expect(tooMany.people).toEqual([]);
    expect(parseParticipantList("x".repeat(100_001)).listError).toMatch(/zu lang/);
  });

  it("refuses an unknown salutation and a too long name", () => {
    const list = parseParticipantList(
      `Anrede;Name;E-Mail\nDr.;Anna;anna@beispiel.ch\nFrau;${"A".repeat(121)};b@beispiel.ch`,
    );
    expect(list.errors.map((error) => error.message)).toEqual([
      "Zeile 2: Die Anrede ist «Frau», «Herr» oder leer.",
      "Zeile 3: Der Name ist zu lang (höchstens 120 Zeichen).",
    ]);
  });
});

describe("the portal's removal cut-off", () => {
  // First day: Monday 14.12.2026, 08:30 in Zurich; the last day to remove someone is 09.12.2026.
  const firstDay = new Date("2026-12-14T07:30:00Z");

  it("allows removing until midnight after the fifth day before the first day, Zurich time", () => {
    expect(PORTAL_REMOVAL_CUTOFF_DAYS).toBe(5);
    expect(portalRemovalLastDay(firstDay)).toBe("2026-12-09");
    expect(canRemoveInPortal(firstDay, new Date("2026-12-09T22:59:59Z"))).toBe(true);
    expect(canRemoveInPortal(firstDay, new Date("2026-12-09T23:00:00Z"))).toBe(false);
    expect(canRemoveInPortal(null, new Date("2030-01-01T00:00:00Z"))).toBe(true);
  });

  it("says until when, and what to do afterwards", () => {
    expect(portalRemovalNote(firstDay, new Date("2026-12-01T10:00:00Z"))).toBe(
      "Sie können Teilnehmende hier bis am 09.12.2026 entfernen; danach melden Sie Änderungen bitte direkt bei uns.",
    );
    expect(portalRemovalNote(firstDay, new Date("2026-12-10T10:00:00Z"))).toMatch(
      /^Änderungen sind seit dem 09\.12\.2026/,
    );
  });
});

describe("an import preview", () => {
  const list = parseParticipantList(
    "Name;E-Mail\nAnna;anna@beispiel.ch\nBeat;BEAT@beispiel.ch\nCarla;carla@\nDora;dora@beispiel.ch\nEva;eva@beispiel.ch",
    { delimiters: [";", ","] },
  );

  it("marks each line new, already registered or in error, and says who would wait", () => {
    const preview = importPreview(list, new Set(["beat@beispiel.ch"]), { free: 2, waiting: 0 });
    expect(preview.lines.map((line) => [line.line, line.kind])).toEqual([
      [2, "NEW"],
      [3, "ALREADY_REGISTERED"],
      [4, "ERROR"],
      [5, "NEW"],
      [6, "NEW"],
    ]);
    expect(preview.counts).toEqual({ NEW: 3, ALREADY_REGISTERED: 1, ERROR: 1 });
    expect(preview.people.map((person) => person.name)).toEqual(["Anna", "Dora", "Eva"]);
    expect([preview.seated, preview.waitlisted]).toEqual([2, 1]);
    expect(importPreview(list, new Set(), { free: 5, waiting: 1 }).seated).toBe(0);
  });

  it("refuses a list with bad lines as a whole, naming how many", () => {
    expect(importRefusal(importPreview(list, new Set(), { free: 9, waiting: 0 }))).toBe(
      "Eine Zeile hat Fehler. Es wurde nichts importiert: Bitte korrigieren Sie die Datei oder überspringen Sie die fehlerhaften Zeilen ausdrücklich.",
    );
    const clean = parseParticipantList("Anna;anna@beispiel.ch", { delimiters: [";", ","] });
    expect(importRefusal(importPreview(clean, new Set(), { free: 9, waiting: 0 }))).toBeNull();
    expect(importRefusal(importPreview(clean, new Set(["anna@beispiel.ch"]), { free: 9, waiting: 0 }))).toMatch(
      /niemanden/,
    );
  });
});
