import { CallToAction } from "@/components/content/call-to-action";
import { contentPage } from "@/components/content/content-page";

const { generateMetadata, ContentPage } = contentPage({
  slug: "fuehrungskultur",
  eyebrow: (messages) => messages.pages.leadership.eyebrow,
  after: ({ pages: { leadership, content } }) => (
    <CallToAction
      texts={content.callToAction}
      title={leadership.callToAction.title}
      text={leadership.callToAction.text}
      inquiryHref="/fuehrungskultur/anfrage"
      inquiryLabel={leadership.callToAction.inquire}
    />
  ),
});

export { generateMetadata };
export default ContentPage;
