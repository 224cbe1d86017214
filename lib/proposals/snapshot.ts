// The frozen content of a proposal version: everything the client reads, the PDF prints and a
// later comparison needs, so a sent version never changes when the design or the library does.

import { agendaWarnings, scheduleAgenda, type AgendaInput } from "@/lib/calendar/agenda";
import { clockOf } from "@/lib/calendar/time-of-day";
import { formatChf, formatDate, formatDuration, plural } from "@/lib/format";
import type { Salutation } from "@/lib/generated/prisma/enums";

import { formatVatRate, priceOf, type PricingInput } from "./pricing";
import type { ProposalSnapshot } from "./snapshot-schema";

export const SNAPSHOT_FORMAT = 1;

export { parseProposalSnapshot, type ProposalSnapshot } from "./snapshot-schema";

/**
 * Who signs the proposal. `lines` (address, UID) come from the business profile at send time and
 * stay frozen with the version; versions sent before the profile fed them have none.
 */
export type Consultant = ProposalSnapshot["consultant"];

/** The written parts of a design, the same in the stored row, the form and the snapshot input. */
export type DesignTexts = {
  title: string;
  situation: string;
  roleNotes: string;
  rolePlaySituations: string;
  method: string;
  nextSteps: string;
  venue: string;
  datesWished: string;
  participants: number | null;
  dayStartMinute: number;
};

export type DesignForSnapshot = DesignTexts & {
  pricingMode: PricingInput["mode"];
  dayRateCents: number | null;
  days: number | null;
  flatFeeCents: number | null;
  expensesCents: number;
  vatRateBasisPoints: number;
  purchaseOrderRef: string | null;
  costCentre: string | null;
  goals: { title: string; description: string }[];
  agendaItems: (AgendaInput & { description: string })[];
};

export type SnapshotContext = {
  version: number;
  validUntil: string;
  inquiry: {
    reference: string;
    organisationName: string;
    department: string | null;
    salutation: Salutation;
    contactName: string;
  };
  consultant: Consultant;
};

export function buildSnapshot(design: DesignForSnapshot, context: SnapshotContext): ProposalSnapshot {
  const days = scheduleAgenda(design.agendaItems, design.dayStartMinute);
  return {
    format: SNAPSHOT_FORMAT,
    version: context.version,
    reference: context.inquiry.reference,
    client: {
      organisationName: context.inquiry.organisationName,
      department: context.inquiry.department,
      salutation: context.inquiry.salutation,
      contactName: context.inquiry.contactName,
    },
    title: design.title,
    situation: design.situation,
    roleNotes: design.roleNotes,
    rolePlaySituations: design.rolePlaySituations,
    goals: design.goals.map(({ title, description }) => ({ title, description })),
    agenda: days.map((day) => ({
      day: day.day,
      start: clockOf(day.startMinute),
      end: clockOf(day.endMinute),
      items: day.items.map((item) => ({
        kind: item.kind,
        title: item.title,
        description: item.description ?? "",
        start: clockOf(item.startMinute),
        end: clockOf(item.endMinute),
        durationMinutes: item.durationMinutes,
      })),
    })),
    method: design.method,
    logistics: { venue: design.venue, datesWished: design.datesWished, participants: design.participants },
    price: {
      ...priceOf({
        mode: design.pricingMode,
        dayRateCents: design.dayRateCents,
        days: design.days,
        flatFeeCents: design.flatFeeCents,
        expensesCents: design.expensesCents,
        vatRateBasisPoints: design.vatRateBasisPoints,
      }),
      mode: design.pricingMode,
      dayRateCents: design.pricingMode === "DAY_RATE" ? design.dayRateCents : null,
      days: design.pricingMode === "DAY_RATE" ? design.days : null,
      flatFeeCents: design.pricingMode === "FLAT_FEE" ? design.flatFeeCents : null,
      purchaseOrderRef: design.purchaseOrderRef || null,
      costCentre: design.costCentre || null,
    },
    validUntil: context.validUntil,
    nextSteps: design.nextSteps,
    consultant: context.consultant,
  };
}

/** The designer's warnings for a design about to be sent (days running late). */
export function designWarnings(design: Pick<DesignForSnapshot, "agendaItems" | "dayStartMinute">): string[] {
  return agendaWarnings(scheduleAgenda(design.agendaItems, design.dayStartMinute));
}

/** "1.5 Kurstage à CHF 2'400.00", or "Pauschale": the fee line of pages, PDF and comparison. */
export function feeLabel(price: ProposalSnapshot["price"]): string {
  if (price.mode === "FLAT_FEE") return "Pauschale";
  const days = price.days ?? 0;
  return `${days.toLocaleString("de-CH")} ${plural(days, "Kurstag", "Kurstage")} à ${formatChf(price.dayRateCents ?? 0)}`;
}

export function vatLabel(price: ProposalSnapshot["price"]): string {
  return `MWST ${formatVatRate(price.vatRateBasisPoints)}`;
}

/** The paragraphs of a text field (blank line between them), for the page and the PDF. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** "2026-12-27" -> "27.12.2026" */
export function formatDateKey(key: string): string {
  const [year, month, day] = key.split("-").map(Number);
  return formatDate(new Date(Date.UTC(year!, month! - 1, day!, 12)));
}

export type SnapshotChange = { label: string; before: string; after: string };

/** Readable lines per section, so a comparison shows what a client would notice. */
function comparableLines(snapshot: ProposalSnapshot): Record<string, string> {
  const price = snapshot.price;
  return {
    Titel: snapshot.title,
    Ausgangslage: snapshot.situation,
    "Rollen im Team": snapshot.roleNotes,
    "Situationen für Rollenspiele": snapshot.rolePlaySituations,
    Ziele: snapshot.goals.map((goal, index) => `${index + 1}. ${goal.title}`).join("\n"),
    Programm: snapshot.agenda
      .flatMap((day) =>
        day.items.map(
          (item) =>
            `Tag ${day.day}, ${item.start}–${item.end}: ${item.title} (${formatDuration(item.durationMinutes)})`,
        ),
      )
      .join("\n"),
    Methode: snapshot.method,
    Kursort: snapshot.logistics.venue,
    "Gewünschte Daten": snapshot.logistics.datesWished,
    Teilnehmende: snapshot.logistics.participants?.toString() ?? "",
    Honorar: `${feeLabel(price)}: ${formatChf(price.feeCents)}`,
    Spesen: formatChf(price.expensesCents),
    "Total inkl. MWST": formatChf(price.totalCents),
    "Bestellnummer / Kostenstelle": [price.purchaseOrderRef, price.costCentre].filter(Boolean).join(" / "),
    "Gültig bis": formatDateKey(snapshot.validUntil),
    "Nächste Schritte": snapshot.nextSteps,
  };
}

/** What differs between two versions (or a version and the draft), section by section. */
export function compareSnapshots(before: ProposalSnapshot, after: ProposalSnapshot): SnapshotChange[] {
  const a = comparableLines(before);
  const b = comparableLines(after);
  return Object.keys(b)
    .filter((label) => a[label] !== b[label])
    .map((label) => ({ label, before: a[label] ?? "", after: b[label] ?? "" }));
}
