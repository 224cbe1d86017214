import { contentPage } from "@/components/content/content-page";

const { generateMetadata, ContentPage } = contentPage({ slug: "impressum", eyebrow: "Rechtliches" });

export { generateMetadata };
export default ContentPage;
