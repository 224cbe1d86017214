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
];
const publicParts = ["index", "schemas", "queries", "rules", "service", "notify", "types"];
const namedPublicParts = {
  auth: ["guards"],
  catalogue: ["revalidate", "cache", "presentation"],
  jobs: ["queue"],
  mail: ["outbox", "render", "transport", "sealed-payload", "envelope"],
  proposals: ["pdf-attachment"],
  // Until consultation takes the one shape: the call settings of consultation/context.ts, and the
  // timeline text a booked call writes into its inquiry.
  consultation: ["context"],
  inquiries: ["admin-timeline"],
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
