// Every e-mail the app sends, by name. The outbox stores the name and the props; the worker
// renders at send time, so a corrected template also applies to mails still waiting.
import type { ReactElement } from "react";

import { MessageEmail, type MessageEmailProps } from "@/emails/message";
import { SignInLinkEmail, type SignInLinkEmailProps } from "@/emails/sign-in-link";

import type { MailAttachment } from "./transport";

export type MailTemplate<P> = {
  component: (props: P) => ReactElement;
  subject: (props: P) => string;
  attachments?: (props: P) => MailAttachment[];
  /** The props hold a credential (a sign-in link): they are erased once the mail is sent. */
  sensitive?: boolean;
};

function defineTemplate<P>(template: MailTemplate<P>): MailTemplate<P> {
  return template;
}

export const mailTemplates = {
  message: defineTemplate<MessageEmailProps>({ component: MessageEmail, subject: (props) => props.subject }),
  "sign-in-link": defineTemplate<SignInLinkEmailProps>({
    component: SignInLinkEmail,
    subject: () => "Ihr Anmeldelink für Anliegen",
    sensitive: true,
  }),
};

export type MailTemplateName = keyof typeof mailTemplates;
export type MailTemplateProps<K extends MailTemplateName> = Parameters<(typeof mailTemplates)[K]["component"]>[0];

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.hasOwn(mailTemplates, name);
}
