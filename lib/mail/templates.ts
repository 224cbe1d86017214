// Every e-mail the app sends, by name. The outbox stores the name and the props; the worker
// renders at send time, so a corrected template also applies to mails still waiting.
import type { ReactElement } from "react";

import { MessageEmail, type MessageEmailProps } from "@/emails/message";

import type { MailAttachment } from "./transport";

export type MailTemplate<P> = {
  component: (props: P) => ReactElement;
  subject: (props: P) => string;
  attachments?: (props: P) => MailAttachment[];
};

function defineTemplate<P>(template: MailTemplate<P>): MailTemplate<P> {
  return template;
}

export const mailTemplates = {
  message: defineTemplate<MessageEmailProps>({ component: MessageEmail, subject: (props) => props.subject }),
};

export type MailTemplateName = keyof typeof mailTemplates;
export type MailTemplateProps<K extends MailTemplateName> = Parameters<(typeof mailTemplates)[K]["component"]>[0];

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.hasOwn(mailTemplates, name);
}
