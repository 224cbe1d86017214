// Public server actions keep Next's 1 MB body limit (serverActions.bodySizeLimit is not raised):
// only the admin picture upload has a larger one, on its own route (decision 0033). Two layers:
// the app's HTTP server refuses a declared oversize body before Next reads it
// (lib/body-limit.mjs), and Next's action handler counts a body sent without a length.
import { request as httpRequest } from "node:http";

import { expect, test } from "@playwright/test";

const MB = 1024 * 1024;
const BOUNDARY = "----grenze7MA4YWxkTrZu0gW";

/** A multipart body of about `bytes` in one text field, as a form posted without script sends it. */
function multipartOf(bytes: number): string {
  return (
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="nachricht"\r\n\r\n` +
    "x".repeat(bytes) +
    `\r\n--${BOUNDARY}--\r\n`
  );
}

/** The same body streamed without a Content-Length (chunked), past the app server's check. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 64 * 1024));
      offset += 64 * 1024;
    },
  });
}

/**
 * The status answered to a POST that declares `length` bytes, read before any of the body is sent:
 * a refusal by the declared length comes before the body (sending it would meet a closed socket).
 */
function statusForDeclaredLength(baseURL: string, path: string, length: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${baseURL}${path}`, {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, "content-length": String(length) },
    });
    outgoing.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      outgoing.destroy();
    });
    outgoing.on("error", reject);
    outgoing.flushHeaders();
  });
}

async function postChunked(baseURL: string, path: string, body: string) {
  return fetch(`${baseURL}${path}`, {
    method: "POST",
    body: chunked(body),
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin: baseURL },
    duplex: "half",
  } as RequestInit);
}

test("a public server action refuses a body over 1 MB, whether declared or streamed", async ({ baseURL }) => {
  // The booking form of a call works without script: the browser posts it as multipart to the
  // page, where Next reads the body as a server action. Declared too long: the app server says
  // 413 before Next reads a byte.
  expect(await statusForDeclaredLength(baseURL!, "/erstgespraech", 2 * MB)).toBe(413);
  expect(await statusForDeclaredLength(baseURL!, "/anfrage", 1 * MB + 1)).toBe(413);

  // Streamed without a length: Next's action handler stops at 1 MB ("Body exceeded 1 MB limit",
  // answered as a server error). With the earlier 9 MB setting, 2 MB were read to the end.
  const streamed = await postChunked(baseURL!, "/erstgespraech", multipartOf(2 * MB));
  expect([413, 500]).toContain(streamed.status);

  // Below the limit the body is read and found to be no action: the page answers as usual.
  const small = await postChunked(baseURL!, "/erstgespraech", multipartOf(MB / 2));
  expect(small.status).toBeLessThan(500);
});

test("the picture upload route is the one path that takes more than 1 MB, and up to its own limit", async ({
  request,
  baseURL,
}) => {
  // Nobody signed in: 5 MB pass the app server, and the route answers 401 without looking at them.
  const picture = await request.post("/api/admin/bilder/portraet", {
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, accept: "application/json" },
    data: multipartOf(5 * MB),
  });
  expect(picture.status()).toBe(401);
  expect(await picture.json()).toMatchObject({ ok: false, message: expect.stringContaining("nicht mehr angemeldet") });

  expect(await statusForDeclaredLength(baseURL!, "/api/admin/bilder/portraet", 9 * MB)).toBe(413);
});
