// Uploads or replaces a course's picture, or changes only its description: admins. Posted by the
// course editor's picture form (fetch, or a plain form post without script); decision 0033.
import { authorizeRoute } from "@/lib/auth/guards";
import { uploadImage } from "@/lib/media/admin-upload";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await authorizeRoute("admin");
  const { id } = await params;
  return uploadImage(request, access, { kind: "course", courseId: id });
}
