import path from "node:path";

import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The boundary rule of eslint.config.mjs (decision 0024), run as the linter runs it: a domain file
// that reaches into another domain's internals is refused, its public parts are not.
const root = path.resolve(__dirname, "../..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

const importing = (specifier: string) => `import * as part from "${specifier}";\n\nexport const used = part;\n`;

describe("domain boundaries", () => {
  it("refuses another domain's internal file and names its public parts", async () => {
    const errors = await boundaryErrors("lib/demo/probe.ts", importing("@/lib/inquiries/service-pipeline"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("lib/demo may use lib/inquiries only through its public parts");
    expect(errors[0]).toContain("decision 0024");
  }, 60_000);

  it("allows another domain's public parts and named shared ones", async () => {
    for (const specifier of [
      "@/lib/inquiries/service",
      "@/lib/inquiries/rules",
      "@/lib/catalogue/queries",
      "@/lib/proposals/notify",
      "@/lib/auth/guards",
      "@/lib/mail/outbox",
      "@/lib/jobs/queue",
    ]) {
      expect(await boundaryErrors("lib/demo/probe.ts", importing(specifier)), specifier).toEqual([]);
    }
  }, 60_000);

  it("lets a domain use its own internals, and shared modules outside the domains", async () => {
    expect(await boundaryErrors("lib/inquiries/probe.ts", importing("@/lib/inquiries/service-pipeline"))).toEqual([]);
    expect(await boundaryErrors("lib/demo/probe.ts", importing("@/lib/calendar/agenda"))).toEqual([]);
  }, 60_000);

  it("refuses a relative path out of the domain, which the rule could not see otherwise", async () => {
    expect(await boundaryErrors("lib/demo/probe.ts", importing("../inquiries/service-pipeline"))).toHaveLength(1);
  }, 60_000);

  it("leaves app/ and the worker's task list free to compose every domain", async () => {
    expect(await boundaryErrors("app/probe.ts", importing("@/lib/inquiries/service-pipeline"))).toEqual([]);
    expect(await boundaryErrors("lib/jobs/probe.ts", importing("@/lib/inquiries/service-pipeline"))).toEqual([]);
  }, 60_000);
});
