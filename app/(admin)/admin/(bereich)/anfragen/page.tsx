import type { Metadata } from "next";
import Link from "next/link";

import { FilterSelect, filterInputClasses } from "@/components/admin/filter-select";
import { InquiryKindTag } from "@/components/admin/inquiries/inquiry-kind-tag";
import { InquiryStatusTag } from "@/components/admin/inquiries/inquiry-status-tag";
import { Pagination } from "@/components/admin/pagination";
import { Button } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/guards";
import { formatDate, formatDateTime, pluralText } from "@/lib/format";
import { listInquiriesForAdmin } from "@/lib/inquiries/admin-queries";
import {
  inquiryKindFilters,
  inquiryListFilterSchema,
  inquiryStatusFilters,
  type InquiryKindFilter,
  type InquiryListFilter,
} from "@/lib/inquiries/admin-schemas";
import { inquiryStatusLabels, isInquiryOverdue } from "@/lib/inquiries/rules";
import { inquiryKindLabels } from "@/lib/labels";

export const metadata: Metadata = { title: "Anfragen" };

const statusFilterLabels: Record<(typeof inquiryStatusFilters)[number], string> = {
  offen: "Alle offenen",
  ueberfaellig: "Überfällige",
  ...inquiryStatusLabels,
};

const sortLabels: Record<InquiryListFilter["sort"], string> = {
  neueste: "Neueste zuerst",
  aelteste: "Älteste zuerst",
  faellig: "Nach Antwortfrist",
  organisation: "Nach Organisation",
};

function pageHref(filter: InquiryListFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.status) params.set("status", filter.status);
  if (filter.kind) params.set("art", filter.kind);
  if (filter.q) params.set("q", filter.q);
  if (filter.sort !== "neueste") params.set("sort", filter.sort);
  if (page > 1) params.set("seite", String(page));
  const query = params.toString();
  return query ? `/admin/anfragen?${query}` : "/admin/anfragen";
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminInquiriesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin();
  const raw = await searchParams;
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const filter = inquiryListFilterSchema.parse({
    status: single(raw.status),
    kind: single(raw.art),
    q: single(raw.q),
    sort: single(raw.sort),
    page: single(raw.seite),
  });
  const now = new Date();
  const { rows, total, page, pageCount } = await listInquiriesForAdmin(filter, now);
  return (
    <>
      <Heading>Anfragen</Heading>
      <search>
        <form method="get" action="/admin/anfragen" className="mt-6 flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="suche" className="block font-semibold">
              Suche
            </label>
            <input
              id="suche"
              name="q"
              type="search"
              defaultValue={filter.q ?? ""}
              aria-describedby="suche-hinweis"
              className={filterInputClasses}
            />
            <p id="suche-hinweis" className="text-sm text-muted">
              Organisation, Kontaktperson, E-Mail oder Referenz
            </p>
          </div>
          <FilterSelect
            id="status"
            name="status"
            label="Status"
            value={filter.status ?? ""}
            all="Alle"
            options={inquiryStatusFilters.map((status) => ({ value: status, label: statusFilterLabels[status] }))}
          />
          <FilterSelect
            id="art"
            name="art"
            label="Anliegen"
            value={filter.kind ?? ""}
            all="Alle"
            options={(Object.keys(inquiryKindFilters) as InquiryKindFilter[]).map((kind) => ({
              value: kind,
              label: inquiryKindLabels[inquiryKindFilters[kind]],
            }))}
          />
          <FilterSelect
            id="sortierung"
            name="sort"
            label="Sortierung"
            value={filter.sort}
            options={Object.entries(sortLabels).map(([value, label]) => ({ value, label }))}
          />
          <Button type="submit">Anzeigen</Button>
        </form>
      </search>
      <p className="mt-4" role="status">
        {pluralText(total, "Anfrage", "Anfragen")}
        {pageCount > 1 ? `, Seite ${page} von ${pageCount}` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="mt-4">Keine Anfragen gefunden.</p>
      ) : (
        <Table
          caption="Anfragen mit Status und Antwortfrist"
          columns={["Referenz", "Anliegen", "Organisation", "Kontakt", "Eingang", "Antwort bis", "Status"]}
          className="mt-4"
        >
          {rows.map((inquiry) => {
            const overdue = isInquiryOverdue(inquiry, now);
            return (
              <TableRow key={inquiry.id} className={overdue ? "border-l-4 border-l-danger" : ""}>
                <TableCell>
                  <Link href={`/admin/anfragen/${inquiry.reference}`} className="font-semibold text-brand underline">
                    {inquiry.reference}
                  </Link>
                </TableCell>
                <TableCell>
                  <InquiryKindTag kind={inquiry.kind} />
                </TableCell>
                <TableCell>
                  {inquiry.organisationName}
                  {inquiry.course ? <span className="block text-sm text-muted">{inquiry.course.title}</span> : null}
                </TableCell>
                <TableCell>{inquiry.contactName}</TableCell>
                <TableCell>{formatDate(inquiry.receivedAt)}</TableCell>
                <TableCell className={overdue ? "font-semibold text-danger" : ""}>
                  {inquiry.firstResponseAt ? "beantwortet" : formatDateTime(inquiry.responseDueAt)}
                </TableCell>
                <TableCell>
                  <InquiryStatusTag status={inquiry.status} overdue={overdue} />
                </TableCell>
              </TableRow>
            );
          })}
        </Table>
      )}
      <Pagination page={page} pageCount={pageCount} href={(target) => pageHref(filter, target)} />
    </>
  );
}
