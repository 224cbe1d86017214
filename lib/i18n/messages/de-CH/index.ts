import { common } from "./common";
import { form } from "./form";
import { labels } from "./labels";
import { mail } from "./mail";
import { pages } from "./pages";
import { site } from "./site";
import { validation } from "./validation";

/** The Swiss Standard German catalogue: the source every other language's catalogue follows. */
export const deCH = {
  common,
  site,
  // Step 3 of decision 0034: the enumerations' labels and the mails' own texts.
  labels,
  mail,
  // Public pages' own texts (decision 0034, step 2).
  pages,
  // The public forms' validation messages (decision 0034, step 2).
  validation,
  // The public form kit's own words (decision 0034, step 2).
  form,
};
