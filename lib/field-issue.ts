// A refinement's refusal at one field, worded once for every schema: the form shows the message
// beside that field, as it does for the field's own checks. Plain zod, safe in the client bundle.
import type { z } from "zod";

export function refuseField(context: z.RefinementCtx, field: string, message: string): void {
  context.addIssue({ code: "custom", path: [field], message });
}
