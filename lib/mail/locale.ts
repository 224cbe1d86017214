// The language a mail is written in (decision 0034): stored with its props in the outbox envelope
// and handed to the template when it renders, which reads its texts from that catalogue's `mail`
// area. Client-safe: the templates import it.
import { catalogues, type Locale } from "@/lib/i18n/messages";

/** Every recipient's locale for now, and that of mails queued before locales were stored. */
export const DEFAULT_MAIL_LOCALE: Locale = "de-CH";

export function isMailLocale(value: string): value is Locale {
  return Object.hasOwn(catalogues, value);
}

/** Added by the renderer like the sign-off, never part of the stored props. */
export type MailLocaleProps = { locale?: Locale };

/** The mail texts of a locale. */
export function mailMessages(locale: Locale = DEFAULT_MAIL_LOCALE) {
  return catalogues[locale].mail;
}
