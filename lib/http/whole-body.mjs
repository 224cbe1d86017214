// Cached pages as Next sends them (decision 0039). Next hands a cached or prerendered page to
// `res.end` whole, as one string. Node encodes a string body to UTF-8 on every write, and for a
// string with any character beyond Latin-1 (our pages have en dashes) that costs about four times
// as much as sending bytes. Next's own ETag (`generateEtags`) would also hash the whole string in
// JavaScript on every request; it is off, and the cache handler gives each cached page an ETag
// once (lib/cache/page-cache-handler.mjs), which is answered here. Plain JavaScript: the HTTP
// server (scripts/http-server.mjs) runs it without a compiler.

/** Bodies kept at once; the cache is emptied when full (a few dozen public pages exist). */
const MAX_BODIES = 128;
const bodies = new Map();

/** The UTF-8 bytes of a body, encoded once per distinct body (the same string while cached). */
export function encodedBody(text) {
  let bytes = bodies.get(text);
  if (!bytes) {
    if (bodies.size >= MAX_BODIES) bodies.clear();
    bytes = Buffer.from(text, "utf8");
    bodies.set(text, bytes);
  }
  return bytes;
}

/** True when an If-None-Match header names this ETag (weak or strong, or `*`). */
export function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}

/** Bodies at least this long go out as kept bytes; shorter ones cost little to encode. */
const MIN_KEPT_LENGTH = 4096;

/**
 * Wraps one response: a whole string body of at least 4 kB goes out as kept bytes; a GET whose
 * If-None-Match names the response's ETag gets 304 without a body (Node drops the body of a 304);
 * an RSC request (client navigation) does not get the HTML's ETag of a cached page.
 */
export function sendCachedPagesCheaply(request, response) {
  // Read now: Next removes its router headers from the request while handling it.
  const isRscRequest = request.headers.rsc !== undefined;
  const end = response.end;
  response.end = function endWithKeptBytes(chunk, ...rest) {
    if (typeof chunk === "string" && chunk.length >= MIN_KEPT_LENGTH) {
      return end.call(this, encodedBody(chunk), ...rest.filter((argument) => typeof argument === "function"));
    }
    return end.call(this, chunk, ...rest);
  };
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadOrNotModified(statusCode, ...rest) {
    let status = statusCode;
    if (isRscRequest) {
      response.removeHeader("etag");
    } else if (
      status === 200 &&
      request.method === "GET" &&
      !/\bno-cache\b/.test(request.headers["cache-control"] ?? "") &&
      matchesEtag(request.headers["if-none-match"], response.getHeader("etag"))
    ) {
      status = 304;
      for (const name of ["content-length", "content-type", "content-encoding"]) response.removeHeader(name);
    }
    return writeHead.call(this, status, ...rest);
  };
}
