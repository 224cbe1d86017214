import { CallToAction } from "@/components/content/call-to-action";
import { contentPage } from "@/components/content/content-page";
import { ReferenceClientList } from "@/components/content/reference-client-list";
import { StoredImage } from "@/components/content/stored-image";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { cachedReferenceClients } from "@/lib/catalogue/cached";
import { cachedPortrait } from "@/lib/media/cached";

const { generateMetadata, ContentPage } = contentPage({
  slug: "ueber-mich",
  // His portrait beside his own text, when he has uploaded one in the settings (decision 0033).
  before: async () => {
    return (
      <StoredImage
        image={await cachedPortrait()}
        sizes="(min-width: 640px) 288px, 224px"
        className="mb-6 w-56 rounded-lg sm:float-right sm:mb-4 sm:ml-10 sm:w-72"
      />
    );
  },
  after: async ({ pages: { shared, contentPages, content } }) => {
    const clients = await cachedReferenceClients();
    return (
      <>
        {clients.length > 0 ? (
          <Section id="referenzen" title={shared.references} tone="sand" intro={shared.referencesIntro}>
            <ReferenceClientList clients={clients} />
            <p className="mt-6">
              <TextLink href="/kundenstimmen">{contentPages.about.whatClientsSay}</TextLink>
            </p>
          </Section>
        ) : null}
        <CallToAction texts={content.callToAction} />
      </>
    );
  },
});

export { generateMetadata };
export default ContentPage;
