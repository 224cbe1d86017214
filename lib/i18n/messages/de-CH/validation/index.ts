// The public forms' validation messages, one module per form or shared field (decision 0034,
// step 2). A schema imports only its own module, never this index or the catalogue, because the
// browser loads it.
import { bookingValidation } from "./booking";
import { callBookingValidation } from "./call-booking";
import { emailValidation } from "./email";
import { feedbackValidation } from "./feedback";
import { followUpValidation } from "./follow-up";
import { registrationValidation } from "./registration";
import { salutationValidation } from "./salutation";

export const validation = {
  salutation: salutationValidation,
  email: emailValidation,
  booking: bookingValidation,
  callBooking: callBookingValidation,
  registration: registrationValidation,
  feedback: feedbackValidation,
  followUp: followUpValidation,
};
