import Link from "next/link";

/** The link back to an inquiry's admin page, named by its reference. */
export function InquiryLink({ reference }: { reference: string }) {
  return (
    <Link href={`/admin/anfragen/${reference}`} className="text-brand underline">
      {`Anfrage ${reference}`}
    </Link>
  );
}
