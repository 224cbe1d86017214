import { expect, test, type Page } from "@playwright/test";

import { collectBrowserErrors } from "./support/pages";

// Decision 0014: cached pages carry the hashes of their own inline scripts, pages rendered per
// request a fresh nonce; no page allows inline script by 'unsafe-inline'.

function scriptSource(policy: string | undefined): string {
  const directive = policy?.split(";").find((part) => part.trim().startsWith("script-src"));
  expect(directive, "script-src directive").toBeTruthy();
  return directive!.trim();
}

function expectCommonHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/** Violations are reported in the page; a blocked script would also break hydration. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      // zod probes once whether it may compile validators with new Function and falls back when
      // the policy says no: that refusal is the policy working, not a broken page.
      if (event.blockedURI === "eval") return;
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test("a cached page keeps its cache and allows exactly its own inline scripts by hash", async ({ page, request }) => {
  await request.get("/kurse");
  const cached = await request.get("/kurse");
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  expectCommonHeaders(cached.headers());
  const script = scriptSource(cached.headers()["content-security-policy"]);
  expect(script).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  expect(script).not.toContain("unsafe-inline");
  expect(script).not.toContain("nonce-");

  const violations = await watchViolations(page);
  const errors = collectBrowserErrors(page);
  await page.goto("/kurse");
  // The filter is a client component: it only works once the page has hydrated, and text typed
  // before that is not seen by React, so type again until the address follows.
  const search = page.getByRole("searchbox").first();
  await expect(async () => {
    await search.fill("");
    await search.fill("Telefon");
    await expect(page).toHaveURL(/suche=Telefon/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test("an injected inline script on a cached page would not run", async ({ page }) => {
  const response = await page.goto("/");
  const policy = response!.headers()["content-security-policy"]!;
  // The browser enforces the page's header policy on a script added to the document.
  const ran = await page.evaluate(() => {
    const element = document.createElement("script");
    element.textContent = "window.injected = true";
    document.body.append(element);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(policy).toContain("script-src");
  expect(ran).toBe(false);
});

test("a page rendered per request gets a fresh nonce that its scripts carry", async ({ page, request }) => {
  const first = await request.get("/erstgespraech");
  const second = await request.get("/erstgespraech");
  expectCommonHeaders(first.headers());
  const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(scriptSource(policy))?.[1];
  const nonce = nonceOf(first.headers()["content-security-policy"]);
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
  expect(scriptSource(first.headers()["content-security-policy"])).not.toContain("unsafe-inline");
  expect(await first.text()).toContain(`nonce="${nonce}"`);

  const violations = await watchViolations(page);
  const errors = collectBrowserErrors(page);
  await page.goto("/erstgespraech");
  // The form validates in the browser, so a message beside the field shows it has hydrated.
  await page.getByRole("button", { name: "Erstgespräch buchen" }).click();
  await expect(page.getByRole("group", { name: /Uhrzeit/ })).toContainText("Bitte wählen Sie einen freien Termin.");
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test("the admin sign-in page and route handlers carry the headers too; HSTS only over HTTPS", async ({ request }) => {
  const signIn = await request.get("/admin/anmelden");
  expectCommonHeaders(signIn.headers());
  expect(scriptSource(signIn.headers()["content-security-policy"])).toContain("'nonce-");
  const overTls = await request.get("/admin/anmelden", { headers: { "x-forwarded-proto": "https" } });
  expect(overTls.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  const asset = await request.get("/robots.txt");
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});
