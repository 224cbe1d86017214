"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";

import { FieldError, FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { agendaDayCount, agendaWarnings, MAX_DAYS, scheduleAgenda } from "@/lib/calendar/agenda";
import { clockOf, minuteOf } from "@/lib/calendar/time-of-day";
import { formatChf, formatDuration } from "@/lib/format";
import type { LibraryGoal, LibraryModule } from "@/lib/proposals/library";
import { formatVatRate, parseFrancs, priceOf } from "@/lib/proposals/pricing";
import { programmeDaysWarning, QUOTED_INQUIRY_MESSAGE, quotesInquiry } from "@/lib/proposals/rules";
import { designSchema, type DesignFormValues, type DesignInput } from "@/lib/proposals/schemas";
import type { ProposalMailPreview } from "@/lib/proposals/service";

import { GoalPicker, ModulePicker } from "./library-pickers";

type DesignerFormProps = {
  defaultValues: DesignFormValues;
  library: { goals: LibraryGoal[]; modules: LibraryModule[] };
  vatRateBasisPoints: number;
  recipient: string;
  /** The client's own words from the inquiry: a suggestion for the situation, never sent as is. */
  inquiryMessage: string | null;
  canSend: boolean;
  save: (input: DesignInput) => Promise<ActionResult<null>>;
  preview: (input: DesignInput) => Promise<ActionResult<ProposalMailPreview>>;
  send: (input: DesignInput) => Promise<ActionResult<{ version: number }>>;
};

const smallButton =
  "rounded border border-muted bg-white px-2 py-1 text-sm font-semibold text-ink hover:bg-sand disabled:opacity-40";
const textArea = `${inputClasses} min-h-24`;
const primaryButton =
  "inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-80";
const secondaryButton =
  "inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-white px-5 py-2 font-semibold text-brand hover:bg-sand disabled:opacity-80";

const kindLabels = { MODULE: "Modul", BREAK: "Pause", CUSTOM: "Programmpunkt" } as const;

const kindLabel = (kind: string): string => kindLabels[kind as keyof typeof kindLabels] ?? "Programmpunkt";

/** What a row's buttons act on, for screen readers: "Modul «Deeskalation»" (the visible text says only "Nach oben"). */
function itemName(item: { kind: string; title: string }): string {
  const kind = kindLabel(item.kind);
  return item.title.trim() ? `${kind} «${item.title.trim()}»` : `${kind} ohne Titel`;
}

export function DesignerForm(props: DesignerFormProps) {
  const router = useRouter();
  // The ref decides the action at submit time; the state only labels the pending button.
  // Sending takes two steps: "preview" renders the mail as the client will get it, "send" confirms.
  const intent = useRef<"save" | "preview" | "send">("save");
  const [intentLabel, setIntentLabel] = useState<"save" | "preview" | "send">("save");
  const choose = (value: "save" | "preview" | "send") => {
    intent.current = value;
    setIntentLabel(value);
  };
  const [notice, setNotice] = useState<string | null>(null);
  const [mailPreview, setMailPreview] = useState<ProposalMailPreview | null>(null);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: designSchema,
    action: (input: DesignInput): Promise<ActionResult<unknown>> =>
      intent.current === "send"
        ? props.send(input)
        : intent.current === "preview"
          ? props.preview(input)
          : props.save(input),
    defaultValues: props.defaultValues,
    draftKey: `konzept:${props.defaultValues.designId}`,
    onSuccess: (data, message) => {
      if (intent.current === "preview") {
        setMailPreview(data as ProposalMailPreview);
        setNotice(null);
        return;
      }
      setMailPreview(null);
      setNotice(message ?? null);
      router.refresh();
    },
  });
  const goals = useFieldArray({ control: form.control, name: "goals" });
  const agenda = useFieldArray({ control: form.control, name: "agenda" });
  const values = useWatch({ control: form.control }) as DesignFormValues;
  const [addDay, setAddDay] = useState(1);

  const schedule = useMemo(() => {
    const items = (values.agenda ?? []).map((item, index) => ({
      index,
      kind: item.kind ?? "MODULE",
      title: item.title ?? "",
      day: Number(item.day) || 1,
      durationMinutes: Number(item.durationMinutes) || 0,
    }));
    return scheduleAgenda(items, minuteOf(String(values.dayStart ?? "")) ?? 510);
  }, [values.agenda, values.dayStart]);
  const times = new Map(schedule.flatMap((day) => day.items.map((item) => [item.index, item])));
  const pricedDays = Number(String(values.days ?? "").replace(",", ".")) || 0;
  const daysWarning = programmeDaysWarning(
    { mode: values.pricingMode ?? "DAY_RATE", days: pricedDays },
    agendaDayCount(schedule),
  );
  const warnings = [...agendaWarnings(schedule), ...(daysWarning ? [daysWarning] : [])];
  const price = priceOf({
    mode: values.pricingMode ?? "DAY_RATE",
    dayRateCents: parseFrancs(String(values.dayRate ?? "")) ?? 0,
    days: pricedDays,
    flatFeeCents: parseFrancs(String(values.flatFee ?? "")) ?? 0,
    expensesCents: parseFrancs(String(values.expenses ?? "")) ?? 0,
    vatRateBasisPoints: props.vatRateBasisPoints,
  });
  const days = [...new Set([...schedule.map((day) => day.day), addDay])].sort((a, b) => a - b);

  /** Swaps an item with its neighbour in the same day. */
  const moveItem = (index: number, direction: -1 | 1) => {
    const list = form.getValues("agenda");
    const day = Number(list[index]?.day);
    let other = index + direction;
    while (other >= 0 && other < list.length && Number(list[other]?.day) !== day) other += direction;
    if (other >= 0 && other < list.length) agenda.swap(index, other);
  };
  const text = (name: "title" | "situation" | "roleNotes" | "rolePlaySituations" | "method" | "nextSteps") =>
    form.register(name);

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-10">
      {/* While the preview is open the draft stays as previewed: what is confirmed is what is sent. */}
      <fieldset disabled={pending || mailPreview !== null} className="space-y-10">
        <section aria-labelledby="grundlagen-titel" className="space-y-4">
          <h2 id="grundlagen-titel" className="text-2xl font-bold text-brand-dark">
            Kurs und Ausgangslage
          </h2>
          <FormField id="title" label="Titel des Kurses" required error={errorOf("title")}>
            {(control) => <input {...control} {...text("title")} className={inputClasses} />}
          </FormField>
          <div className="grid gap-4 lg:grid-cols-2">
            <FormField
              id="situation"
              label="Ausgangslage, wie ich sie verstehe"
              hint="Steht so in der Offerte, in Ihren Worten. Leerzeile für einen neuen Absatz."
              error={errorOf("situation")}
            >
              {(control) => <textarea {...control} {...text("situation")} className={textArea} rows={8} />}
            </FormField>
            {props.inquiryMessage ? (
              <InquiryWords
                message={props.inquiryMessage}
                quoted={quotesInquiry(String(values.situation ?? ""), props.inquiryMessage)}
                onTakeOver={() => {
                  const current = form.getValues("situation").trim();
                  const message = props.inquiryMessage ?? "";
                  form.setValue("situation", current ? `${current}\n\n${message}` : message, { shouldDirty: true });
                  form.setFocus("situation");
                }}
              />
            ) : null}
          </div>
          <FormField
            id="roleNotes"
            label="Rollen im Team"
            hint="Beraten, kontrollieren, Entscheide übermitteln, Sanktionen aussprechen …"
            error={errorOf("roleNotes")}
          >
            {(control) => <textarea {...control} {...text("roleNotes")} className={textArea} />}
          </FormField>
          <FormField
            id="rolePlaySituations"
            label="Typische Situationen für Rollenspiele"
            error={errorOf("rolePlaySituations")}
          >
            {(control) => <textarea {...control} {...text("rolePlaySituations")} className={textArea} />}
          </FormField>
        </section>

        <section aria-labelledby="ziele-titel" className="space-y-4">
          <h2 id="ziele-titel" className="text-2xl font-bold text-brand-dark">
            Ziele
          </h2>
          <p className="text-muted">Formulierungen gelten nur für diese Kundin; die Bibliothek bleibt unverändert.</p>
          <FieldError id="goals-fehler" message={errorOf("goals")} />
          <ol className="space-y-4">
            {goals.fields.map((field, index) => (
              <li key={field.id}>
                <fieldset className="space-y-3 rounded-lg border border-line bg-white p-4">
                  <legend className="px-1 font-semibold">{`Ziel ${index + 1}`}</legend>
                  <FormField
                    id={`goal-${index}-title`}
                    label="Formulierung"
                    required
                    error={errorOf(`goals.${index}.title`)}
                  >
                    {(control) => (
                      <input {...control} {...form.register(`goals.${index}.title`)} className={inputClasses} />
                    )}
                  </FormField>
                  <FormField
                    id={`goal-${index}-description`}
                    label="Erläuterung"
                    error={errorOf(`goals.${index}.description`)}
                  >
                    {(control) => (
                      <textarea
                        {...control}
                        {...form.register(`goals.${index}.description`)}
                        className={inputClasses}
                        rows={2}
                      />
                    )}
                  </FormField>
                  <div className="flex flex-wrap gap-2">
                    <button
                      type="button"
                      className={smallButton}
                      disabled={index === 0}
                      onClick={() => goals.swap(index, index - 1)}
                    >
                      {`Ziel ${index + 1} nach oben`}
                    </button>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={index === goals.fields.length - 1}
                      onClick={() => goals.swap(index, index + 1)}
                    >
                      {`Ziel ${index + 1} nach unten`}
                    </button>
                    <button type="button" className={smallButton} onClick={() => goals.remove(index)}>
                      {`Ziel ${index + 1} entfernen`}
                    </button>
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
          <GoalPicker
            goals={props.library.goals}
            onAdd={(goal) => goals.append({ goalId: goal.id, title: goal.title, description: goal.description })}
            onAddCustom={() => goals.append({ goalId: "", title: "", description: "" })}
          />
        </section>

        <section aria-labelledby="programm-titel" className="space-y-4">
          <h2 id="programm-titel" className="text-2xl font-bold text-brand-dark">
            Programm
          </h2>
          <FormField
            id="dayStart"
            label="Beginn jedes Kurstags"
            required
            hint="Zum Beispiel 08:30"
            error={errorOf("dayStart")}
            className="max-w-xs"
          >
            {(control) => <input {...control} {...form.register("dayStart")} type="time" className={inputClasses} />}
          </FormField>
          <FieldError id="agenda-fehler" message={errorOf("agenda")} />
          <div role="status" aria-live="polite">
            {warnings.length > 0 ? (
              <ul className="space-y-1 rounded-md border-2 border-danger bg-white p-4 font-semibold text-danger">
                {warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            ) : null}
          </div>
          {schedule.map((day) => (
            <section key={day.day} aria-labelledby={`tag-${day.day}`} className="space-y-3">
              <h3 id={`tag-${day.day}`} className="text-xl font-bold">
                {`Tag ${day.day}: ${clockOf(day.startMinute)}–${clockOf(day.endMinute)} Uhr, ${formatDuration(day.workMinutes)} Kurszeit`}
              </h3>
              <ol className="space-y-3">
                {day.items.map((timed) => {
                  const index = timed.index;
                  const field = agenda.fields[index];
                  if (!field) return null;
                  const slot = times.get(index);
                  const label = `${slot ? `${clockOf(slot.startMinute)}–${clockOf(slot.endMinute)}` : ""} ${timed.title || "Neuer Programmpunkt"}`;
                  return (
                    <li key={field.id}>
                      <fieldset
                        className={`grid gap-3 rounded-lg border border-line p-4 sm:grid-cols-[1fr_8rem_8rem] ${timed.kind === "BREAK" ? "bg-sand" : "bg-white"}`}
                      >
                        <legend className="px-1 font-semibold">{label}</legend>
                        <FormField
                          id={`agenda-${index}-title`}
                          label={kindLabel(timed.kind)}
                          required
                          error={errorOf(`agenda.${index}.title`)}
                        >
                          {(control) => (
                            <input {...control} {...form.register(`agenda.${index}.title`)} className={inputClasses} />
                          )}
                        </FormField>
                        <FormField
                          id={`agenda-${index}-duration`}
                          label="Minuten"
                          required
                          error={errorOf(`agenda.${index}.durationMinutes`)}
                        >
                          {(control) => (
                            <input
                              {...control}
                              {...form.register(`agenda.${index}.durationMinutes`)}
                              type="number"
                              min={5}
                              step={5}
                              className={inputClasses}
                            />
                          )}
                        </FormField>
                        <FormField
                          id={`agenda-${index}-day`}
                          label="Tag"
                          required
                          error={errorOf(`agenda.${index}.day`)}
                        >
                          {(control) => (
                            <select {...control} {...form.register(`agenda.${index}.day`)} className={inputClasses}>
                              {Array.from({ length: MAX_DAYS }, (_, day) => (
                                <option key={day + 1} value={day + 1}>{`Tag ${day + 1}`}</option>
                              ))}
                            </select>
                          )}
                        </FormField>
                        {timed.kind === "BREAK" ? null : (
                          <FormField
                            id={`agenda-${index}-description`}
                            label="Beschreibung"
                            error={errorOf(`agenda.${index}.description`)}
                            className="sm:col-span-3"
                          >
                            {(control) => (
                              <textarea
                                {...control}
                                {...form.register(`agenda.${index}.description`)}
                                className={inputClasses}
                                rows={2}
                              />
                            )}
                          </FormField>
                        )}
                        <div className="flex flex-wrap gap-2 sm:col-span-3">
                          <button
                            type="button"
                            className={smallButton}
                            aria-label={`${itemName(timed)} nach oben verschieben`}
                            onClick={() => moveItem(index, -1)}
                          >
                            Nach oben
                          </button>
                          <button
                            type="button"
                            className={smallButton}
                            aria-label={`${itemName(timed)} nach unten verschieben`}
                            onClick={() => moveItem(index, 1)}
                          >
                            Nach unten
                          </button>
                          <button
                            type="button"
                            className={smallButton}
                            aria-label={`${itemName(timed)} entfernen`}
                            onClick={() => agenda.remove(index)}
                          >
                            Entfernen
                          </button>
                        </div>
                      </fieldset>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
          <ModulePicker
            modules={props.library.modules}
            days={days}
            day={addDay}
            onDayChange={setAddDay}
            onAdd={(picked) =>
              agenda.append({
                moduleId: picked.id,
                kind: "MODULE",
                title: picked.title,
                description: picked.description,
                day: addDay,
                durationMinutes: picked.defaultDurationMinutes,
              })
            }
            onAddBreak={() =>
              agenda.append({
                moduleId: "",
                kind: "BREAK",
                title: "Pause",
                description: "",
                day: addDay,
                durationMinutes: 15,
              })
            }
            onAddCustom={() =>
              agenda.append({
                moduleId: "",
                kind: "CUSTOM",
                title: "",
                description: "",
                day: addDay,
                durationMinutes: 30,
              })
            }
          />
          <FormField id="method" label="Methode" error={errorOf("method")}>
            {(control) => <textarea {...control} {...text("method")} className={textArea} />}
          </FormField>
        </section>

        <section aria-labelledby="rahmen-titel" className="space-y-4">
          <h2 id="rahmen-titel" className="text-2xl font-bold text-brand-dark">
            Rahmen
          </h2>
          <div className="grid gap-4 sm:grid-cols-3">
            <FormField id="venue" label="Kursort" error={errorOf("venue")}>
              {(control) => <input {...control} {...form.register("venue")} className={inputClasses} />}
            </FormField>
            <FormField id="datesWished" label="Gewünschte Daten" error={errorOf("datesWished")}>
              {(control) => <input {...control} {...form.register("datesWished")} className={inputClasses} />}
            </FormField>
            <FormField id="participants" label="Teilnehmende" error={errorOf("participants")}>
              {(control) => (
                <input {...control} {...form.register("participants")} type="number" min={1} className={inputClasses} />
              )}
            </FormField>
          </div>
        </section>

        <section aria-labelledby="preis-titel" className="space-y-4">
          <h2 id="preis-titel" className="text-2xl font-bold text-brand-dark">
            Preis
          </h2>
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
            {values.pricingMode === "FLAT_FEE" ? (
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
                <FormField
                  id="days"
                  label="Kurstage"
                  required
                  hint="In halben Tagen, z. B. 1.5"
                  error={errorOf("days")}
                >
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
            {(control) => <textarea {...control} {...text("nextSteps")} className={textArea} />}
          </FormField>
        </section>
      </fieldset>
      <FormMessage message={formError} tone="error" />
      <FormMessage message={formError ? null : notice} tone="success" />
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending || mailPreview !== null}
          onClick={() => choose("save")}
          className="inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-white px-5 py-2 font-semibold text-brand hover:bg-sand disabled:opacity-80"
        >
          {pending && intentLabel === "save" ? "Wird gespeichert …" : "Entwurf speichern"}
        </button>
        {props.canSend && mailPreview === null ? (
          <button type="submit" disabled={pending} onClick={() => choose("preview")} className={primaryButton}>
            {pending && intentLabel === "preview"
              ? "Vorschau wird erstellt …"
              : `Offerte an ${props.recipient} senden …`}
          </button>
        ) : null}
      </div>
      {mailPreview ? (
        <MailPreview
          preview={mailPreview}
          pending={pending}
          onConfirm={() => choose("send")}
          onCancel={() => setMailPreview(null)}
        />
      ) : null}
    </form>
  );
}

/** The inquiry's message beside the situation: read, taken over as a draft, rewritten. */
function InquiryWords(props: { message: string; quoted: boolean; onTakeOver: () => void }) {
  return (
    <aside aria-labelledby="anfrage-worte-titel" className="space-y-2 rounded-md border border-line bg-sand p-4">
      <h3 id="anfrage-worte-titel" className="font-semibold">
        Aus der Anfrage
      </h3>
      <p className="text-sm text-muted">
        Die Worte der Kundschaft, nur für Sie. Übernehmen Sie sie als Vorlage und formulieren Sie die Ausgangslage
        daraus in Ihren Worten; wörtlich wird sie nicht gesendet.
      </p>
      <blockquote className="whitespace-pre-line border-l-4 border-line pl-3">{props.message}</blockquote>
      <button type="button" className={smallButton} onClick={props.onTakeOver}>
        Als Vorlage übernehmen
      </button>
      <p role="status" aria-live="polite" className="text-sm font-semibold text-danger">
        {props.quoted ? QUOTED_INQUIRY_MESSAGE : ""}
      </p>
    </aside>
  );
}

/** The mail as the client will get it, with the step that sends it. */
function MailPreview(props: {
  preview: ProposalMailPreview;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="mail-vorschau-titel" className="space-y-4 rounded-lg border-2 border-brand bg-white p-6">
      <h2 id="mail-vorschau-titel" ref={heading} tabIndex={-1} className="text-2xl font-bold text-brand-dark">
        So erhält die Kundschaft die Offerte
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">An</dt>
        <dd>{props.preview.to}</dd>
        <dt className="font-semibold">Betreff</dt>
        <dd>{props.preview.subject}</dd>
        <dt className="font-semibold">Anhang</dt>
        <dd>{props.preview.attachment}</dd>
      </dl>
      <div className="whitespace-pre-line rounded-md border border-line bg-paper p-4" data-testid="mail-text">
        {props.preview.text}
      </div>
      <p className="text-sm text-muted">Der persönliche Link zum Kundenportal wird beim Senden erzeugt.</p>
      <div className="flex flex-wrap gap-4">
        <button type="submit" disabled={props.pending} onClick={props.onConfirm} className={primaryButton}>
          {props.pending ? "Wird gesendet …" : "Jetzt senden"}
        </button>
        <button type="button" disabled={props.pending} onClick={props.onCancel} className={secondaryButton}>
          Zurück zum Entwurf
        </button>
      </div>
    </section>
  );
}
