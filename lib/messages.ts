// The common messages a visitor or the consultant reads in more than one place, worded once in the
// message catalogue (lib/i18n, decision 0034); these names stay for the many callers. Client
// components import them, so this reads the one catalogue area it needs rather than every
// language's catalogue. A domain's own messages stay beside its rules.
import { common } from "@/lib/i18n/messages/de-CH/common";

/** A request that never got an answer (offline, server restarting): nothing was saved. */
export const CONNECTION_LOST_MESSAGE = common.connectionLost;

/** The same for a form, which keeps what was typed. */
export const CONNECTION_LOST_FORM_MESSAGE = common.connectionLostForm;

/** A public action's rate limit was reached (portal answers, bookings, calls). */
export const TOO_MANY_ATTEMPTS_MESSAGE = common.tooManyAttempts;

/** A form whose fields were refused; the error summary lists them (components/form/error-summary.tsx). */
export const CHECK_INPUT_MESSAGE = common.checkInput;
