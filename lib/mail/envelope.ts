// What an outbox row stores (sealed): the template, the version of its props' schema, the props
// and the recipient's locale (decision 0034). Rows queued before versions existed hold the bare
// props: they are version 1; rows queued before locales were stored are in DEFAULT_MAIL_LOCALE.
import { z } from "zod";

import type { Locale } from "@/lib/i18n/messages";
import { InvalidStoredJsonError } from "@/lib/versioned-json";

import { DEFAULT_MAIL_LOCALE, isMailLocale } from "./locale";
import { mailTemplates, type MailTemplateName, type MailTemplateProps } from "./templates";

export type MailEnvelope = { template: string; version: number; props: unknown; locale: Locale };

/** The props validated by the template's current schema, with the language to write in, ready to be sealed. */
export function mailEnvelope<K extends MailTemplateName>(
  template: K,
  props: MailTemplateProps<K>,
  locale: Locale = DEFAULT_MAIL_LOCALE,
): MailEnvelope {
  const schema = mailTemplates[template].props;
  return {
    template,
    version: schema.version,
    props: schema.parse(schema.version, props, `Mail "${template}"`),
    locale,
  };
}

const envelopeSchema = z.strictObject({
  template: z.string(),
  version: z.number().int().positive(),
  props: z.unknown(),
  locale: z.string().optional(),
});

/** What deliver-mail leaves of a sensitive mail once it was sent. */
const erasedSchema = z.strictObject({ erased: z.string() });

/** The version, props and locale an opened payload holds. */
export function readMailEnvelope(
  template: string,
  opened: unknown,
): { version: number; props: unknown; locale: Locale } {
  const envelope = envelopeSchema.safeParse(opened);
  if (envelope.success) {
    if (envelope.data.template !== template) {
      throw new InvalidStoredJsonError(`Mail "${template}" holds the props of "${envelope.data.template}".`);
    }
    const locale = envelope.data.locale ?? DEFAULT_MAIL_LOCALE;
    if (!isMailLocale(locale)) {
      throw new InvalidStoredJsonError(`Mail "${template}" is written in "${locale}", which has no catalogue.`);
    }
    return { version: envelope.data.version, props: envelope.data.props, locale };
  }
  if (erasedSchema.safeParse(opened).success) {
    throw new InvalidStoredJsonError(`Mail "${template}" was sent and its props erased: they held a credential.`);
  }
  return { version: 1, props: opened, locale: DEFAULT_MAIL_LOCALE };
}
