import { DEMO_ADMIN_EMAIL } from "@/prisma/seed/seed";

/** The seeded owner signs in by e-mail link; the staff account exists only in e2e runs. */
export const E2E_OWNER_EMAIL = DEMO_ADMIN_EMAIL;
export const E2E_STAFF = {
  email: "assistenz@anliegen.example",
  name: "Sandra Assistenz",
  password: "e2e-Passwort-2026",
};
