"use client";

import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/action-result";
import type { CatalogueKind } from "@/lib/catalogue/admin-schemas";

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
  if (!abilities.reorder && !abilities.publish && !abilities.remove) return null;

  return (
    <div className="flex flex-wrap items-start gap-2">
      {abilities.reorder ? (
        <>
          <ActionButton
            size="sm"
            variant="secondary"
            disabled={first}
            accessibleName={`${title} nach oben`}
            action={() => move({ kind, id, direction: "up" })}
          >
            ↑
          </ActionButton>
          <ActionButton
            size="sm"
            variant="secondary"
            disabled={last}
            accessibleName={`${title} nach unten`}
            action={() => move({ kind, id, direction: "down" })}
          >
            ↓
          </ActionButton>
        </>
      ) : null}
      {abilities.publish ? (
        <ActionButton
          size="sm"
          variant="secondary"
          accessibleName={`${title} ${published ? "nicht mehr veröffentlichen" : "veröffentlichen"}`}
          action={() => publish({ kind, id, published: !published })}
        >
          {published ? "Verbergen" : "Veröffentlichen"}
        </ActionButton>
      ) : null}
      {abilities.remove ? (
        <ActionButton
          size="sm"
          variant="danger-outline"
          accessibleName={`${title} löschen`}
          confirm={{ title: `${title} löschen`, question: `«${title}» endgültig löschen?`, confirmLabel: "Löschen" }}
          action={() => remove({ kind, id })}
        >
          Löschen
        </ActionButton>
      ) : null}
    </div>
  );
}
