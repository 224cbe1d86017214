import { Link, Text } from "@react-email/components";

import { formatDateTime } from "@/lib/format";

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

export function inquiryDigestSubject(props: InquiryDigestEmailProps): string {
  const parts = [
    props.overdue.length ? `${props.overdue.length} überfällig` : "",
    props.fresh.length ? `${props.fresh.length} neu` : "",
  ].filter(Boolean);
  return `Anfragen am ${props.date}: ${parts.join(", ")}`;
}

function InquiryLines({ title, items, overdue }: { title: string; items: DigestInquiry[]; overdue: boolean }) {
  if (items.length === 0) return null;
  return (
    <>
      <Text style={{ ...emailHeading, fontSize: "18px" }}>{title}</Text>
      {items.map((item) => (
        <Text key={item.reference} style={emailText}>
          <Link href={item.url}>{`${item.reference}: ${item.organisationName}`}</Link>
          <br />
          {overdue
            ? `${item.contactName} · Antwort war fällig am ${formatDateTime(new Date(item.responseDueAt))}`
            : `${item.contactName} · eingegangen am ${formatDateTime(new Date(item.receivedAt))}`}
        </Text>
      ))}
    </>
  );
}

/** The consultant's morning overview: inquiries past their response time, and new ones. */
export function InquiryDigestEmail(props: InquiryDigestEmailProps) {
  return (
    <EmailLayout preview={inquiryDigestSubject(props)}>
      <Text style={emailText}>Guten Morgen. Diese Anfragen warten auf Sie:</Text>
      <InquiryLines title="Überfällig" items={props.overdue} overdue />
      <InquiryLines title="Neu" items={props.fresh} overdue={false} />
      <Text style={emailMuted}>
        <Link href={props.listUrl}>Alle offenen Anfragen in der Verwaltung</Link>
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
