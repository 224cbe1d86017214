// How large a request body may be, by path. Plain JavaScript because the app's HTTP server
// (scripts/http-server.mjs) refuses a declared oversize body before Next reads any of it: Next's
// proxy copies up to 10 MB of every body it sees into memory (proxyClientMaxBodySize), even when
// the server action behind it then stops at 1 MB. Only the picture upload route of admin
// (decision 0033) needs more; everything else, public actions above all, stays at Next's 1 MB.

/** The largest picture accepted (before resizing); lib/media/rules.ts re-exports it. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/** The upload request: the picture plus its description, the boundaries and the part headers. */
export const UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/** Every other body: Next's server action limit (serverActions.bodySizeLimit left at its default). */
export const DEFAULT_REQUEST_BYTES = 1024 * 1024;

/** The upload route handlers (app/api/admin/bilder/...); nothing else under it takes a body. */
export const UPLOAD_PATH_PREFIX = "/api/admin/bilder/";

/** The most a body to this path may declare. */
export function bodyLimitFor(pathname) {
  return typeof pathname === "string" && pathname.startsWith(UPLOAD_PATH_PREFIX)
    ? UPLOAD_REQUEST_BYTES
    : DEFAULT_REQUEST_BYTES;
}

/**
 * True when a request declares a body larger than its path allows (Content-Length). A body sent
 * without a length (chunked) is counted by whoever reads it: Next's action handler, or the upload
 * route, which stops reading at its limit.
 */
export function declaresOversizeBody(url, contentLength) {
  if (contentLength === undefined || contentLength === null || contentLength === "") return false;
  const length = Number(contentLength);
  if (!Number.isFinite(length)) return false;
  // Resolved as Next resolves it, so "/api/admin/bilder/../../anfrage" is not the upload route.
  const pathname = new URL(url ?? "/", "http://localhost").pathname;
  return length > bodyLimitFor(pathname);
}
