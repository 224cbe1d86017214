import { Container } from "@/components/ui/container";
import { LinkButton } from "@/components/ui/link-button";
import type { Catalogue } from "@/lib/i18n/messages";

type CallToActionProps = {
  /** The buttons' words from the page's catalogue. */
  texts: Catalogue["pages"]["content"]["callToAction"];
  title?: string;
  text?: string;
  /** Where "Kurs anfragen" leads; a course page passes its prefilled inquiry. */
  inquiryHref?: string;
  /** The inquiry button's words when not `texts.inquire`; the leadership page asks for leadership work. */
  inquiryLabel?: string;
};

/** The closing invitation of a page: ask for a course or book a free first call. */
export function CallToAction({
  // The consultant's own closing words (content/consultant-text.de.txt).
  title = "Möchten Sie sich mit dem Ziel Kundenorientierung näher befassen?",
  text = "Lassen Sie uns darüber sprechen, was Sie erreichen möchten und was wir gemeinsam bewirken wollen. Kontaktieren Sie mich für ein unverbindliches Gespräch.",
  inquiryHref = "/anfrage",
  inquiryLabel,
  texts,
}: CallToActionProps) {
  return (
    <section aria-labelledby="kontakt-titel" className="bg-brand py-14 text-white print:hidden">
      <Container>
        <h2 id="kontakt-titel" className="text-2xl font-bold sm:text-3xl">
          {title}
        </h2>
        <p className="mt-4 max-w-3xl text-lg">{text}</p>
        <div className="mt-8 flex flex-wrap gap-4">
          <LinkButton href={inquiryHref} variant="inverse">
            {inquiryLabel ?? texts.inquire}
          </LinkButton>
          <LinkButton href="/erstgespraech" variant="inverse-outline">
            {texts.bookCall}
          </LinkButton>
        </div>
      </Container>
    </section>
  );
}
