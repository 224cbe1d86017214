"use client";

import { useEffect, useRef } from "react";

import { Button } from "@/components/ui/button";
import type { ProposalMailPreview } from "@/lib/proposals/service";

/** The mail as the client will get it, with the step that sends it. */
export function MailPreview(props: {
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
        <Button type="submit" disabled={props.pending} onClick={props.onConfirm}>
          {props.pending ? "Wird gesendet …" : "Jetzt senden"}
        </Button>
        <Button variant="secondary" disabled={props.pending} onClick={props.onCancel}>
          Zurück zum Entwurf
        </Button>
      </div>
    </section>
  );
}
