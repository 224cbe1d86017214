import { BusinessContact } from "@/components/content/business-contact";
import { contentPage } from "@/components/content/content-page";
import { Container } from "@/components/ui/container";
import { LinkButton } from "@/components/ui/link-button";
import { cachedBusinessProfile } from "@/lib/business-profile/cached";

const { generateMetadata, ContentPage } = contentPage({
  slug: "kontakt",
  after: async ({ pages: { contentPages, content } }) => (
    <Container className="pb-16">
      <BusinessContact
        profile={await cachedBusinessProfile()}
        title={contentPages.contact.address}
        texts={content.businessContact}
      />
      <div className="flex flex-wrap gap-4">
        <LinkButton href="/anfrage">{contentPages.contact.inquire}</LinkButton>
        <LinkButton href="/erstgespraech" variant="secondary">
          {contentPages.contact.bookCall}
        </LinkButton>
      </div>
    </Container>
  ),
});

export { generateMetadata };
export default ContentPage;
