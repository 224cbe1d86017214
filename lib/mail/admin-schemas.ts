// Inputs of the e-mail log: its URL filter and the resend button. Safe in the client bundle.
import { z } from "zod";

import { OutboxStatus } from "@/lib/generated/prisma/enums";

export const MAIL_PAGE_SIZE = 50;

export const mailLogFilterSchema = z.object({
  status: z.enum(OutboxStatus).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type MailLogFilter = z.infer<typeof mailLogFilterSchema>;

export const resendMailSchema = z.object({ id: z.uuid("Diese E-Mail gibt es nicht.") });
