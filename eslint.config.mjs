import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const noAppImports = {
  group: ["@/app/*", "**/app/*"],
  message: "Nothing imports from app/: move shared code to lib/ or components/.",
};

// Domain boundaries (decision 0024): a domain folder under lib/ may use another domain only through
// its public parts. Every domain's schemas, queries, rules, service (its writes, for another
// service's transaction) and notify are public; a few domains name further parts that are shared
// infrastructure. lib/jobs is the worker's composition root and, like app/, may reach every domain.
const domains = [
  "auth",
  "booking",
  "business-profile",
  "catalogue",
  "consultation",
  "dashboard",
  "demo",
  "inquiries",
  "mail",
  "privacy",
  "proposals",
  "registration",
];
const publicParts = ["index", "schemas", "queries", "rules", "service", "notify", "types"];
const namedPublicParts = {
  auth: ["guards"],
  catalogue: ["revalidate", "cache", "presentation"],
  jobs: ["queue"],
  consultation: ["settings"],
  mail: ["outbox", "render", "transport", "sealed-payload", "envelope"],
  proposals: ["pdf-attachment"],
};
function domainBoundary(domain) {
  const others = [...domains, "jobs"].filter((other) => other !== domain);
  return {
    files: [`lib/${domain}/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noAppImports,
            {
              group: ["../*"],
              message: "Reach another lib folder through @/lib/<folder>/<part>, so the boundary rule sees it.",
            },
            ...others.map((other) => ({
              regex: `^@/lib/${other}/(?!(${[...publicParts, ...(namedPublicParts[other] ?? [])].join("|")})$)`,
              message: `lib/${domain} may use lib/${other} only through its public parts (${[...publicParts, ...(namedPublicParts[other] ?? [])].join(", ")}): decision 0024.`,
            })),
          ],
        },
      ],
    },
  };
}

const transactionSelectors = [
  {
    selector: "CallExpression[callee.property.name='$transaction']",
    message: "Open a transaction with inTransaction(db, tx => ...) from lib/db/transaction.ts.",
  },
  {
    selector: "CallExpression[callee.name='withTransactionRetry']",
    message: "Open a transaction with inTransaction(db, tx => ...) from lib/db/transaction.ts.",
  },
];

const uiKitSelectors = [
  ["button", "Button (or ActionButton to run a server action)", "components/ui/button.tsx"],
  ["table", "Table, TableRow and TableCell", "components/ui/table.tsx"],
  ["h1", "Heading", "components/ui/heading.tsx"],
].map(([element, replacement, file]) => ({
  selector: `JSXOpeningElement[name.name='${element}']`,
  message: `Use ${replacement} from ${file} instead of a raw <${element}>.`,
}));

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    // the bare Next app that `npm run bench` builds (and removes) for its yardsticks
    ".bench-bare-*/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "import/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", ["parent", "sibling", "index"]],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          pathGroupsExcludedImportTypes: ["builtin"],
          "newlines-between": "always",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
    },
  },
  {
    files: ["lib/**", "components/**", "emails/**", "prisma/**", "scripts/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [noAppImports] }] },
  },
  ...domains.map(domainBoundary),
  {
    // One way into a transaction (decision 0024): inTransaction retries a lost race as a whole.
    files: ["lib/**", "app/**", "components/**"],
    ignores: ["lib/db/transaction.ts"],
    rules: { "no-restricted-syntax": ["error", ...transactionSelectors] },
  },
  {
    // The ui kit is the one way to a button, a table and a page heading (issue 17): its Button
    // defaults to type="button", its Table has a caption and a keyboard-scrollable region, its
    // Heading keeps the sizes in one place. Print and mail documents lay out their own tables.
    // A later block replaces no-restricted-syntax for its files, so this one repeats the
    // transaction selectors.
    files: ["app/**", "components/**"],
    ignores: [
      "components/ui/**",
      "components/proposals/proposal-document.tsx",
      "components/content/course-agenda.tsx",
      "app/dev/**",
      "app/(public)/[[]lang]/bench-reference/**",
    ],
    rules: { "no-restricted-syntax": ["error", ...transactionSelectors, ...uiKitSelectors] },
  },
  {
    // UI primitives stay free of domain code and data access.
    files: ["components/ui/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noAppImports,
            {
              // Relative paths and other component folders count too: ui sits below every other layer.
              group: [
                "@/lib/*",
                "**/lib/*",
                "!@/lib/format",
                "!@/lib/messages",
                "@/components/*",
                "!@/components/ui",
                "../*",
              ],
              message: "components/ui holds primitives only: no domain code.",
            },
          ],
        },
      ],
    },
  },
]);
