import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { formatDateTime } from "@/lib/format";
import { requireDevMailbox } from "@/lib/mail/dev-mailbox";
import { listMailbox } from "@/lib/mail/mailbox";

export const metadata: Metadata = { title: "Dev-Postfach", robots: { index: false } };

export default async function DevMailboxPage() {
  await connection();
  const mailDir = requireDevMailbox();
  const mails = await listMailbox(mailDir);

  return (
    <main id="inhalt" className="py-10">
      <Container>
        <Heading>Dev-Postfach</Heading>
        <p className="mt-2 text-muted">
          Ohne SMTP_URL landet jede ausgehende E-Mail hier (Ordner <code>{mailDir}</code>), die neueste zuerst.
        </p>
        {mails.length === 0 ? (
          <p className="mt-8">Noch keine E-Mails.</p>
        ) : (
          <table className="mt-8 w-full border-collapse text-left">
            <caption className="sr-only">Empfangene E-Mails</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  Zeit
                </th>
                <th scope="col" className="py-2 pr-4">
                  An
                </th>
                <th scope="col" className="py-2">
                  Betreff
                </th>
              </tr>
            </thead>
            <tbody>
              {mails.map((mail) => (
                <tr key={mail.id} className="border-b border-line">
                  <td className="py-2 pr-4 whitespace-nowrap">{mail.date ? formatDateTime(mail.date) : "–"}</td>
                  <td className="py-2 pr-4">{mail.to}</td>
                  <td className="py-2">
                    <Link href={`/dev/mail/${mail.id}`} className="text-brand underline">
                      {mail.subject || "(ohne Betreff)"}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Container>
    </main>
  );
}
