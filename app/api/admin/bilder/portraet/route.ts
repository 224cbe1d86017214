// Uploads or replaces the consultant's portrait, or changes only its description: the owner only,
// like the rest of the settings. Posted by the portrait form under Einstellungen; decision 0033.
import { authorizeRoute } from "@/lib/auth/guards";
import { uploadImage } from "@/lib/media/admin-upload";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const access = await authorizeRoute("owner");
  return uploadImage(request, access, { kind: "portrait" });
}
