// Limits the call form shows before sending; without zod, so the form's first-load JavaScript stays small (0016).

/** What the visitor may write about the call, shown with a live counter. */
export const TOPIC_MAX = 2000;
