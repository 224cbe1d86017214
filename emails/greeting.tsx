import { Text } from "@react-email/components";

import type { Salutation } from "@/lib/generated/prisma/enums";
import { greeting } from "@/lib/greeting";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { emailText } from "./layout";

/** Optional: a mail queued before salutations existed greets with the full name. */
export type GreetedMailProps = { salutation?: Salutation };

/** The mail's first line, "Guten Tag Frau Müller", through the one greeting function (lib/greeting.ts). */
export function Greeting({ name, salutation, locale }: { name: string; salutation?: Salutation } & MailLocaleProps) {
  return <Text style={emailText}>{greeting(name, salutation, mailMessages(locale).common.greeting)}</Text>;
}
