"use server";

import { revalidatePath } from "next/cache";

import { parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { userActor } from "@/lib/db/actor";

import {
  catalogueFormSchemas,
  catalogueKindLabels,
  catalogueTargetSchema,
  moveCatalogueItemSchema,
  publishCatalogueItemSchema,
  catalogueItemRefSchema,
  type CatalogueKind,
} from "./admin-schemas";
import { revalidateContent, type ContentKind } from "./revalidate";
import { deleteCatalogueItem, moveCatalogueItem, saveCatalogueItem, setCatalogueItemPublished } from "./service";

/** The public content each kind appears in; the cache tags reach every page that shows it. */
const contentOf: Record<CatalogueKind, ContentKind> = {
  kurse: "courses",
  ziele: "library",
  module: "library",
  themen: "library",
  felder: "fields",
  geschichten: "stories",
  stimmen: "testimonials",
  referenzen: "referenceClients",
  seiten: "pages",
};

function afterChange(kind: CatalogueKind): void {
  revalidateContent[contentOf[kind]]();
  revalidatePath(kind === "kurse" ? "/admin/kurse" : "/admin/inhalte", "layout");
}

/**
 * Saves a new (id null) or edited item. The page binds kind and id; both are checked again here
 * because bound arguments come back from the browser like any other input.
 */
export async function saveCatalogueItemAction(target: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const { kind, id } = parseInput(catalogueTargetSchema, target);
    const data = parseInput(catalogueFormSchemas[kind], input);
    const saved = await saveCatalogueItem(getDb(), userActor(viewer), { kind, id, input: data });
    afterChange(kind);
    return success(
      saved,
      `${catalogueKindLabels[kind].singular} gespeichert; die öffentlichen Seiten zeigen ${catalogueKindLabels[kind].it} sofort.`,
    );
  });
}

export async function moveCatalogueItemAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const data = parseInput(moveCatalogueItemSchema, input);
    await moveCatalogueItem(getDb(), userActor(viewer), data);
    afterChange(data.kind);
    return success(null);
  });
}

export async function setCatalogueItemPublishedAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const { kind, id, published } = parseInput(publishCatalogueItemSchema, input);
    await setCatalogueItemPublished(getDb(), userActor(viewer), { kind, id, published });
    afterChange(kind);
    return success(null, published ? "Veröffentlicht." : "Nicht mehr veröffentlicht.");
  });
}

export async function deleteCatalogueItemAction(input: unknown): Promise<ActionResult<null>> {
  const viewer = await requireAdmin();
  return runAction(async () => {
    const { kind, id } = parseInput(catalogueItemRefSchema, input);
    await deleteCatalogueItem(getDb(), userActor(viewer), { kind, id });
    afterChange(kind);
    return success(null, "Gelöscht.");
  });
}
