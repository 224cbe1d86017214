import { z } from "zod";

/**
 * The hidden "website" field of public forms. A filled one must pass validation so that the
 * action can answer a bot with a quiet success and store nothing; a validation error would
 * tell the bot what to change.
 */
export const honeypotSchema = z.string().max(500).optional();
