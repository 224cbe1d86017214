import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

export type Schema = z.ZodType<FieldValues, FieldValues>;
/** A schema, or a loader of it (`() => import("…/schemas").then((m) => m.x)`). */
export type SchemaSource<S extends Schema> = S | (() => Promise<S>);

/**
 * A react-hook-form resolver for the zod schema the server action parses, loaded on demand: zod
 * and the resolver are not part of the page's first-load JavaScript (decision 0016). `preload`
 * fetches them right after hydration, so the first validation rarely waits. If they cannot be
 * loaded (connection lost), the form is sent unvalidated and the server's same schema answers
 * with the field errors.
 */
export function schemaResolver<S extends Schema>(source: SchemaSource<S>): Resolver & { preload: () => void } {
  let pending: Promise<Resolver> | undefined;
  const load = () =>
    (pending ??= Promise.all([
      import("@hookform/resolvers/zod"),
      typeof source === "function" ? source() : Promise.resolve(source),
    ]).then(([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Resolver));
  const resolver: Resolver = async (values, context, options) => {
    let resolve: Resolver;
    try {
      resolve = await load();
    } catch {
      pending = undefined;
      return { values, errors: {} };
    }
    return resolve(values, context, options);
  };
  return Object.assign(resolver, {
    preload: () => {
      load().catch(() => (pending = undefined));
    },
  });
}
