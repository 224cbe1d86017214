// Proposal inputs for the unit and component tests, without a database: each test names only the
// fields it is about and takes the rest from here.
import type { DesignForSnapshot } from "@/lib/proposals/snapshot";

/** The designer's free texts, all left empty (as a new design starts). */
export const emptyDesignTexts = {
  situation: "",
  roleNotes: "",
  rolePlaySituations: "",
  method: "",
  nextSteps: "",
  venue: "",
  datesWished: "",
};

/** One day for 12 participants from 08:30 at CHF 2'400.00 a day with 8.1 % VAT and no expenses. */
export function dayRateDesign(overrides: Partial<DesignForSnapshot> = {}): DesignForSnapshot {
  return {
    title: "Schwierige Gespräche",
    ...emptyDesignTexts,
    participants: 12,
    dayStartMinute: 510,
    pricingMode: "DAY_RATE",
    dayRateCents: 240_000,
    days: 1,
    flatFeeCents: null,
    expensesCents: 0,
    vatRateBasisPoints: 810,
    purchaseOrderRef: null,
    costCentre: null,
    goals: [],
    agendaItems: [],
    ...overrides,
  };
}
