// The authorization matrix: every admin page, route handler, query and server action, found by
// scanning the source tree (so a new one is covered the day it is added), must turn away anonymous
// visitors, and the owner-only ones must turn away staff. Each is called directly, without the
// layout or proxy.ts in front, because each must check for itself.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";

import { createAdmins } from "../setup/admin-fixtures";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// The admin shell's sign-out form imports Auth.js, which does not load outside Next; the layout's
// own guard is what this test is about.
vi.mock("@/lib/auth/actions", () => ({ signOutAdmin: async () => undefined }));

const root = path.resolve(".");

function filesUnder(dir: string, match: (file: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "node_modules") found.push(...filesUnder(relative, match));
    } else if (match(relative)) {
      found.push(relative);
    }
  }
  return found.sort();
}

const source = (file: string) => readFileSync(path.join(root, file), "utf8");
const isServerActionFile = (file: string) => /\.tsx?$/.test(file) && /^\s*["']use server["'];?/.test(source(file));

/**
 * Public server actions go through the one wrapper (lib/public-action.ts: parse, honeypot, rate
 * limit); a 'use server' module that does not use it is an admin entry point and must be guarded.
 */
const isPublicActionFile = (file: string) => /from "@\/lib\/public-action"/.test(source(file));
const guards = /require(Admin|Owner)\(\)/;
/** Owner-only pages by their route: managing admin users, settings (business details), data protection. */
const isOwnerOnlyPage = (file: string) =>
  file.includes("(bereich)/einstellungen/") || file.includes("/benutzer/") || file.includes("/datenschutz/");
/** A lib module is owner-only when it guards with requireOwner() alone. */
const isOwnerOnlyModule = (file: string) =>
  /requireOwner\(\)/.test(source(file)) && !/requireAdmin\(\)/.test(source(file));
const isOwnerOnly = (file: string) => (file.startsWith("lib/") ? isOwnerOnlyModule(file) : isOwnerOnlyPage(file));

const pages = filesUnder("app/(admin)/admin/(bereich)", (file) => /\/(page|layout)\.tsx$/.test(file));
const routeHandlers = filesUnder("app/api/admin", (file) => file.endsWith("/route.ts"));
const actionFiles = [...filesUnder("lib", isServerActionFile), ...filesUnder("app", isServerActionFile)];
/** The bench's floor action refuses everyone unless the server runs the bench (tests/integration/bench-floor.test.ts). */
const isBenchOnlyFile = (file: string) => file.startsWith("lib/bench/");
const adminActionFiles = actionFiles.filter((file) => !isPublicActionFile(file) && !isBenchOnlyFile(file));
/**
 * Admin reads, found by what they are rather than by a file-name pattern: every admin-queries
 * module, and every other server module under lib whose functions call a guard (the dashboard,
 * proposal reads, whatever comes next), except the guards themselves.
 */
const queryFiles = filesUnder(
  "lib",
  (file) =>
    /\.tsx?$/.test(file) &&
    !isServerActionFile(file) &&
    file !== "lib/auth/guards.ts" &&
    (file.endsWith("/admin-queries.ts") || guards.test(source(file))),
);
const SIGN_IN = expect.objectContaining({ digest: expect.stringContaining("/admin/anmelden") });
const NOT_FOUND = expect.objectContaining({ digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;404") });

/** Plausible values for every dynamic segment, so a guard, not a parameter check, is what stops the call. */
const fakeParams = Promise.resolve({
  reference: "ANF-2026-0001",
  id: "0190b1a4-0000-7000-8000-000000000001",
  art: "ziele",
});
const pageProps = { params: fakeParams, searchParams: Promise.resolve({}), children: null };

type Callable = (...args: unknown[]) => unknown;

async function exportedFunctions(file: string): Promise<[string, Callable][]> {
  const loaded = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
  return Object.entries(loaded).filter((entry): entry is [string, Callable] => typeof entry[1] === "function");
}

let staffId: string;
let ownerId: string;

beforeAll(async () => {
  ({ staffId, ownerId } = await createAdmins(getDb()));
});

describe("the matrix finds what it must check", () => {
  it("scans the admin pages, route handlers, queries and actions", () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        "app/(admin)/admin/(bereich)/page.tsx",
        "app/(admin)/admin/(bereich)/anfragen/page.tsx",
        "app/(admin)/admin/(bereich)/anfragen/[reference]/page.tsx",
        "app/(admin)/admin/(bereich)/kurse/page.tsx",
        "app/(admin)/admin/(bereich)/inhalte/[art]/[id]/page.tsx",
        "app/(admin)/admin/(bereich)/e-mails/page.tsx",
        "app/(admin)/admin/(bereich)/benutzer/page.tsx",
        "app/(admin)/admin/(bereich)/termine/page.tsx",
        "app/(admin)/admin/(bereich)/erstgespraeche/page.tsx",
        "app/(admin)/admin/(bereich)/anfragen/[reference]/teilnehmende/page.tsx",
      ]),
    );
    expect(routeHandlers).toContain("app/api/admin/termine/[id]/teilnehmende/route.ts");
    expect(routeHandlers).toEqual(
      expect.arrayContaining(["app/api/admin/bilder/kurse/[id]/route.ts", "app/api/admin/bilder/portraet/route.ts"]),
    );
    expect(routeHandlers.filter(isOwnerOnlyRoute)).toEqual(["app/api/admin/bilder/portraet/route.ts"]);
    expect(adminActionFiles).toEqual(
      expect.arrayContaining([
        "lib/inquiries/admin-actions.ts",
        "lib/catalogue/admin-actions.ts",
        "lib/mail/admin-actions.ts",
        "lib/auth/admin-actions.ts",
        "lib/booking/admin-actions.ts",
        "lib/consultation/admin-actions.ts",
        "lib/media/admin-actions.ts",
        "lib/registration/participants-admin-actions.ts",
        "lib/registration/admin-actions.ts",
      ]),
    );
    expect(queryFiles).toEqual(
      expect.arrayContaining([
        "lib/inquiries/admin-queries.ts",
        "lib/dashboard/admin-queries.ts",
        "lib/booking/admin-queries.ts",
        "lib/consultation/admin-queries.ts",
        "lib/auth/admin-queries.ts",
        "lib/media/admin-queries.ts",
        "lib/registration/participants-admin-queries.ts",
        "lib/registration/admin-queries.ts",
      ]),
    );
    // Proposal reads for the designer are admin reads, whatever their file is called.
    expect(queryFiles.some((file) => file.startsWith("lib/proposals/"))).toBe(true);
  });

  it("tells public action modules by the publicAction() wrapper; any other one counts as admin and must be guarded", () => {
    const publicOnes = actionFiles.filter(isPublicActionFile);
    expect(publicOnes).toEqual(
      expect.arrayContaining([
        "lib/booking/actions.ts",
        "lib/consultation/actions.ts",
        "lib/inquiries/actions.ts",
        "lib/proposals/portal-actions.ts",
        "lib/registration/participants-portal-actions.ts",
        "lib/registration/actions.ts",
      ]),
    );
    expect(publicOnes.every((file) => !file.includes("admin"))).toBe(true);
    for (const file of adminActionFiles) {
      expect(source(file), `${file} should call requireAdmin() or requireOwner()`).toMatch(/require(Admin|Owner)\(\)/);
    }
  });
});

