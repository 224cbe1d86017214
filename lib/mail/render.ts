import { render } from "@react-email/render";
import { createElement } from "react";

import type { MailSender } from "@/emails/sign-off";
import { readBusinessProfile } from "@/lib/business-profile/queries";
import { getDb } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/messages";
import { InvalidStoredJsonError } from "@/lib/versioned-json";

import { readMailEnvelope } from "./envelope";
import { openMailPayload } from "./sealed-payload";
import {
  isMailTemplateName,
  mailTemplates,
  type AttachmentContext,
  type MailTemplateDefinition,
  type OpenableMailTemplate,
} from "./templates";
import type { MailAttachment } from "./transport";

export type RenderedMail = {
  subject: string;
  html: string;
  text: string;
  attachments: MailAttachment[];
  sensitive: boolean;
};

/**
 * Template -> HTML and plain text. Unknown names and props that fit no version of the template's
 * schema fail loudly (InvalidStoredJsonError, which delivery does not retry): a typo must not
 * become an empty mail. `stored` is what an outbox row holds (its sealed payload, opened here,
 * or an unsealed envelope from `mailEnvelope`). Attachments that are rendered from the database
 * (a proposal PDF) need `context.db`; delivery always passes it.
 */
export async function renderMail(
  templateName: string,
  stored: unknown,
  context: AttachmentContext = {},
): Promise<RenderedMail> {
  if (!isMailTemplateName(templateName)) throw new InvalidStoredJsonError(`Unknown mail template: ${templateName}`);
  return renderWithTemplate(mailTemplates[templateName], templateName, stored, context);
}

/** `renderMail` with a given template; tests pass a later version of a registered one. */
export function renderWithTemplate(
  template: OpenableMailTemplate,
  templateName: string,
  stored: unknown,
  context: AttachmentContext = {},
): Promise<RenderedMail> {
  const { version, props, locale } = readMailEnvelope(templateName, openMailPayload(templateName, stored));
  return template.open(version, props, `Mail "${templateName}"`, (typed, parsed) =>
    renderParsed(typed, parsed, locale, context),
  );
}

async function renderParsed<P>(
  template: MailTemplateDefinition<P>,
  props: P,
  locale: Locale,
  context: AttachmentContext,
): Promise<RenderedMail> {
  // The sign-off is read now, not stored with the mail: a profile filled in later also signs the
  // mails still waiting, and no outbox row carries a stale name.
  const sender = await mailSender(context.db ?? getDb());
  const element = createElement(template.component, { ...props, sender, locale });
  const [html, text, attachments] = await Promise.all([
    render(element),
    render(element, { plainText: true }),
    template.attachments?.(props, context) ?? [],
  ]);
  return {
    subject: template.subject(props, locale),
    html,
    text,
    attachments,
    sensitive: template.sensitive ?? false,
  };
}

/** The consultant who signs client mails, from the business profile; without a name, the site signs. */
async function mailSender(db: Database): Promise<MailSender> {
  const profile = await readBusinessProfile(db);
  return {
    name: profile.name || profile.businessName,
    contactLines: [profile.email, profile.phone, profile.website].filter(Boolean),
  };
}

/** Renders a stored outbox row as it will be (or was) sent; with `db`, including rendered documents. */
export function renderOutboxMessage(
  message: { template: string; payload: unknown },
  context: AttachmentContext = {},
): Promise<RenderedMail> {
  return renderMail(message.template, message.payload, context);
}
