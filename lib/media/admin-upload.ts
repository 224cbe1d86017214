import "server-only";

import { revalidatePath } from "next/cache";

import { failure, parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import type { RouteAccess } from "@/lib/auth/guards";
import { UPLOAD_REQUEST_BYTES } from "@/lib/body-limit.mjs";
import { revalidateCourses, revalidatePages } from "@/lib/catalogue/revalidate";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";
import { getEnv } from "@/lib/env";

import { courseImageTargetSchema, imageUploadFields, imageUploadSchema } from "./admin-schemas";
import { UPLOAD_MESSAGES, uploadNotice, uploadNoticeCode, type ImageTarget } from "./rules";
import { saveImage } from "./service";

// The picture upload of admin (decision 0033) as a route handler rather than a server action:
// Next has one body limit for every server action, and a picture needs 8 MB where public forms
// need far less than Next's 1 MB. The route reads at most UPLOAD_REQUEST_BYTES and answers in the
// one result shape (lib/action-result.ts): JSON to the form's fetch(), or, for a form posted
// without script, a redirect back to its page with the outcome as a code (?bild=...).

/** After a picture changed: the public pages that show it, and the admin page that edits it. */
export function afterImageChange(target: ImageTarget): void {
  if (target.kind === "course") {
    revalidateCourses();
    revalidatePath("/admin/kurse", "layout");
  } else {
    // The portrait stands on the about page and the home page, both read under the pages tag.
    revalidatePages();
    revalidatePath("/admin/einstellungen");
  }
}

/** The admin page with the upload form of a target; a form posted without script returns there. */
function formPage(target: ImageTarget): string {
  return target.kind === "course" ? `/admin/kurse/${encodeURIComponent(target.courseId)}` : "/admin/einstellungen";
}

type Outcome = { status: number; result: ActionResult<null>; withFile?: boolean };

const refused = (status: number, message: string, field?: string): Outcome => ({
  status,
  result: failure(message, field ? { [field]: [message] } : {}),
});

const tooLarge = () => refused(413, UPLOAD_MESSAGES.tooLarge, "file");

/**
 * The cookie is the only credential, so a page elsewhere could make the browser post here: like
 * Next for its actions, only a request from the site's own origin (APP_URL) is carried out.
 */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin !== null && origin === new URL(getEnv().APP_URL).origin;
}

/** The body, read until it ends or passes `limit` bytes (then null: the rest is never read). */
async function readAtMost(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readForm(request: Request): Promise<FormData | Outcome> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return refused(415, UPLOAD_MESSAGES.notForm);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > UPLOAD_REQUEST_BYTES) return tooLarge();
  const bytes = await readAtMost(request.body, UPLOAD_REQUEST_BYTES);
  if (!bytes) return tooLarge();
  try {
    return await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    return refused(400, UPLOAD_MESSAGES.notForm);
  }
}

function statusOf(result: ActionResult<null>): number {
  if (result.ok) return 200;
  if (result.fieldErrors.file?.[0] === UPLOAD_MESSAGES.tooLarge) return 413;
  if (result.code === "VALIDATION") return 422;
  if (result.code === "NOT_FOUND") return 404;
  if (result.code === "UNAVAILABLE") return 503;
  return 500;
}

async function store(request: Request, viewer: Extract<RouteAccess, { ok: true }>["viewer"], target: ImageTarget) {
  const form = await readForm(request);
  if (!(form instanceof FormData)) return form;
  let withFile = false;
  const result = await runAction(async () => {
    const imageTarget: ImageTarget =
      target.kind === "course" ? { kind: "course", ...parseInput(courseImageTargetSchema, target) } : target;
    const input = parseInput(imageUploadSchema, imageUploadFields(form));
    withFile = input.file !== null;
    const bytes = input.file ? new Uint8Array(await input.file.arrayBuffer()) : null;
    await saveImage(getDb(), userActor(viewer), { target: imageTarget, altText: input.altText, bytes });
    afterImageChange(imageTarget);
    return success(null, uploadNotice(imageTarget.kind, withFile ? "gespeichert" : "beschreibung")?.message);
  });
  return { status: statusOf(result), result, withFile };
}

function answer(request: Request, target: ImageTarget, outcome: Outcome): Response {
  const headers = { "Cache-Control": "private, no-store" };
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  if (wantsJson || outcome.status === 403) return Response.json(outcome.result, { status: outcome.status, headers });
  // A form posted without script: back to its page (or to the sign-in), with the outcome as a code.
  const page = formPage(target);
  const location =
    outcome.status === 401
      ? `/admin/anmelden?next=${encodeURIComponent(page)}`
      : `${page}?bild=${uploadNoticeCode(outcome.result.ok ? { ok: true, withFile: outcome.withFile ?? false } : outcome.result)}`;
  return new Response(null, { status: 303, headers: { ...headers, Location: location } });
}

/**
 * Stores an uploaded picture for a target. The route handler has already asked the guard
 * (`authorizeRoute`) and passes its answer in, so a refusal costs no byte of the body.
 */
export async function uploadImage(request: Request, access: RouteAccess, target: ImageTarget): Promise<Response> {
  if (!access.ok) {
    const message = access.status === 401 ? UPLOAD_MESSAGES.signedOut : UPLOAD_MESSAGES.notAllowed;
    return answer(request, target, refused(access.status, message));
  }
  if (!isSameOrigin(request)) return answer(request, target, refused(403, UPLOAD_MESSAGES.foreignOrigin));
  return answer(request, target, await store(request, access.viewer, target));
}
