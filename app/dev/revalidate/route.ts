import { isContentKind, revalidateContent } from "@/lib/catalogue/revalidate";
import { isDevToolsEnabled } from "@/lib/env";

// POST /dev/revalidate with {"kind": "courses"}: expires one kind of public content, exactly as
// the admin area does after an edit. For development and the e2e suite, which checks that an edit
// in the database reaches the cached pages; 404 wherever dev tools are off (production).
export async function POST(request: Request): Promise<Response> {
  if (!isDevToolsEnabled()) return new Response("Not found", { status: 404 });
  const body: unknown = await request.json().catch(() => null);
  const kind = body && typeof body === "object" && "kind" in body ? String(body.kind) : "";
  if (!isContentKind(kind)) {
    return Response.json({ ok: false, message: `Unbekannte Inhaltsart: ${kind || "(leer)"}` }, { status: 400 });
  }
  revalidateContent[kind]();
  return Response.json({ ok: true, kind });
}
