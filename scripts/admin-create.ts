// `npm run admin:create -- <email> [--role owner|staff] [--name "Vorname Name"] [--with-password]`
// Creates an admin account. Sign-in is by e-mail link; --with-password also sets a random
// password and prints it once.
import { randomBytes } from "node:crypto";

import { createAdminUser } from "@/lib/auth/users";
import { createDatabaseClient } from "@/lib/db/client";

import { describeDatabase, withConfiguredDatabase } from "./database";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const email = args.find(
  (arg, index) =>
    !arg.startsWith("--") && !args[index - 1]?.startsWith("--role") && !args[index - 1]?.startsWith("--name"),
);
const role = (flag("--role") ?? "staff").toUpperCase();

if (!email || !email.includes("@") || (role !== "OWNER" && role !== "STAFF")) {
  console.error(
    'Usage: npm run admin:create -- <email> [--role owner|staff] [--name "Vorname Name"] [--with-password]',
  );
  process.exit(2);
}

const password = args.includes("--with-password") ? randomBytes(18).toString("base64url") : undefined;

await withConfiguredDatabase(async (url) => {
  console.log(`Database: ${describeDatabase(url)}`);
  const db = createDatabaseClient(url, { max: 1 });
  try {
    const { user, created } = await createAdminUser(db, {
      email,
      role: role as "OWNER" | "STAFF",
      name: flag("--name"),
      password,
    });
    if (!created) {
      console.log(`${user.email} already has an account (${user.role.toLowerCase()}); nothing changed.`);
      return;
    }
    console.log(`Created ${user.role.toLowerCase()} account ${user.email}.`);
    console.log(`Sign in at ${process.env.APP_URL ?? "http://localhost:3000"}/admin/anmelden with an e-mail link`);
    console.log("(without SMTP_URL the link lands in the dev mailbox at /dev/mail).");
    if (password) console.log(`Initial password (shown once, change it after signing in): ${password}`);
  } finally {
    await db.$disconnect();
  }
});
