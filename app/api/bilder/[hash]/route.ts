// /api/bilder/<sha256>: an uploaded picture (portrait, course picture) by the hash of its bytes
// (decision 0033). The address changes whenever the picture does, so browsers, proxies and
// next/image's optimizer may keep it forever; the ETag is the hash itself. The bytes live in
// PostgreSQL, so every app instance answers alike.
import { matchesEtag } from "@/lib/http/whole-body.mjs";
import { getImageBytes } from "@/lib/media/queries";

export const dynamic = "force-dynamic";

const IMMUTABLE = "public, max-age=31536000, immutable";

export async function GET(request: Request, { params }: { params: Promise<{ hash: string }> }) {
  const { hash } = await params;
  const etag = `"${hash}"`;
  const image = await getImageBytes(hash);
  if (!image) {
    return new Response("Dieses Bild gibt es nicht.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const common = { ETag: etag, "Cache-Control": IMMUTABLE };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(image.data, {
    headers: {
      ...common,
      "Content-Type": image.mimeType,
      "Content-Length": String(image.data.byteLength),
      "Content-Disposition": "inline",
      // A picture never runs anything, even if opened on its own.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
