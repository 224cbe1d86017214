import { getEnv } from "@/lib/env";

import { createMailTransport, type MailTransport } from "./transport";

declare global {
  var anliegenMailTransport: MailTransport | undefined;
}
const globalForMail = globalThis;

/** The process's mail transport: SMTP when SMTP_URL is set (unless MAIL_TRANSPORT=file), else the dev mailbox folder. */
export function getMailTransport(): MailTransport {
  const env = getEnv();
  const smtpUrl = env.MAIL_TRANSPORT === "file" ? undefined : env.SMTP_URL;
  globalForMail.anliegenMailTransport ??= createMailTransport({ smtpUrl, mailDir: env.MAIL_DIR });
  return globalForMail.anliegenMailTransport;
}
