type TestimonialQuoteProps = {
  testimonial: { quote: string; authorName: string; authorRole: string; organisation: string };
  className?: string;
};

/** A client's quote with its author; only consented quotes ever reach this component. */
export function TestimonialQuote({ testimonial, className = "" }: TestimonialQuoteProps) {
  const author = [testimonial.authorName, testimonial.authorRole].filter(Boolean).join(", ");
  return (
    <figure
      className={`rounded-lg border-l-4 border-brand bg-white p-6 shadow-sm print:break-inside-avoid ${className}`}
    >
      <blockquote className="text-lg italic">«{testimonial.quote}»</blockquote>
      <figcaption className="mt-4">
        <span className="font-semibold">{author}</span>
        <span className="block text-muted">{testimonial.organisation}</span>
      </figcaption>
    </figure>
  );
}