describe.each(pages)("page %s", (file) => {
  it("calls the guard itself and sends anonymous visitors to the sign-in page", async () => {
    expect(source(file)).toMatch(/await require(Admin|Owner)\(\)/);
    const { default: Page } = (await import(/* @vite-ignore */ path.join(root, file))) as { default: Callable };
    session.userId = null;
    await expect(Promise.resolve().then(() => Page(pageProps))).rejects.toEqual(SIGN_IN);
  });

  if (isOwnerOnly(file)) {
    it("is not found for staff and opens for the owner", async () => {
      const { default: Page } = (await import(/* @vite-ignore */ path.join(root, file))) as { default: Callable };
      session.userId = staffId;
      await expect(Promise.resolve().then(() => Page(pageProps))).rejects.toEqual(NOT_FOUND);
      session.userId = ownerId;
      await expect(Promise.resolve().then(() => Page(pageProps))).resolves.toBeTruthy();
    });
  }
});

/**
 * A route handler that a script calls with fetch() (the picture upload) answers 401 / 403 in the
 * one result shape rather than redirecting (authorizeRoute in lib/auth/guards.ts); every other one
 * redirects like a page.
 */
const answersWithStatus = (file: string) => /authorizeRoute\("(admin|owner)"\)/.test(source(file));
const isOwnerOnlyRoute = (file: string) => /authorizeRoute\("owner"\)/.test(source(file));

async function callHandler(handler: Callable, method: string, file: string, accept = "*/*"): Promise<unknown> {
  const request = new Request(`http://localhost/${file}`, { method, headers: { accept } });
  return Promise.resolve().then(() => handler(request, { params: fakeParams }));
}

describe.each(routeHandlers)("route handler %s", (file) => {
  it("turns away anonymous callers for every method", async () => {
    const handlers = await exportedFunctions(file);
    expect(handlers.length).toBeGreaterThan(0);
    session.userId = null;
    for (const [method, handler] of handlers) {
      if (answersWithStatus(file)) {
        const json = (await callHandler(handler, method, file, "application/json")) as Response;
        expect(json.status, method).toBe(401);
        // A form posted without script is sent to the sign-in page, like a page.
        const plain = (await callHandler(handler, method, file, "text/html")) as Response;
        expect(plain.status, method).toBe(303);
        expect(plain.headers.get("location"), method).toMatch(/^\/admin\/anmelden\?/);
      } else {
        await expect(callHandler(handler, method, file), method).rejects.toEqual(SIGN_IN);
      }
    }
  });

  if (isOwnerOnlyRoute(file)) {
    it("answers 403 to staff for every method", async () => {
      session.userId = staffId;
      for (const [method, handler] of await exportedFunctions(file)) {
        const response = (await callHandler(handler, method, file, "application/json")) as Response;
        expect(response.status, method).toBe(403);
      }
    });
  }
});

describe.each([...adminActionFiles, ...queryFiles])("admin module %s", (file) => {
  it("rejects anonymous callers in every exported function", async () => {
    const functions = await exportedFunctions(file);
    expect(functions.length).toBeGreaterThan(0);
    session.userId = null;
    for (const [name, run] of functions) {
      await expect(
        Promise.resolve().then(() => run(undefined, undefined)),
        name,
      ).rejects.toEqual(SIGN_IN);
    }
  });

  if (isOwnerOnly(file)) {
    it("is not found for staff in every exported function", async () => {
      session.userId = staffId;
      for (const [name, run] of await exportedFunctions(file)) {
        await expect(
          Promise.resolve().then(() => run(undefined, undefined)),
          name,
        ).rejects.toEqual(NOT_FOUND);
      }
    });
  }
});
