// The common messages a visitor or the consultant reads in more than one place, worded once.
// Plain strings, safe in the client bundle; a domain's own messages stay beside its rules.

/** A request that never got an answer (offline, server restarting): nothing was saved. */
export const CONNECTION_LOST_MESSAGE = "Die Verbindung ist unterbrochen. Bitte versuchen Sie es noch einmal.";

/** The same for a form, which keeps what was typed. */
export const CONNECTION_LOST_FORM_MESSAGE =
  "Die Verbindung ist unterbrochen. Ihre Eingaben sind erhalten: Bitte versuchen Sie es noch einmal.";

/** A public action's rate limit was reached (portal answers, bookings, calls). */
export const TOO_MANY_ATTEMPTS_MESSAGE = "Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.";

/** A form whose fields were refused; the error summary lists them (components/form/error-summary.tsx). */
export const CHECK_INPUT_MESSAGE = "Bitte prüfen Sie die markierten Angaben.";
