import { BusinessContact } from "@/components/content/business-contact";
import { contentPage } from "@/components/content/content-page";
import { Container } from "@/components/ui/container";
import { TitledSection } from "@/components/ui/titled-section";
import { cachedBusinessProfile } from "@/lib/business-profile/cached";
import { getEnv } from "@/lib/env";

// Where the site runs is a fact of the deployment, not of the text: it comes from HOSTING_LOCATION,
// and without it the statement names no place rather than a made-up one (decision 0021).
function Hosting() {
  const location = getEnv().HOSTING_LOCATION;
  if (!location) return null;
  return (
    <Container className="pb-10">
      <TitledSection id="hosting-titel" title="Hosting" className="max-w-3xl text-lg">
        <p className="mt-3">{`Die Website und ihre Datenbank werden ${location} betrieben.`}</p>
      </TitledSection>
    </Container>
  );
}

const { generateMetadata, ContentPage } = contentPage({
  slug: "datenschutz",
  eyebrow: "Rechtliches",
  before: async () => (
    <BusinessContact profile={await cachedBusinessProfile()} title="Verantwortlich" withPhone={false} />
  ),
  after: () => <Hosting />,
});

export { generateMetadata };
export default ContentPage;
