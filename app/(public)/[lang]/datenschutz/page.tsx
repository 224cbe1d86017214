import { BusinessContact } from "@/components/content/business-contact";
import { contentPage } from "@/components/content/content-page";
import { Container } from "@/components/ui/container";
import { TitledSection } from "@/components/ui/titled-section";
import { cachedBusinessProfile } from "@/lib/business-profile/cached";
import { getEnv } from "@/lib/env";
import { fill } from "@/lib/i18n";
import type { Catalogue } from "@/lib/i18n/messages";

// Where the site runs is a fact of the deployment, not of the text: it comes from HOSTING_LOCATION,
// and without it the statement names no place rather than a made-up one (decision 0021).
function Hosting({ legal }: { legal: Catalogue["pages"]["contentPages"]["legal"] }) {
  const location = getEnv().HOSTING_LOCATION;
  if (!location) return null;
  return (
    <Container className="pb-10">
      <TitledSection id="hosting-titel" title={legal.hosting} className="max-w-3xl text-lg">
        <p className="mt-3">{fill(legal.hostedAt, { location })}</p>
      </TitledSection>
    </Container>
  );
}

const { generateMetadata, ContentPage } = contentPage({
  slug: "datenschutz",
  eyebrow: (messages) => messages.pages.contentPages.legal.eyebrow,
  before: async (messages) => (
    <BusinessContact
      profile={await cachedBusinessProfile()}
      title={messages.pages.contentPages.legal.responsible}
      withPhone={false}
      texts={messages.pages.content.businessContact}
    />
  ),
  after: (messages) => <Hosting legal={messages.pages.contentPages.legal} />,
});

export { generateMetadata };
export default ContentPage;
