import { Button } from "@/components/ui/button";
import { QUOTED_INQUIRY_MESSAGE } from "@/lib/proposals/rules";

/** The inquiry's message beside the situation: read, taken over as a draft, rewritten. */
export function InquiryWords(props: { message: string; quoted: boolean; onTakeOver: () => void }) {
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
      <Button variant="secondary" size="sm" onClick={props.onTakeOver}>
        Als Vorlage übernehmen
      </Button>
      <p role="status" aria-live="polite" className="text-sm font-semibold text-danger">
        {props.quoted ? QUOTED_INQUIRY_MESSAGE : ""}
      </p>
    </aside>
  );
}
