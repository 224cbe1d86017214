import { Fragment } from "react";

import { parseRichText, splitLinks } from "@/lib/rich-text";

type RichTextProps = {
  text: string;
  /** Level of the body's "## " headings, below the page's own headings. */
  headingLevel?: 2 | 3;
  className?: string;
};

/**
 * Renders an editable page body (format: lib/rich-text.ts). Everything becomes React text, so
 * markup typed into a body is shown as typed and never interpreted as HTML.
 */
export function RichText({ text, headingLevel = 2, className = "" }: RichTextProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={`max-w-3xl space-y-4 text-lg ${className}`}>
      {parseRichText(text).map((block, index) => {
        switch (block.type) {
          case "heading":
            return (
              <Heading key={index} className="pt-4 text-2xl font-bold text-brand-dark">
                {block.text}
              </Heading>
            );
          case "list":
            return (
              <ul key={index} className="list-disc space-y-1 pl-6">
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    <Inline text={item} />
                  </li>
                ))}
              </ul>
            );
          case "quote":
            return (
              <figure key={index} className="border-l-4 border-brand py-1 pl-5">
                <blockquote className="space-y-2 text-xl italic">
                  {block.lines.map((line, lineIndex) => (
                    <p key={lineIndex}>{line}</p>
                  ))}
                </blockquote>
                {block.source ? <figcaption className="mt-3 font-semibold">{block.source}</figcaption> : null}
              </figure>
            );
          case "paragraph":
            return (
              <p key={index}>
                {block.lines.map((line, lineIndex) => (
                  <Fragment key={lineIndex}>
                    {lineIndex > 0 ? <br /> : null}
                    <Inline text={line} />
                  </Fragment>
                ))}
              </p>
            );
        }
      })}
    </div>
  );
}

function Inline({ text }: { text: string }) {
  return splitLinks(text).map((segment, index) =>
    segment.type === "link" ? (
      <a key={index} href={segment.href} className="font-semibold text-brand underline hover:text-brand-dark">
        {segment.text}
      </a>
    ) : (
      <Fragment key={index}>{segment.text}</Fragment>
    ),
  );
}
