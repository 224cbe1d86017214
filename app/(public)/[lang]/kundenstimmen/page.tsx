import type { Metadata } from "next";

import { CallToAction } from "@/components/content/call-to-action";
import { CourseLinks } from "@/components/content/course-links";
import { ReferenceClientList } from "@/components/content/reference-client-list";
import { TestimonialQuote } from "@/components/content/testimonial-quote";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { cachedReferenceClients, cachedTestimonials } from "@/lib/catalogue/cached";
import { messagesOf } from "@/lib/i18n/params";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { testimonials } = (await messagesOf(params)).pages;
  return pageMetadata({ title: testimonials.title, description: testimonials.description, path: "/kundenstimmen" });
}

export default async function TestimonialsPage({ params }: Props) {
  const { testimonials: messages, shared, content } = (await messagesOf(params)).pages;
  const [testimonials, referenceClients] = await Promise.all([cachedTestimonials(), cachedReferenceClients()]);

  return (
    <>
      <PageHeader eyebrow={messages.eyebrow} title={messages.title} lead={messages.lead} />
      <Container className="py-10">
        {testimonials.length === 0 ? <p>{messages.empty}</p> : null}
        <ul className="space-y-8">
          {testimonials.map((testimonial) => (
            <li key={testimonial.id}>
              <TestimonialQuote testimonial={testimonial} className="max-w-4xl" />
              <CourseLinks label={shared.toCourse} courses={testimonial.courses} />
            </li>
          ))}
        </ul>
      </Container>
      {referenceClients.length > 0 ? (
        <Section id="referenzen" title={shared.references} tone="sand" intro={shared.referencesIntro}>
          <ReferenceClientList clients={referenceClients} />
        </Section>
      ) : null}
      <CallToAction texts={content.callToAction} />
    </>
  );
}
