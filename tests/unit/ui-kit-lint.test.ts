import path from "node:path";

import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The ui-kit rule of eslint.config.mjs, run as the linter runs it: pages and components reach a
// button, a table and a page heading only through components/ui; the kit itself and the documents
// laid out for print and mail keep their own elements.
const root = path.resolve(__dirname, "../..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function kitErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages
    .filter((message) => message.ruleId === "no-restricted-syntax")
    .map((message) => message.message);
}

const rawElements = `export function Probe() {
  return (
    <div>
      <h1>Titel</h1>
      <button type="button">Los</button>
      <table />
    </div>
  );
}
`;

const kitElements = `import { Button } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";

export function Probe() {
  return (
    <div>
      <Heading>Titel</Heading>
      <h2>Abschnitt</h2>
      <Button>Los</Button>
    </div>
  );
}
`;

describe("ui kit lint rule", () => {
  it("refuses a raw h1, button and table in pages and components, pointing to components/ui", async () => {
    for (const file of ["app/(admin)/admin/(bereich)/probe/page.tsx", "components/invoicing/probe.tsx"]) {
      const errors = await kitErrors(file, rawElements);
      expect(errors, file).toEqual([
        "Use Heading from components/ui/heading.tsx instead of a raw <h1>.",
        "Use Button (or ActionButton to run a server action) from components/ui/button.tsx instead of a raw <button>.",
        "Use Table, TableRow and TableCell from components/ui/table.tsx instead of a raw <table>.",
      ]);
    }
  }, 60_000);

  it("accepts the kit's components", async () => {
    expect(await kitErrors("components/after-course/probe.tsx", kitElements)).toEqual([]);
  }, 60_000);

  it("leaves the kit itself and the print and mail documents their own elements", async () => {
    for (const file of [
      "components/ui/probe.tsx",
      "components/proposals/proposal-document.tsx",
      "components/content/course-agenda.tsx",
      "app/dev/mail/page.tsx",
      "app/(public)/[lang]/bench-reference/[size]/page.bench.tsx",
    ]) {
      expect(await kitErrors(file, rawElements), file).toEqual([]);
    }
  }, 60_000);
});
