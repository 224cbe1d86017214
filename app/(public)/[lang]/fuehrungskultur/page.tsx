import { CallToAction } from "@/components/content/call-to-action";
import { contentPage } from "@/components/content/content-page";

const { generateMetadata, ContentPage } = contentPage({
  slug: "fuehrungskultur",
  eyebrow: "Angebot",
  after: () => (
    <CallToAction
      title="Führungskultur gemeinsam weiterentwickeln?"
      text="In einem unverbindlichen Gespräch klären wir, wo Sie stehen und was Sie erreichen möchten."
      inquiryHref="/fuehrungskultur/anfrage"
      inquiryLabel="Führungsarbeit anfragen"
    />
  ),
});

export { generateMetadata };
export default ContentPage;
