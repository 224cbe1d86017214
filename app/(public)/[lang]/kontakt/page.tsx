import { contentPage } from "@/components/content/content-page";
import { Container } from "@/components/ui/container";
import { LinkButton } from "@/components/ui/link-button";

const { generateMetadata, ContentPage } = contentPage({
  slug: "kontakt",
  after: () => (
    <Container className="pb-16">
      <div className="flex flex-wrap gap-4">
        <LinkButton href="/anfrage">Kurs anfragen</LinkButton>
        <LinkButton href="/erstgespraech" variant="secondary">
          Unverbindliches Erstgespräch buchen
        </LinkButton>
      </div>
    </Container>
  ),
});

export { generateMetadata };
export default ContentPage;
