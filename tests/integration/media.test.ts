// Uploaded pictures (decision 0033): an admin uploads (through the route handlers under
// app/api/admin/bilder), replaces and removes a course's picture and the owner his portrait; the
// bytes are checked (type by magic bytes, size, dimensions), stored resized as WebP in PostgreSQL
// and served by their content hash with immutable caching. The routes turn away strangers, other
// sites and oversize bodies before they read the body.
import { createHash } from "node:crypto";

import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

import { createAdmins, createCourse } from "../setup/admin-fixtures";
import { cache, signedIn as session } from "../setup/admin-session";

vi.mock("@/lib/auth/session", async () => (await import("../setup/admin-session")).sessionModule);
vi.mock("next/cache", async () => (await import("../setup/admin-session")).cacheModule);

const { deleteCourseImageAction, deletePortraitAction } = await import("@/lib/media/admin-actions");
const { POST: postCourseImage } = await import("@/app/api/admin/bilder/kurse/[id]/route");
const { POST: postPortrait } = await import("@/app/api/admin/bilder/portraet/route");
const { getCourseImageForAdmin } = await import("@/lib/media/admin-queries");
const { getPortrait } = await import("@/lib/media/queries");
const { getCourse, listCatalogueCourses } = await import("@/lib/catalogue/queries");
const { GET } = await import("@/app/api/bilder/[hash]/route");
const { UPLOAD_MESSAGES } = await import("@/lib/media/rules");

let owner: string;
let staff: string;
let courseId: string;

async function picture(width: number, height: number, format: "jpeg" | "png" | "webp" = "jpeg") {
  const base = sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 140 } } });
  return new Uint8Array(await base[format]().toBuffer());
}

function form(bytes: Uint8Array | null, altText = "Eine Kursgruppe im Gespräch", name = "bild.jpg") {
  const data = new FormData();
  data.set("altText", altText);
  data.set("file", bytes ? new File([bytes.slice()], name) : new File([], ""));
  return data;
}

const ORIGIN = new URL(getEnv().APP_URL).origin;

/** A request as the form's fetch() sends it: same origin, JSON wanted; `headers` override. */
function uploadRequest(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    body,
    headers: { origin: ORIGIN, accept: "application/json", ...headers },
    duplex: "half",
  } as RequestInit);
}

function postCourse(id: string, body: BodyInit, headers: Record<string, string> = {}) {
  return postCourseImage(uploadRequest(`/api/admin/bilder/kurse/${id}`, body, headers), {
    params: Promise.resolve({ id }),
  });
}

function postPortraitForm(body: BodyInit, headers: Record<string, string> = {}) {
  return postPortrait(uploadRequest("/api/admin/bilder/portraet", body, headers));
}

async function resultOf(response: Response): Promise<ActionResult<null>> {
  return (await response.json()) as ActionResult<null>;
}

/** Uploads a course picture as the signed-in admin and returns the route's result. */
async function saveCourseImage(target: { courseId: string }, data: FormData) {
  return resultOf(await postCourse(target.courseId, data));
}

async function savePortrait(data: FormData) {
  return resultOf(await postPortraitForm(data));
}

