import type { ActionForm } from "@/components/form/use-action-form";
import type { designSchema } from "@/lib/proposals/schemas";

/** What every section of the designer form gets from the form hook. */
export type DesignFormApi = Pick<ActionForm<typeof designSchema>, "form" | "errorOf">;
