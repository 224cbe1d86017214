type TestimonialQuoteProps = {
  testimonial: { quote: string; authorName: string; authorRole: string; organisation: string };
  className?: string;
};

/** A client's quote with its author; only consented quotes ever reach this component. */
export function TestimonialQuote({ testimonial, className = "" }: TestimonialQuoteProps) {
  // One line, as the consultant wrote it: "C.M., Amt in der Bundesverwaltung".
  const attribution = [testimonial.authorName, testimonial.authorRole, testimonial.organisation]
    .filter(Boolean)
    .join(", ");
  return (
    <figure
      className={`rounded-lg border-l-4 border-brand bg-white p-6 shadow-sm print:break-inside-avoid ${className}`}
    >
      <blockquote className="text-lg italic">«{testimonial.quote}»</blockquote>
      <figcaption className="mt-4 font-semibold">{attribution}</figcaption>
    </figure>
  );
}
