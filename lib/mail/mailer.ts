import { getEnv } from "@/lib/env";

import { createMailTransport, type MailTransport } from "./transport";

const globalForMail = globalThis as unknown as { anliegenMailTransport?: MailTransport };

/** The process's mail transport: SMTP when SMTP_URL is set, else the dev mailbox folder. */
export function getMailTransport(): MailTransport {
  const env = getEnv();
  globalForMail.anliegenMailTransport ??= createMailTransport({ smtpUrl: env.SMTP_URL, mailDir: env.MAIL_DIR });
  return globalForMail.anliegenMailTransport;
}
