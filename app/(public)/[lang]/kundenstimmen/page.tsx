import type { Metadata } from "next";

import { CallToAction } from "@/components/content/call-to-action";
import { CourseLinks } from "@/components/content/course-links";
import { ReferenceClientList } from "@/components/content/reference-client-list";
import { TestimonialQuote } from "@/components/content/testimonial-quote";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { cachedReferenceClients, cachedTestimonials } from "@/lib/catalogue/cached";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Kundenstimmen",
  description:
    "Was Teams aus Verwaltungen und Kundendiensten über die Kurse sagen, und mit welchen Ämtern und Stellen ich gearbeitet habe.",
  path: "/kundenstimmen",
});

export default async function TestimonialsPage() {
  const [testimonials, referenceClients] = await Promise.all([cachedTestimonials(), cachedReferenceClients()]);

  return (
    <>
      <PageHeader
        eyebrow="Erfahrungen"
        title="Kundenstimmen"
        lead="Rückmeldungen von Teams, mit denen ich gearbeitet habe. Jede Stimme erscheint mit dem Einverständnis der Person."
      />
      <Container className="py-10">
        {testimonials.length === 0 ? <p>Zurzeit sind keine Kundenstimmen veröffentlicht.</p> : null}
        <ul className="space-y-8">
          {testimonials.map((testimonial) => (
            <li key={testimonial.id}>
              <TestimonialQuote testimonial={testimonial} className="max-w-4xl" />
              <CourseLinks label="Zum Kurs" courses={testimonial.courses} />
            </li>
          ))}
        </ul>
      </Container>
      {referenceClients.length > 0 ? (
        <Section
          id="referenzen"
          title="Referenzen"
          tone="sand"
          intro="Unter anderem mit Teams dieser Ämter und Stellen:"
        >
          <ReferenceClientList clients={referenceClients} />
        </Section>
      ) : null}
      <CallToAction />
    </>
  );
}
