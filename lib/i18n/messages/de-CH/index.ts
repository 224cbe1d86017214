import { common } from "./common";
import { site } from "./site";

/** The Swiss Standard German catalogue: the source every other language's catalogue follows. */
export const deCH = { common, site };
