import path from "node:path";

/** Everything an e2e run writes lives here and is wiped when the run's server starts. */
export const E2E_DIR = path.resolve(".data/e2e");
export const E2E_MAIL_DIR = path.join(E2E_DIR, "mail");
/** The e2e server writes its database's address here, for tests that change content directly. */
export const E2E_DATABASE_URL_FILE = path.join(E2E_DIR, "database-url");
