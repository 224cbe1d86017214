import { BusinessContact } from "@/components/content/business-contact";
import { contentPage } from "@/components/content/content-page";
import { Container } from "@/components/ui/container";
import { LinkButton } from "@/components/ui/link-button";
import { cachedBusinessProfile } from "@/lib/business-profile/cached";

const { generateMetadata, ContentPage } = contentPage({
  slug: "kontakt",
  after: async () => (
    <Container className="pb-16">
      <BusinessContact profile={await cachedBusinessProfile()} title="Adresse" />
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
