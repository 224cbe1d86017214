import { NextResponse, type NextRequest } from "next/server";

// Cheap and optimistic: anonymous visitors of /admin go to the sign-in page. This is a
// convenience, not the security boundary: every admin page, action and route handler checks
// the session and role itself (lib/auth/guards.ts).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/admin/anmelden")) return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/admin/anmelden", request.url);
  signIn.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
