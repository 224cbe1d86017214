// The stored shape of a proposal's frozen version (`Proposal.snapshot`), parsed wherever it is
// read: a sent version must render in the portal and the PDF for as long as it is kept, whatever
// the code has become since. `format` is the version of this shape (`version` is the proposal's
// own number); a change of shape adds `.next(schema, upgrade)` below and raises SNAPSHOT_FORMAT.
import { z } from "zod";

import { SALUTATIONS } from "@/lib/greeting";
import { versionedSchema } from "@/lib/versioned-json";

const money = z.number().int();
/** "08:30" */
const clock = z.string();

const snapshotV1 = z.object({
  format: z.literal(1),
  /** 0 for the unsent draft. */
  version: z.number().int().nonnegative(),
  reference: z.string(),
  /** salutation: absent in versions frozen before it was asked (decision 0028), which greet by name. */
  client: z.object({
    organisationName: z.string(),
    department: z.string().nullable(),
    salutation: z.enum(SALUTATIONS).optional(),
    contactName: z.string(),
  }),
  title: z.string(),
  situation: z.string(),
  roleNotes: z.string(),
  rolePlaySituations: z.string(),
  goals: z.array(z.object({ title: z.string(), description: z.string() })),
  agenda: z.array(
    z.object({
      day: z.number().int(),
      start: clock,
      end: clock,
      items: z.array(
        z.object({
          kind: z.enum(["MODULE", "BREAK", "CUSTOM"]),
          title: z.string(),
          description: z.string(),
          start: clock,
          end: clock,
          durationMinutes: z.number(),
        }),
      ),
    }),
  ),
  method: z.string(),
  logistics: z.object({ venue: z.string(), datesWished: z.string(), participants: z.number().int().nullable() }),
  price: z.object({
    feeCents: money,
    expensesCents: money,
    netCents: money,
    vatRateBasisPoints: z.number().int(),
    vatCents: money,
    totalCents: money,
    mode: z.enum(["DAY_RATE", "FLAT_FEE"]),
    dayRateCents: money.nullable(),
    days: z.number().nullable(),
    flatFeeCents: money.nullable(),
    purchaseOrderRef: z.string().nullable(),
    costCentre: z.string().nullable(),
  }),
  /** Date key YYYY-MM-DD (Zurich). */
  validUntil: z.string(),
  nextSteps: z.string(),
  // `lines` (address, UID) come from the business profile at send time; older versions have none.
  consultant: z.object({ name: z.string(), email: z.string(), lines: z.array(z.string()).optional() }),
});

export const proposalSnapshots = versionedSchema(snapshotV1);

export type ProposalSnapshot = z.output<typeof proposalSnapshots.schema>;

/** Where a stored snapshot says which format it has; one without says nothing and is format 1. */
const formatOf = z.object({ format: z.number() });

/**
 * The snapshot a proposal row stores, checked and in the current format. A row that fits no
 * format throws InvalidStoredJsonError naming `what` and the fields: a broken version is a defect
 * to see, not a page to render half.
 */
export function parseProposalSnapshot(stored: unknown, what = "Proposal snapshot"): ProposalSnapshot {
  const format = formatOf.safeParse(stored);
  const value = format.success ? stored : { format: 1, ...objectOrEmpty(stored) };
  return proposalSnapshots.parse(format.success ? format.data.format : 1, value, what);
}

function objectOrEmpty(value: unknown): Record<string, unknown> {
  const parsed = z.record(z.string(), z.unknown()).safeParse(value);
  return parsed.success ? parsed.data : {};
}
