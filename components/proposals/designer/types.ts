import type { UseFormReturn } from "react-hook-form";

import type { DesignFormValues, DesignInput } from "@/lib/proposals/schemas";

/** What every section of the designer form gets from the form hook. */
export type DesignFormApi = {
  form: UseFormReturn<DesignFormValues, unknown, DesignInput>;
  errorOf: (name: string) => string | undefined;
};
