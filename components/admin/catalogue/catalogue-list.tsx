import Link from "next/link";

import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import {
  deleteCatalogueItemAction,
  moveCatalogueItemAction,
  setCatalogueItemPublishedAction,
} from "@/lib/catalogue/admin-actions";
import type { CatalogueRow } from "@/lib/catalogue/admin-queries";
import { catalogueKindAbilities, catalogueKindLabels, type CatalogueKind } from "@/lib/catalogue/admin-schemas";

import { CatalogueRowActions } from "./row-actions";

type Props = { kind: CatalogueKind; rows: CatalogueRow[]; editHref: (id: string) => string; newHref: string };

/** One kind of catalogue content in its public order, with the actions on each item. */
export function CatalogueList({ kind, rows, editHref, newHref }: Props) {
  const labels = catalogueKindLabels[kind];
  const abilities = catalogueKindAbilities[kind];
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <Heading>{labels.plural}</Heading>
        {abilities.create ? (
          <Link href={newHref} className="rounded-md bg-brand px-4 py-2 font-semibold text-white no-underline">
            {`Neu: ${labels.singular}`}
          </Link>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="mt-6">Noch keine Einträge.</p>
      ) : (
        <Table
          caption={`${labels.plural} in der Reihenfolge der öffentlichen Seiten`}
          columns={["Titel", "Status", "Aktionen"]}
          className="mt-6"
        >
          {rows.map((row, index) => (
            <TableRow key={row.id}>
              <TableCell>
                <Link href={editHref(row.id)} className="font-semibold text-brand underline">
                  {row.title}
                </Link>
                <span className="block text-sm text-muted">
                  {[row.slug ? `/${row.slug}` : "", row.note].filter(Boolean).join(" · ")}
                </span>
              </TableCell>
              <TableCell>
                {row.published === null ? "Öffentlich" : row.published ? "Veröffentlicht" : "Nicht veröffentlicht"}
              </TableCell>
              <TableCell>
                <CatalogueRowActions
                  kind={kind}
                  id={row.id}
                  title={row.title}
                  published={row.published ?? true}
                  abilities={abilities}
                  first={index === 0}
                  last={index === rows.length - 1}
                  move={moveCatalogueItemAction}
                  publish={setCatalogueItemPublishedAction}
                  remove={deleteCatalogueItemAction}
                />
              </TableCell>
            </TableRow>
          ))}
        </Table>
      )}
    </>
  );
}
