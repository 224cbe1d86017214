import { common } from "./common";
import { pages } from "./pages";
import { site } from "./site";

/** The Swiss Standard German catalogue: the source every other language's catalogue follows. */
export const deCH = {
  common,
  site,
  // Public pages' own texts (decision 0034, step 2).
  pages,
};
