"use server";

// The bank file page's actions: preview a camt.054/053 file, then book its matched payments. The
// browser reads the file and sends its text; nothing is stored until the booking (decision 0029).
import { revalidatePath } from "next/cache";

import { failure, parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { formatChf } from "@/lib/format";

import { CAMT_NOT_XML, isBinaryText, type CamtBooking, type CamtPreview } from "./camt-rules";
import { camtImportSchema } from "./schemas";
import { bookCamtImport, previewCamtImport } from "./service";

/** A binary file read as text would be refused as "control characters": it is simply not XML. */
function notXml(input: unknown): ActionResult<never> | null {
  const xml = (input as { xml?: unknown } | null)?.xml;
  return typeof xml === "string" && isBinaryText(xml)
    ? failure(CAMT_NOT_XML, { xml: [CAMT_NOT_XML] }, "VALIDATION")
    : null;
}

export async function previewCamtImportAction(input: unknown): Promise<ActionResult<CamtPreview>> {
  const viewer = await requireAdmin();
  return (
    notXml(input) ??
    runAction(async () => {
      const preview = await previewCamtImport(getDb(), userActor(viewer), parseInput(camtImportSchema, input));
      return success(preview);
    })
  );
}

export async function bookCamtImportAction(input: unknown): Promise<ActionResult<CamtBooking>> {
  const viewer = await requireAdmin();
  return (
    notXml(input) ??
    runAction(async () => {
      const booking = await bookCamtImport(getDb(), userActor(viewer), parseInput(camtImportSchema, input));
      revalidatePath("/admin/rechnungen");
      for (const invoiceId of new Set(
        booking.rows.flatMap((row) => (row.status === "MATCHED" ? row.invoice!.id : [])),
      )) {
        revalidatePath(`/admin/rechnungen/${invoiceId}`);
      }
      return success(
        booking,
        booking.booked === 0
          ? "Keine Zahlung gebucht: Die Datei enthält nichts Neues, das einer offenen Rechnung zugeordnet werden kann."
          : `${booking.booked === 1 ? "1 Zahlung" : `${booking.booked} Zahlungen`} über ${formatChf(booking.bookedCents)} gebucht.`,
      );
    })
  );
}
