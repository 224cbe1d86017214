import { Link, Text } from "@react-email/components";

import { formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { EmailLayout, emailHeading, emailMuted, emailText } from "./layout";

export type DigestInquiry = {
  reference: string;
  organisationName: string;
  contactName: string;
  /** ISO instants; shown in Zurich time. */
  receivedAt: string;
  responseDueAt: string;
  url: string;
};

export type InquiryDigestEmailProps = {
  /** The Zurich date the digest is for, e.g. "27.11.2026". */
  date: string;
  overdue: DigestInquiry[];
  fresh: DigestInquiry[];
  listUrl: string;
};

export function inquiryDigestSubject(props: InquiryDigestEmailProps, locale?: Locale): string {
  const m = mailMessages(locale).inquiries.digest;
  const parts = [
    props.overdue.length ? fill(m.overdueCount, { count: props.overdue.length }) : "",
    props.fresh.length ? fill(m.freshCount, { count: props.fresh.length }) : "",
  ].filter(Boolean);
  return fill(m.subject, { date: props.date, counts: parts.join(", ") });
}

function InquiryLines({
  title,
  items,
  overdue,
  locale,
}: { title: string; items: DigestInquiry[]; overdue: boolean } & MailLocaleProps) {
  if (items.length === 0) return null;
  const m = mailMessages(locale).inquiries.digest;
  return (
    <>
      <Text style={{ ...emailHeading, fontSize: "18px" }}>{title}</Text>
      {items.map((item) => (
        <Text key={item.reference} style={emailText}>
          <Link href={item.url}>{`${item.reference}: ${item.organisationName}`}</Link>
          <br />
          {overdue
            ? fill(m.overdueLine, { contact: item.contactName, due: formatDateTime(new Date(item.responseDueAt)) })
            : fill(m.freshLine, { contact: item.contactName, received: formatDateTime(new Date(item.receivedAt)) })}
        </Text>
      ))}
    </>
  );
}

/** The consultant's morning overview: inquiries past their response time, and new ones. */
export function InquiryDigestEmail(props: InquiryDigestEmailProps & MailLocaleProps) {
  const m = mailMessages(props.locale).inquiries.digest;
  return (
    <EmailLayout locale={props.locale} preview={inquiryDigestSubject(props, props.locale)}>
      <Text style={emailText}>{m.intro}</Text>
      <InquiryLines title={m.overdueHeading} items={props.overdue} overdue locale={props.locale} />
      <InquiryLines title={m.freshHeading} items={props.fresh} overdue={false} locale={props.locale} />
      <Text style={emailMuted}>
        <Link href={props.listUrl}>{m.allOpen}</Link>
      </Text>
    </EmailLayout>
  );
}

const sample: DigestInquiry = {
  reference: "ANF-2026-0042",
  organisationName: "Strassenverkehrsamt Bern",
  contactName: "Zoë Müller-Brügger",
  receivedAt: "2026-11-24T08:15:00.000Z",
  responseDueAt: "2026-11-26T08:15:00.000Z",
  url: "http://localhost:3000/admin/anfragen/ANF-2026-0042",
};

InquiryDigestEmail.PreviewProps = {
  date: "27.11.2026",
  overdue: [sample],
  fresh: [
    {
      ...sample,
      reference: "ANF-2026-0043",
      organisationName: "Kirchgemeinde Muri",
      url: "http://localhost:3000/admin/anfragen/ANF-2026-0043",
    },
  ],
  listUrl: "http://localhost:3000/admin/anfragen?status=offen",
} satisfies InquiryDigestEmailProps;

export default InquiryDigestEmail;
