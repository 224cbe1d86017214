"use client";

import type { ActionResult } from "@/lib/action-result";
import type { CatalogueKind } from "@/lib/catalogue/admin-schemas";

import { useRowAction } from "../use-row-action";

type Ref = { kind: CatalogueKind; id: string };

type Props = Ref & {
  title: string;
  published: boolean;
  first: boolean;
  last: boolean;
  abilities: { reorder: boolean; publish: boolean; remove: boolean };
  move: (input: Ref & { direction: "up" | "down" }) => Promise<ActionResult<null>>;
  publish: (input: Ref & { published: boolean }) => Promise<ActionResult<null>>;
  remove: (input: Ref) => Promise<ActionResult<null>>;
};

const buttonClass = "rounded border border-brand px-2 py-1 text-sm font-semibold text-brand disabled:opacity-50";

/** Reorder, publish and delete one catalogue item; refusals (e.g. still in use) are read out. */
export function CatalogueRowActions({
  kind,
  id,
  title,
  published,
  first,
  last,
  abilities,
  move,
  publish,
  remove,
}: Props) {
  const { pending, error, run } = useRowAction();
  if (!abilities.reorder && !abilities.publish && !abilities.remove) return null;

  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {abilities.reorder ? (
          <>
            <button
              type="button"
              className={buttonClass}
              disabled={pending || first}
              aria-label={`${title} nach oben`}
              onClick={() => run(() => move({ kind, id, direction: "up" }))}
            >
              ↑
            </button>
            <button
              type="button"
              className={buttonClass}
              disabled={pending || last}
              aria-label={`${title} nach unten`}
              onClick={() => run(() => move({ kind, id, direction: "down" }))}
            >
              ↓
            </button>
          </>
        ) : null}
        {abilities.publish ? (
          <button
            type="button"
            className={buttonClass}
            disabled={pending}
            aria-label={`${title} ${published ? "nicht mehr veröffentlichen" : "veröffentlichen"}`}
            onClick={() => run(() => publish({ kind, id, published: !published }))}
          >
            {published ? "Verbergen" : "Veröffentlichen"}
          </button>
        ) : null}
        {abilities.remove ? (
          <button
            type="button"
            className={`${buttonClass} border-danger text-danger`}
            disabled={pending}
            aria-label={`${title} löschen`}
            onClick={() => {
              if (window.confirm(`«${title}» endgültig löschen?`)) void run(() => remove({ kind, id }));
            }}
          >
            Löschen
          </button>
        ) : null}
      </div>
      <p role="alert" className="mt-1 text-sm font-semibold text-danger">
        {error}
      </p>
    </div>
  );
}
