import { CallToAction } from "@/components/content/call-to-action";
import { contentPage } from "@/components/content/content-page";
import { ReferenceClientList } from "@/components/content/reference-client-list";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { cachedReferenceClients } from "@/lib/catalogue/cached";

const { generateMetadata, ContentPage } = contentPage({
  slug: "ueber-mich",
  after: async () => {
    const clients = await cachedReferenceClients();
    return (
      <>
        {clients.length > 0 ? (
          <Section
            id="referenzen"
            title="Referenzen"
            tone="sand"
            intro="Unter anderem mit Teams dieser Ämter und Stellen:"
          >
            <ReferenceClientList clients={clients} />
            <p className="mt-6">
              <TextLink href="/kundenstimmen">Was Kundinnen und Kunden sagen</TextLink>
            </p>
          </Section>
        ) : null}
        <CallToAction />
      </>
    );
  },
});

export { generateMetadata };
export default ContentPage;
