import { BusinessContact } from "@/components/content/business-contact";
import { contentPage } from "@/components/content/content-page";
import { cachedBusinessProfile } from "@/lib/business-profile/cached";

const { generateMetadata, ContentPage } = contentPage({
  slug: "impressum",
  eyebrow: (messages) => messages.pages.contentPages.legal.eyebrow,
  before: async (messages) => (
    <BusinessContact
      profile={await cachedBusinessProfile()}
      title={messages.pages.contentPages.legal.provider}
      texts={messages.pages.content.businessContact}
    />
  ),
});

export { generateMetadata };
export default ContentPage;
