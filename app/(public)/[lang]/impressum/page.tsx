import { BusinessContact } from "@/components/content/business-contact";
import { contentPage } from "@/components/content/content-page";
import { cachedBusinessProfile } from "@/lib/business-profile/cached";

const { generateMetadata, ContentPage } = contentPage({
  slug: "impressum",
  eyebrow: "Rechtliches",
  before: async () => <BusinessContact profile={await cachedBusinessProfile()} title="Anbieter" />,
});

export { generateMetadata };
export default ContentPage;
