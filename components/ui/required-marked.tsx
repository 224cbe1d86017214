/** "Pflichtfelder sind mit * markiert; …" above a form: the star is read out as a word. */
export function RequiredMarked({ messages }: { messages: { before: string; star: string; after: string } }) {
  return (
    <p className="mt-4 text-muted">
      {messages.before} <span aria-hidden="true">*</span>
      <span className="sr-only">{messages.star}</span> {messages.after}
    </p>
  );
}
