import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { formatDateTime } from "@/lib/format";
import { requireDevMailbox } from "@/lib/mail/dev-mailbox";
import { readMailboxEntry } from "@/lib/mail/mailbox";

export const metadata: Metadata = { title: "E-Mail im Dev-Postfach", robots: { index: false } };

export default async function DevMailPage({ params }: { params: Promise<{ id: string }> }) {
  const mailDir = requireDevMailbox();
  const { id } = await params;
  const mail = await readMailboxEntry(mailDir, id);
  if (!mail) notFound();

  return (
    <main id="inhalt" className="py-10">
      <Container>
        <p>
          <Link href="/dev/mail" className="text-brand underline">
            Zurück zum Dev-Postfach
          </Link>
        </p>
        <Heading size="compact" className="mt-4">
          {mail.subject || "(ohne Betreff)"}
        </Heading>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">Von</dt>
          <dd>{mail.from}</dd>
          <dt className="font-semibold">An</dt>
          <dd>{mail.to}</dd>
          <dt className="font-semibold">Zeit</dt>
          <dd>{mail.date ? formatDateTime(mail.date) : "–"}</dd>
          {mail.attachments.length > 0 ? (
            <>
              <dt className="font-semibold">Anhänge</dt>
              <dd>{mail.attachments.map((attachment) => attachment.filename).join(", ")}</dd>
            </>
          ) : null}
        </dl>
        {mail.html ? (
          <section aria-labelledby="html-titel" className="mt-8">
            <h2 id="html-titel" className="text-xl font-bold">
              HTML-Fassung
            </h2>
            {/* An empty sandbox: the mail's markup can neither run scripts nor reach this page. */}
            <iframe
              title="HTML-Fassung der E-Mail"
              sandbox=""
              srcDoc={mail.html}
              className="mt-2 h-[32rem] w-full rounded border border-line bg-white"
            />
          </section>
        ) : null}
        <section aria-labelledby="text-titel" className="mt-8">
          <h2 id="text-titel" className="text-xl font-bold">
            Text-Fassung
          </h2>
          <pre className="mt-2 whitespace-pre-wrap rounded border border-line bg-white p-4 font-sans">{mail.text}</pre>
        </section>
      </Container>
    </main>
  );
}
