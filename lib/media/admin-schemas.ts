import { z } from "zod";

import { ALT_TEXT_MAX, ALT_TEXT_MIN, UPLOAD_MESSAGES } from "./rules";

/** Which picture an admin form acts on; bound by the page, checked again on the server. */
export const courseImageTargetSchema = z.object({ courseId: z.uuid("Unbekannter Kurs.") });

const altText = z
  .string({ error: "Bitte beschreiben Sie, was auf dem Bild zu sehen ist." })
  .trim()
  .min(ALT_TEXT_MIN, `Bitte beschreiben Sie in mindestens ${ALT_TEXT_MIN} Zeichen, was auf dem Bild zu sehen ist.`)
  .max(ALT_TEXT_MAX, `Höchstens ${ALT_TEXT_MAX} Zeichen.`);

/**
 * The upload form: the alternative text, and the file. Without a file (an empty file input sends
 * a File of size 0) only the text of the current picture changes.
 */
export const imageUploadSchema = z.object({
  altText,
  file: z
    .instanceof(File, { error: UPLOAD_MESSAGES.missing })
    .nullish()
    .transform((file) => (file && file.size > 0 ? file : null)),
});

export type ImageUploadInput = z.infer<typeof imageUploadSchema>;

/**
 * The form's fields as the upload route reads them from the posted form data. An empty file
 * field is no file, whether it arrives as an empty File (browsers: filename="") or as an empty
 * text part (a client that leaves the filename out).
 */
export function imageUploadFields(formData: FormData): Record<string, unknown> {
  const file = formData.get("file");
  return { altText: formData.get("altText") ?? undefined, file: file === "" ? null : file };
}
