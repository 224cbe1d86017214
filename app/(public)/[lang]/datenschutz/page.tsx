import { contentPage } from "@/components/content/content-page";

const { generateMetadata, ContentPage } = contentPage({ slug: "datenschutz", eyebrow: "Rechtliches" });

export { generateMetadata };
export default ContentPage;
