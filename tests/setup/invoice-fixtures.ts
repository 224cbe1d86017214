import { userActor } from "@/lib/db/actor";
// An accepted proposal to invoice, set up through the real design and send path; the client's
// acceptance is written straight to the row (the portal's acceptance is the proposal tests' job).
import type { Database } from "@/lib/db/client";
import { createDesignFromInquiry } from "@/lib/proposals/service";
import { sendProposal } from "@/lib/proposals/service";

import { createInquiry } from "./proposal-fixtures";

export async function acceptedProposal(
  db: Database,
  actor: { id: string; name: string | null },
  organisationName: string,
  options: { purchaseOrderRef?: string; costCentre?: string } = {},
) {
  // Needs the seeded catalogue: a proposal is sent only with a goal and a module.
  const inquiry = await createInquiry(db, {
    organisationName,
    contactName: "Zoë Müller-Brügger",
    fieldSlug: "oeffentliche-verwaltung",
    goalSlugs: ["anspruchsvolle-gespraeche-souveraen-fuehren"],
    moduleSlugs: ["aktiv-zuhoeren"],
  });
  const design = await createDesignFromInquiry(db, userActor(actor), { inquiryId: inquiry.id });
  await db.courseDesign.update({
    where: { id: design.id },
    data: {
      pricingMode: "DAY_RATE",
      dayRateCents: 240_000,
      days: 2,
      expensesCents: 18_000,
      purchaseOrderRef: options.purchaseOrderRef ?? "BE-4500123456",
      costCentre: options.costCentre ?? "KST 2100",
    },
  });
  const sent = await sendProposal(db, userActor(actor), { designId: design.id });
  await db.proposal.update({
    where: { id: sent.proposalId },
    data: {
      status: "ACCEPTED",
      respondedAt: new Date(),
      acceptedByName: "Zoë Müller-Brügger",
      acceptedByRole: "Leiterin",
    },
  });
  return { inquiry, proposalId: sent.proposalId };
}

/** A free invoice for a church body: one line of 1.5 hours at the given hourly price. */
export function freeInvoiceInput(title: string, unitPrice = 18_000) {
  return {
    title,
    introText: "",
    serviceDates: "",
    buyerName: "Kirchgemeinde Muri-Gümligen",
    buyerDepartment: "",
    buyerContact: "Anna Beispiel",
    buyerStreet: "Reiterstrasse",
    buyerHouseNumber: "11",
    buyerPostcode: "3011",
    buyerCity: "Bern",
    buyerCountry: "CH",
    buyerEmail: "sekretariat@kirche.example",
    buyerUid: "",
    purchaseOrderRef: "",
    costCentre: "",
    lines: [{ description: "Nachbesprechung", quantity: 150, unit: "Std.", unitPrice }],
  };
}
