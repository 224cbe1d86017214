// The feedback form's validation messages (feedbackSchemaFor in lib/feedback/schemas.ts): a file
// of its own, because the browser loads them with the schema.

export const feedbackValidation = {
  rating: "Bitte wählen Sie eine Bewertung.",
  tooLong: "Bitte höchstens {max} Zeichen.",
  consent: "Bitte bestätigen Sie, dass das Zitat veröffentlicht werden darf, oder lassen Sie das Zitat leer.",
  quoteForm: "Bitte wählen Sie, wie Sie genannt werden möchten.",
  office: "Bitte nennen Sie Ihr Amt.",
  anonymousWithFullName: "Anonym antworten und mit vollem Namen zitiert werden geht nicht zusammen.",
};
