import { Container } from "@/components/ui/container";
import { LinkButton } from "@/components/ui/link-button";

type CallToActionProps = {
  title?: string;
  text?: string;
  /** Where "Kurs anfragen" leads; a course page passes its prefilled inquiry. */
  inquiryHref?: string;
  /** The inquiry button's words; the leadership page asks for leadership work, not a course. */
  inquiryLabel?: string;
};

/** The closing invitation of a page: ask for a course or book a free first call. */
export function CallToAction({
  // The consultant's own closing words (content/consultant-text.de.txt).
  title = "Möchten Sie sich mit dem Ziel Kundenorientierung näher befassen?",
  text = "Lassen Sie uns darüber sprechen, was Sie erreichen möchten und was wir gemeinsam bewirken wollen. Kontaktieren Sie mich für ein unverbindliches Gespräch.",
  inquiryHref = "/anfrage",
  inquiryLabel = "Kurs anfragen",
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
            {inquiryLabel}
          </LinkButton>
          <LinkButton href="/erstgespraech" variant="inverse-outline">
            Unverbindliches Erstgespräch buchen
          </LinkButton>
        </div>
      </Container>
    </section>
  );
}
