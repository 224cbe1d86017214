// Messages a visitor or the consultant reads in more than one place, worded once (decision 0034).

export const common = {
  /** A request that never got an answer (offline, server restarting): nothing was saved. */
  connectionLost: "Die Verbindung ist unterbrochen. Bitte versuchen Sie es noch einmal.",
  /** The same for a form, which keeps what was typed. */
  connectionLostForm:
    "Die Verbindung ist unterbrochen. Ihre Eingaben sind erhalten: Bitte versuchen Sie es noch einmal.",
  /** A public action's rate limit was reached (portal answers, bookings, calls). */
  tooManyAttempts: "Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.",
  /** A form whose fields were refused; the error summary lists them. */
  checkInput: "Bitte prüfen Sie die markierten Angaben.",
};
