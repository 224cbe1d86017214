import { NextResponse, type NextRequest } from "next/server";

import { createNonce, noncePolicy } from "./lib/security/csp.mjs";
import { isRenderedPerRequest } from "./lib/site";

// Two jobs, both cheap. (1) Anonymous visitors of /admin go to the sign-in page: a convenience,
// not the security boundary (every admin page, action and route handler checks the session and
// role itself, lib/auth/guards.ts). (2) Pages rendered per request get a Content-Security-Policy
// with a fresh nonce, which Next reads from the request header and puts on its scripts. Cached
// pages are left alone: their policy (script hashes) comes with the cached document
// (lib/cache/page-cache-handler.mjs, decision 0014). Development renders everything per request.
// (3) Every request that reaches our code gets an id (or keeps the one a proxy in front gave it)
// that the logs carry. Cached public documents do not run this proxy at all (see the matcher).
// Next copies the body of every request this proxy sees, up to proxyClientMaxBodySize (its default,
// 10 MB, which the 8 MB picture upload needs). The app's HTTP server refuses a body declared larger
// than its path allows (1 MB; the upload route more) before that copy (lib/body-limit.mjs), and
// server actions keep Next's 1 MB limit for bodies sent without a length.
const REQUEST_ID = "x-request-id";
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{8,80}$/;
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const isDev = process.env.NODE_ENV === "development";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isAdmin = pathname === "/admin" || pathname.startsWith("/admin/");
  if (isAdmin && !pathname.startsWith("/admin/anmelden")) {
    const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
    if (!hasSession) {
      const signIn = new URL("/admin/anmelden", request.url);
      signIn.searchParams.set("next", `${pathname}${search}`);
      return NextResponse.redirect(signIn);
    }
  }
  const incomingId = request.headers.get(REQUEST_ID);
  const requestId = incomingId && VALID_REQUEST_ID.test(incomingId) ? incomingId : crypto.randomUUID();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID, requestId);
  const policy = isDev || isRenderedPerRequest(pathname) ? noncePolicy(createNonce(), isDev) : undefined;
  if (policy) requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(REQUEST_ID, requestId);
  if (policy) response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Only where a request reaches our code: admin, API, dev tools, the public pages rendered per
  // request (lib/site.ts PER_REQUEST_PUBLIC_PATHS; a unit test keeps the two in sync) and server
  // actions posted from any page. Cached public documents skip the proxy: their policy comes with
  // the cached document, and Next serves them without running our code (decision 0035).
  matcher: [
    "/admin/:path*",
    "/api/:path*",
    "/dev/:path*",
    "/erstgespraech/:path*",
    "/termine/:path+",
    "/termin/:path+",
    "/buchung/:path+",
    "/anfrage/:path*",
    "/portal/:path+",
    "/rueckmeldung/:path+",
    "/nachbereitung/:path+",
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
