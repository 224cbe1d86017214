import Link from "next/link";
import { notFound } from "next/navigation";

import { Heading } from "@/components/ui/heading";
import { saveCatalogueItemAction } from "@/lib/catalogue/admin-actions";
import { getCatalogueItemForAdmin, getCatalogueOptions } from "@/lib/catalogue/admin-queries";
import { catalogueKindLabels, type CatalogueKind } from "@/lib/catalogue/admin-schemas";

import { CatalogueForm } from "./catalogue-form";
import { emptyValues } from "./form-specs";

type Props = { kind: CatalogueKind; id: string | null; listHref: string };

/** The page body for creating or editing one item: loads it, fills the form, binds the save action. */
export async function CatalogueEditor({ kind, id, listHref }: Props) {
  const [item, options] = await Promise.all([id ? getCatalogueItemForAdmin(kind, id) : null, getCatalogueOptions()]);
  if (id && !item) notFound();
  const stored: Record<string, unknown> = item ?? {};
  // Only the form's own fields, with "not set" as an empty input.
  const defaultValues = Object.fromEntries(
    Object.entries(emptyValues[kind]).map(([key, empty]) => [key, stored[key] ?? empty]),
  );
  const labels = catalogueKindLabels[kind];
  const title = item
    ? String(defaultValues.title ?? defaultValues.name ?? defaultValues.authorName)
    : `Neu: ${labels.singular}`;
  const slug = typeof stored.slug === "string" ? stored.slug : null;
  return (
    <>
      <p className="text-sm">
        <Link href={listHref} className="text-brand underline">
          {`Alle ${labels.plural}`}
        </Link>
      </p>
      <Heading className="mt-2">{title}</Heading>
      {slug ? <p className="mt-1 text-muted">{`Kurzadresse: ${slug}`}</p> : null}
      <div className="mt-6">
        <CatalogueForm
          kind={kind}
          id={id}
          defaultValues={defaultValues}
          options={options}
          editBase={listHref}
          action={saveCatalogueItemAction.bind(null, { kind, id })}
        />
      </div>
    </>
  );
}
