import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
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
          <Table caption="Empfangene E-Mails" columns={["Zeit", "An", "Betreff"]} className="mt-8">
            {mails.map((mail) => (
              <TableRow key={mail.id}>
                <TableCell className="whitespace-nowrap">{mail.date ? formatDateTime(mail.date) : "–"}</TableCell>
                <TableCell>{mail.to}</TableCell>
                <TableCell>
                  <Link href={`/dev/mail/${mail.id}`} className="text-brand underline">
                    {mail.subject || "(ohne Betreff)"}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </Table>
        )}
      </Container>
    </main>
  );
}
