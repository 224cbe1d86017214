import { FormField, inputClasses } from "@/components/form/form-field";
import { TitledSection } from "@/components/ui/titled-section";
import { formatChf } from "@/lib/format";
import { formatVatRate } from "@/lib/proposals/pricing";

import { textArea } from "./labels";
import type { DesignFormApi } from "./types";
import type { useDesignPreview } from "./use-design-preview";

type PriceSectionProps = DesignFormApi & {
  pricingMode: string | undefined;
  price: ReturnType<typeof useDesignPreview>["price"];
};

/** Day rate or flat fee, expenses, the running total with VAT, and the client's order details. */
export function PriceSection({ form, errorOf, pricingMode, price }: PriceSectionProps) {
  return (
    <TitledSection id="preis-titel" title="Preis" className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="font-semibold">Abrechnung</legend>
        <label className="flex items-center gap-3">
          <input type="radio" value="DAY_RATE" {...form.register("pricingMode")} className="h-5 w-5 accent-brand" />
          Tagesansatz
        </label>
        <label className="flex items-center gap-3">
          <input type="radio" value="FLAT_FEE" {...form.register("pricingMode")} className="h-5 w-5 accent-brand" />
          Pauschale
        </label>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        {pricingMode === "FLAT_FEE" ? (
          <FormField id="flatFee" label="Pauschale in CHF" required error={errorOf("flatFee")}>
            {(control) => (
              <input {...control} {...form.register("flatFee")} inputMode="decimal" className={inputClasses} />
            )}
          </FormField>
        ) : (
          <>
            <FormField id="dayRate" label="Tagesansatz in CHF" required error={errorOf("dayRate")}>
              {(control) => (
                <input {...control} {...form.register("dayRate")} inputMode="decimal" className={inputClasses} />
              )}
            </FormField>
            <FormField id="days" label="Kurstage" required hint="In halben Tagen, z. B. 1.5" error={errorOf("days")}>
              {(control) => (
                <input {...control} {...form.register("days")} inputMode="decimal" className={inputClasses} />
              )}
            </FormField>
          </>
        )}
        <FormField id="expenses" label="Spesen in CHF" error={errorOf("expenses")}>
          {(control) => (
            <input {...control} {...form.register("expenses")} inputMode="decimal" className={inputClasses} />
          )}
        </FormField>
      </div>
      <dl className="grid max-w-md grid-cols-[1fr_max-content] gap-x-6 gap-y-1 rounded-lg border border-line bg-white p-4">
        <dt>Total exkl. MWST</dt>
        <dd className="text-right tabular-nums">{formatChf(price.netCents)}</dd>
        <dt>{`MWST ${formatVatRate(price.vatRateBasisPoints)}`}</dt>
        <dd className="text-right tabular-nums">{formatChf(price.vatCents)}</dd>
        <dt className="font-bold">Total inkl. MWST</dt>
        <dd className="text-right font-bold tabular-nums" data-testid="total">
          {formatChf(price.totalCents)}
        </dd>
      </dl>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id="purchaseOrderRef" label="Bestellnummer" error={errorOf("purchaseOrderRef")}>
          {(control) => <input {...control} {...form.register("purchaseOrderRef")} className={inputClasses} />}
        </FormField>
        <FormField id="costCentre" label="Kostenstelle" error={errorOf("costCentre")}>
          {(control) => <input {...control} {...form.register("costCentre")} className={inputClasses} />}
        </FormField>
        <FormField id="validityDays" label="Gültigkeit in Tagen" required error={errorOf("validityDays")}>
          {(control) => (
            <input {...control} {...form.register("validityDays")} type="number" min={1} className={inputClasses} />
          )}
        </FormField>
      </div>
      <FormField id="nextSteps" label="Nächste Schritte" error={errorOf("nextSteps")}>
        {(control) => <textarea {...control} {...form.register("nextSteps")} className={textArea} />}
      </FormField>
    </TitledSection>
  );
}
