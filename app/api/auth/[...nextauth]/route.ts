import type { NextRequest } from "next/server";

import { handlers } from "@/lib/auth/config";

// Auth.js answers only the one address the app needs over HTTP: the e-mail link's callback.
// Sign-in, sign-out and sessions run server-side through the app's own actions, which apply the
// limits (lib/auth/actions.ts); Auth.js's other routes (sign-in pages and POSTs, the password
// callback, csrf, session, providers) would skip them, so they do not exist (decision 0018).
const EMAIL_CALLBACK = "/api/auth/callback/email";

const notFound = () => new Response("Not Found", { status: 404 });

export function GET(request: NextRequest) {
  return request.nextUrl.pathname === EMAIL_CALLBACK ? handlers.GET(request) : notFound();
}

export function POST() {
  return notFound();
}
