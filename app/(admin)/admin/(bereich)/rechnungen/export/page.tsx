import type { Metadata } from "next";

import { inputClasses } from "@/components/form/form-field";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";
import { requireAdmin } from "@/lib/auth/guards";
import { listExportYearsForAdmin } from "@/lib/invoicing/admin-queries-export";

export const metadata: Metadata = { title: "Export für die Buchhaltung" };

const MONTHS = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

export default async function InvoiceExportPage() {
  await requireAdmin();
  const years = await listExportYearsForAdmin();
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href="/admin/rechnungen">Alle Rechnungen</BackLink>
      <Heading>Export für die Buchhaltung</Heading>
      <p>
        Die Rechnungen und Gutschriften (nach Rechnungsdatum) oder die Zahlungseingänge (nach Zahlungsdatum) eines
        Zeitraums als CSV-Datei: UTF-8, Semikolon als Trennzeichen, Daten als 31.12.2026 und Beträge als 1250.00 (Punkt,
        ohne Tausendertrennzeichen, Gutschriften negativ). So liest sie Excel und übliche Buchhaltungsprogramme als
        Zahlen ein.
      </p>
      <form method="get" action="/api/admin/rechnungen/export" className="space-y-6">
        <fieldset className="space-y-2">
          <legend className="text-lg font-semibold text-brand-dark">Was</legend>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="art" value="rechnungen" defaultChecked className="h-5 w-5" />
            Rechnungen und Gutschriften
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="art" value="zahlungen" className="h-5 w-5" />
            Zahlungseingänge
          </label>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="jahr" className="block font-semibold">
              Jahr
            </label>
            <select id="jahr" name="jahr" className={inputClasses}>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="zeitraum" className="block font-semibold">
              Zeitraum
            </label>
            <select id="zeitraum" name="zeitraum" className={inputClasses}>
              <option value="">Ganzes Jahr</option>
              {[1, 2, 3, 4].map((quarter) => (
                <option key={quarter} value={`Q${quarter}`}>{`${quarter}. Quartal`}</option>
              ))}
              {MONTHS.map((month, index) => (
                <option key={month} value={String(index + 1).padStart(2, "0")}>
                  {month}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Button type="submit">CSV herunterladen</Button>
      </form>
    </div>
  );
}