async function serve(hash: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost/api/bilder/${hash}`, { headers }), { params: Promise.resolve({ hash }) });
}

async function storedRow() {
  return getDb().siteImage.findUniqueOrThrow({ where: { slot: `course:${courseId}` } });
}

beforeAll(async () => {
  ({ ownerId: owner, staffId: staff } = await createAdmins(getDb()));
  courseId = (await createCourse(getDb(), "telefon")).id;
});

beforeEach(() => {
  session.userId = staff;
  cache.tags.length = 0;
});

describe("a course picture", () => {
  it("is stored resized as WebP without metadata, addressed by its hash, and shown on the course", async () => {
    const result = await saveCourseImage({ courseId }, form(await picture(2400, 1350)));
    expect(result).toMatchObject({ ok: true, message: "Bild gespeichert; die Kursseite zeigt es sofort." });
    expect(cache.tags).toContain("courses");

    const row = await storedRow();
    expect(row).toMatchObject({
      mimeType: "image/webp",
      width: 1600,
      height: 900,
      altText: "Eine Kursgruppe im Gespräch",
    });
    expect(row.byteSize).toBe(row.data.byteLength);
    expect(row.contentHash).toBe(createHash("sha256").update(row.data).digest("hex"));
    const decoded = await sharp(row.data).metadata();
    expect(decoded).toMatchObject({ format: "webp", width: 1600, height: 900 });
    expect(decoded.exif).toBeUndefined();

    const audit = await getDb().auditLog.findFirst({ where: { action: "image.saved", entityId: row.id } });
    expect(audit?.actorId).toBe(staff);

    const image = {
      src: `/api/bilder/${row.contentHash}`,
      width: 1600,
      height: 900,
      alt: "Eine Kursgruppe im Gespräch",
    };
    expect(await getCourseImageForAdmin(courseId)).toEqual(image);
    expect((await getCourse("telefon"))?.image).toEqual({
      contentHash: row.contentHash,
      width: 1600,
      height: 900,
      altText: "Eine Kursgruppe im Gespräch",
    });
    expect((await listCatalogueCourses())[0]?.image?.contentHash).toBe(row.contentHash);
  });

  it("is served with its type, an ETag and immutable caching, and 304 to a browser that has it", async () => {
    const row = await storedRow();
    const response = await serve(row.contentHash);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("etag")).toBe(`"${row.contentHash}"`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-length")).toBe(String(row.byteSize));
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(row.data))).toBe(true);

    const again = await serve(row.contentHash, { "if-none-match": `W/"other", "${row.contentHash}"` });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(`"${row.contentHash}"`);
    expect(await again.text()).toBe("");

    expect((await serve("0".repeat(64))).status).toBe(404);
    expect((await serve("../../etc/passwd")).status).toBe(404);
  });

  it("turns an upright camera photo upright (EXIF orientation) and keeps a smaller one at its size", async () => {
    const sideways = new Uint8Array(
      await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#886644" } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .toBuffer(),
    );
    expect((await saveCourseImage({ courseId }, form(sideways))).ok).toBe(true);
    expect(await storedRow()).toMatchObject({ width: 900, height: 1200 });

    expect((await saveCourseImage({ courseId }, form(await picture(1000, 600, "png"), undefined, "x.png"))).ok).toBe(
      true,
    );
    expect(await storedRow()).toMatchObject({ width: 1000, height: 600 });
  });

  it("refuses what is not a JPEG, PNG or WebP by its bytes, too large, too small or unreadable, at the field", async () => {
    const before = await storedRow();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"></svg>');
    const gif = new Uint8Array(
      await sharp({ create: { width: 900, height: 600, channels: 3, background: "red" } })
        .gif()
        .toBuffer(),
    );
    const textNamedJpeg = new TextEncoder().encode("Das ist kein Bild, nur ein Text mit der Endung .jpg");
    const truncated = (await picture(1200, 800)).slice(0, 400);
    const huge = new Uint8Array(8 * 1024 * 1024 + 1);
    huge.set([0xff, 0xd8, 0xff]);

    const cases: [Uint8Array, string][] = [
      [svg, UPLOAD_MESSAGES.wrongType],
      [gif, UPLOAD_MESSAGES.wrongType],
      [textNamedJpeg, UPLOAD_MESSAGES.wrongType],
      [truncated, UPLOAD_MESSAGES.unreadable],
      [huge, UPLOAD_MESSAGES.tooLarge],
      [await picture(600, 600), "Das Bild ist 600 × 600 Pixel gross; nötig sind mindestens 800 × 450 Pixel."],
    ];
    for (const [bytes, message] of cases) {
      const result = await saveCourseImage({ courseId }, form(bytes, undefined, "bild.jpg"));
      expect(result).toMatchObject({ ok: false, fieldErrors: { file: [message] } });
    }
    // The picture before is untouched.
    expect((await storedRow()).contentHash).toBe(before.contentHash);
  });

  it("requires a German description, and a file when there is no picture yet", async () => {
    const result = await saveCourseImage({ courseId }, form(await picture(900, 600), "  "));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.altText?.[0]).toMatch(/was auf dem Bild zu sehen ist/);

    const other = await createCourse(getDb(), "schalter", "Am Schalter");
    const noFile = await saveCourseImage({ courseId: other.id }, form(null));
    expect(noFile).toMatchObject({ ok: false, fieldErrors: { file: [UPLOAD_MESSAGES.missing] } });

    const unknown = await saveCourseImage(
      { courseId: "0190b1a4-0000-7000-8000-00000000abcd" },
      form(await picture(900, 600)),
    );
    expect(unknown).toMatchObject({ ok: false, message: "Diesen Kurs gibt es nicht mehr." });
  });

  it("changes only its description without a new file", async () => {
    const before = await storedRow();
    const result = await saveCourseImage({ courseId }, form(null, "Teilnehmende am Schalter"));
    expect(result).toMatchObject({ ok: true, message: "Bildbeschreibung gespeichert." });
    expect(await storedRow()).toMatchObject({ contentHash: before.contentHash, altText: "Teilnehmende am Schalter" });
  });

  it("is replaced by a new upload: the old address answers 404, the new one the new bytes", async () => {
    const before = await storedRow();
    expect((await saveCourseImage({ courseId }, form(await picture(1800, 1000, "webp")))).ok).toBe(true);
    const after = await storedRow();
    expect(after.id).toBe(before.id);
    expect(after.contentHash).not.toBe(before.contentHash);
    expect((await serve(before.contentHash)).status).toBe(404);
    expect((await serve(after.contentHash)).status).toBe(200);
    expect(await getDb().siteImage.count()).toBe(1);
  });

  it("is removed on request and with its course", async () => {
    const { contentHash } = await storedRow();
    expect(await deleteCourseImageAction({ courseId })).toMatchObject({ ok: true, message: "Bild entfernt." });
    expect(await getDb().siteImage.count({ where: { courseId } })).toBe(0);
    expect((await serve(contentHash)).status).toBe(404);
    expect((await getCourse("telefon"))?.image).toBeNull();
    expect(await getDb().auditLog.count({ where: { action: "image.deleted" } })).toBe(1);

    const doomed = await createCourse(getDb(), "vergaenglich", "Vergänglich");
    expect((await saveCourseImage({ courseId: doomed.id }, form(await picture(900, 600)))).ok).toBe(true);
    await getDb().course.delete({ where: { id: doomed.id } });
    expect(await getDb().siteImage.count({ where: { slot: `course:${doomed.id}` } })).toBe(0);
  });
});

describe("the portrait", () => {
  it("is the owner's to upload and remove; staff do not reach it", async () => {
    session.userId = staff;
    const refused = await postPortraitForm(form(await picture(800, 1000)));
    expect(refused.status).toBe(403);
    expect(await resultOf(refused)).toMatchObject({ ok: false, message: UPLOAD_MESSAGES.notAllowed });
    expect(await getPortrait()).toBeNull();

    session.userId = owner;
    const result = await savePortrait(form(await picture(900, 1200), "Markus Muster, lächelnd"));
    expect(result).toMatchObject({ ok: true });
    expect(cache.tags).toContain("pages");
    const portrait = await getPortrait();
    expect(portrait).toMatchObject({ width: 900, height: 1200, alt: "Markus Muster, lächelnd" });
    expect(portrait?.src).toMatch(/^\/api\/bilder\/[0-9a-f]{64}$/);

    expect(await savePortrait(form(await picture(300, 300)))).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Das Bild ist 300 × 300 Pixel gross; nötig sind mindestens 400 × 400 Pixel."] },
    });

    expect(await deletePortraitAction()).toMatchObject({ ok: true });
    expect(await getPortrait()).toBeNull();
  });
});

describe("the upload route", () => {
  /** A body that counts how much of it was read, and fails the test if it is read to its end. */
  function countedBody(totalBytes: number, chunkBytes = 256 * 1024) {
    const read = { bytes: 0 };
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (read.bytes >= totalBytes) {
            controller.close();
            return;
          }
          const chunk = new Uint8Array(Math.min(chunkBytes, totalBytes - read.bytes));
          read.bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
        // Nothing is pulled until the route reads.
      },
      { highWaterMark: 0 },
    );
    return { stream, read };
  }

  const multipart = { "content-type": "multipart/form-data; boundary=grenze" };

  it("answers 401 to a caller without a session and 403 to staff for the portrait, before reading the body", async () => {
    session.userId = null;
    const body = countedBody(1024);
    const anonymous = await postCourse(courseId, body.stream, multipart);
    expect(anonymous.status).toBe(401);
    expect(await resultOf(anonymous)).toEqual({
      ok: false,
      message: UPLOAD_MESSAGES.signedOut,
      fieldErrors: {},
    });
    expect(body.read.bytes).toBe(0);
    expect((await postPortraitForm(form(await picture(900, 1200)))).status).toBe(401);

    session.userId = staff;
    const staffPortrait = await postPortraitForm(form(await picture(900, 1200)));
    expect(staffPortrait.status).toBe(403);
    expect(await getDb().siteImage.count({ where: { slot: "portrait" } })).toBe(0);
  });

  it("carries out only requests from the site's own origin", async () => {
    const data = () => form(new Uint8Array([0xff, 0xd8, 0xff]));
    for (const origin of ["https://elsewhere.example", "null"]) {
      const response = await postCourse(courseId, data(), { origin });
      expect(response.status).toBe(403);
      expect(await resultOf(response)).toMatchObject({ ok: false, message: UPLOAD_MESSAGES.foreignOrigin });
    }
    const withoutOrigin = await postCourseImage(
      new Request(`${ORIGIN}/api/admin/bilder/kurse/${courseId}`, {
        method: "POST",
        body: data(),
        headers: { accept: "application/json" },
      }),
      { params: Promise.resolve({ id: courseId }) },
    );
    expect(withoutOrigin.status).toBe(403);
  });

  it("refuses a body over the limit with 413 by its declared length, without reading it", async () => {
    const body = countedBody(1024);
    const response = await postCourse(courseId, body.stream, {
      ...multipart,
      "content-length": String(20 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(await resultOf(response)).toEqual({
      ok: false,
      message: "Das Bild ist grösser als 8 MB. Bitte wählen Sie eine kleinere Datei.",
      fieldErrors: { file: ["Das Bild ist grösser als 8 MB. Bitte wählen Sie eine kleinere Datei."] },
    });
    expect(body.read.bytes).toBe(0);
  });

  it("refuses a body sent without a length with 413 once it passes the limit, and reads no further", async () => {
    const total = 64 * 1024 * 1024;
    const body = countedBody(total);
    const response = await postCourse(courseId, body.stream, multipart);
    expect(response.status).toBe(413);
    expect(await resultOf(response)).toMatchObject({ ok: false, fieldErrors: { file: [UPLOAD_MESSAGES.tooLarge] } });
    // Read up to the limit and at most a chunk or two of what the stream buffered ahead.
    expect(body.read.bytes).toBeLessThan(10 * 1024 * 1024);
  });

  it("answers 422 with the German message at the file field for a file that is no picture", async () => {
    const response = await postCourse(
      courseId,
      form(new TextEncoder().encode("%PDF-1.7 kein Bild"), undefined, "a.jpg"),
    );
    expect(response.status).toBe(422);
    expect(await resultOf(response)).toMatchObject({ ok: false, fieldErrors: { file: [UPLOAD_MESSAGES.wrongType] } });

    const notForm = await postCourse(courseId, JSON.stringify({ altText: "x" }), {
      "content-type": "application/json",
    });
    expect(notForm.status).toBe(415);
    expect(await resultOf(notForm)).toMatchObject({ ok: false, message: UPLOAD_MESSAGES.notForm });
  });

  it("stores the picture and answers 200 in the one result shape", async () => {
    const response = await postCourse(courseId, form(await picture(1200, 800)));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await resultOf(response)).toEqual({
      ok: true,
      data: null,
      message: "Bild gespeichert; die Kursseite zeigt es sofort.",
    });
    expect(await storedRow()).toMatchObject({ width: 1200, height: 800 });
    expect(await getDb().auditLog.count({ where: { action: "image.saved", actorId: staff } })).toBeGreaterThan(0);
  });

  it("sends a form posted without script back to its page with the outcome as a code", async () => {
    const page = `/admin/kurse/${courseId}`;
    const saved = await postCourse(courseId, form(await picture(1000, 700)), { accept: "text/html" });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`${page}?bild=gespeichert`);

    const wrong = await postCourse(courseId, form(new TextEncoder().encode("<svg/>")), { accept: "text/html" });
    expect(wrong.headers.get("location")).toBe(`${page}?bild=wrongType`);
    const small = await postCourse(courseId, form(await picture(500, 500)), { accept: "text/html" });
    expect(small.headers.get("location")).toBe(`${page}?bild=tooSmall`);

    session.userId = null;
    const signedOut = await postCourse(courseId, form(await picture(1000, 700)), { accept: "text/html" });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("location")).toBe(`/admin/anmelden?next=${encodeURIComponent(page)}`);
  });
});
