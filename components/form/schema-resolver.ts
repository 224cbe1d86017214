import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

export type Schema = z.ZodType<FieldValues, FieldValues>;
/** A schema, or a loader of it (`() => import("…/schemas").then((m) => m.x)`). */
export type SchemaSource<S extends Schema> = S | (() => Promise<S>);
/**
 * What a form hands to its action: the schema's output, or, when zod could not be loaded, the
 * values as typed. Either way the server action parses them again with the same schema.
 */
export type Submitted<S extends Schema> = z.output<S> | z.input<S>;
export type SchemaResolver<S extends Schema> = Resolver<z.input<S>, unknown, Submitted<S>> & { preload: () => void };

/**
 * A react-hook-form resolver for the zod schema the server action parses, loaded on demand: zod
 * and the resolver are not part of the page's first-load JavaScript (decision 0016). `preload`
 * fetches them right after hydration, so the first validation rarely waits. If they cannot be
 * loaded (connection lost), the form is sent unvalidated and the server's same schema answers
 * with the field errors.
 */
export function schemaResolver<S extends Schema>(source: SchemaSource<S>): SchemaResolver<S> {
  type Resolve = Resolver<z.input<S>, unknown, Submitted<S>>;
  let pending: Promise<Resolve> | undefined;
  const load = () =>
    (pending ??= Promise.all([
      import("@hookform/resolvers/zod"),
      typeof source === "function" ? source() : Promise.resolve(source),
    ]).then(([{ zodResolver }, schema]): Resolve => zodResolver(schema)));
  const resolver: Resolve = async (values, context, options) => {
    let resolve: Resolve;
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
