import type { Metadata } from "next";

import {
  AddExceptionForm,
  AddRuleForm,
  ConsultationSettingsForm,
  WEEKDAYS,
} from "@/components/admin/booking/availability-forms";
import { ActionButton } from "@/components/ui/action-button";
import { Heading } from "@/components/ui/heading";
import { TitledSection } from "@/components/ui/titled-section";
import { requireAdmin } from "@/lib/auth/guards";
import { isCanton } from "@/lib/calendar/cantons";
import { clockOf } from "@/lib/calendar/time-of-day";
import {
  addAvailabilityExceptionAction,
  addAvailabilityRuleAction,
  removeAvailabilityExceptionAction,
  removeAvailabilityRuleAction,
  saveConsultationSettingsAction,
} from "@/lib/consultation/admin-actions";
import { getAvailabilityForAdmin } from "@/lib/consultation/admin-queries";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Verfügbarkeit" };

export default async function AvailabilitySettingsPage() {
  await requireAdmin();
  const { settings, rules, exceptions } = await getAvailabilityForAdmin();
  return (
    <div className="space-y-12">
      <Heading>Erstgespräche: Verfügbarkeit und Einstellungen</Heading>
      <TitledSection id="einstellungen-titel" title="Einstellungen" className="max-w-3xl space-y-4">
        <ConsultationSettingsForm
          current={{ ...settings, canton: isCanton(settings.canton) ? settings.canton : undefined }}
          action={saveConsultationSettingsAction}
        />
      </TitledSection>
      <TitledSection id="zeiten-titel" title="Wöchentliche Zeiten" className="max-w-3xl space-y-4">
        <ul className="space-y-2">
          {rules.map((rule) => (
            <li key={rule.id} className="flex flex-wrap gap-4">
              <span>{`${WEEKDAYS[rule.weekday - 1]}, ${clockOf(rule.startMinute)}–${clockOf(rule.endMinute)}`}</span>
              <ActionButton
                variant="danger-link"
                action={removeAvailabilityRuleAction.bind(null, { id: rule.id })}
              >{`Entfernen`}</ActionButton>
            </li>
          ))}
        </ul>
        <AddRuleForm action={addAvailabilityRuleAction} />
      </TitledSection>
      <TitledSection id="ausnahmen-titel" title="Ausnahmen" className="max-w-3xl space-y-4">
        {exceptions.length === 0 ? <p>Keine kommenden Ausnahmen.</p> : null}
        <ul className="space-y-2">
          {exceptions.map((exception) => (
            <li key={exception.id} className="flex flex-wrap gap-4">
              <span>
                {`${formatDate(exception.date)}: ${exception.kind === "BLOCKED" ? "nicht verfügbar" : "zusätzlich verfügbar"}`}
                {exception.startMinute !== null && exception.endMinute !== null
                  ? `, ${clockOf(exception.startMinute)}–${clockOf(exception.endMinute)}`
                  : ", ganzer Tag"}
                {exception.reason ? ` (${exception.reason})` : ""}
              </span>
              <ActionButton
                variant="danger-link"
                action={removeAvailabilityExceptionAction.bind(null, { id: exception.id })}
              >
                Entfernen
              </ActionButton>
            </li>
          ))}
        </ul>
        <AddExceptionForm action={addAvailabilityExceptionAction} />
      </TitledSection>
    </div>
  );
}
