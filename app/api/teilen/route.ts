import { cachedBusinessProfile } from "@/lib/business-profile/cached";
import { cachedCourse, cachedField, isPublishedCourseSlug, isPublishedFieldSlug } from "@/lib/catalogue/cached";
import { HOME_TITLE, SITE_NAME } from "@/lib/seo/metadata";
import { renderShareImage } from "@/lib/seo/share-image";

// GET /api/teilen?kurs=<slug> | ?feld=<slug> | (nothing): the Open Graph and Twitter image of a
// page (lib/seo/metadata.ts links it). Unknown slugs get the site's own card, never an error page.
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const course = params.get("kurs") ?? "";
  const field = params.get("feld") ?? "";
  const profile = await cachedBusinessProfile();
  // The consultant's name only once he entered it: no placeholder on a shared card.
  const byline = profile.name || profile.businessName || SITE_NAME;

  if (course && (await isPublishedCourseSlug(course))) {
    const found = await cachedCourse(course);
    if (found) return renderShareImage({ eyebrow: "Kurs", title: found.title, byline });
  }
  if (field && (await isPublishedFieldSlug(field))) {
    const found = await cachedField(field);
    if (found) return renderShareImage({ eyebrow: "Tätigkeitsfeld", title: found.name, byline });
  }
  return renderShareImage({ eyebrow: "Kundenorientierung", title: HOME_TITLE, byline });
}
