// What an outbox row stores (sealed): the template, the version of its props' schema and the
// props. Rows queued before versions existed hold the bare props: they are version 1.
import { z } from "zod";

import { InvalidStoredJsonError } from "@/lib/versioned-json";

import { mailTemplates, type MailTemplateName, type MailTemplateProps } from "./templates";

export type MailEnvelope = { template: string; version: number; props: unknown };

/** The props validated by the template's current schema, ready to be sealed into the outbox. */
export function mailEnvelope<K extends MailTemplateName>(template: K, props: MailTemplateProps<K>): MailEnvelope {
  const schema = mailTemplates[template].props;
  return { template, version: schema.version, props: schema.parse(schema.version, props, `Mail "${template}"`) };
}

const envelopeSchema = z.strictObject({
  template: z.string(),
  version: z.number().int().positive(),
  props: z.unknown(),
});

/** What deliver-mail leaves of a sensitive mail once it was sent. */
const erasedSchema = z.strictObject({ erased: z.string() });

/** The version and props an opened payload holds. */
export function readMailEnvelope(template: string, opened: unknown): { version: number; props: unknown } {
  const envelope = envelopeSchema.safeParse(opened);
  if (envelope.success) {
    if (envelope.data.template !== template) {
      throw new InvalidStoredJsonError(`Mail "${template}" holds the props of "${envelope.data.template}".`);
    }
    return { version: envelope.data.version, props: envelope.data.props };
  }
  if (erasedSchema.safeParse(opened).success) {
    throw new InvalidStoredJsonError(`Mail "${template}" was sent and its props erased: they held a credential.`);
  }
  return { version: 1, props: opened };
}
