// JSON that outlives the code that wrote it (a proposal's frozen versions, the props of a queued
// mail) is parsed when read, by the schema of the version it was written at, and then upgraded
// step by step to the shape the code uses now. A change of shape adds a step instead of breaking
// the rows already stored.
import { z } from "zod";

/** Stored JSON that no schema accepts: retrying cannot help, the row itself is wrong. */
export class InvalidStoredJsonError extends Error {
  override name = "InvalidStoredJsonError";
}

export type VersionedSchema<T> = {
  /** The version written now. */
  readonly version: number;
  /** The shape of the current version. */
  readonly schema: z.ZodType<T>;
  /** Parses `value`, written at `version`, and upgrades it to the current shape; `what` names it in errors. */
  parse(version: number, value: unknown, what: string): T;
  /** The next version: its schema and how a value of the current one becomes one of it. */
  next<U>(schema: z.ZodType<U>, upgrade: (previous: T) => U): VersionedSchema<U>;
};

/** Version 1 of a stored shape. */
export function versionedSchema<T>(schema: z.ZodType<T>): VersionedSchema<T> {
  return build(schema, []);
}

/** One step parses a value of its version and returns it in the shape of the next one. */
type Step = (value: unknown, what: string) => unknown;

function build<T>(schema: z.ZodType<T>, steps: readonly Step[]): VersionedSchema<T> {
  const version = steps.length + 1;
  return {
    version,
    schema,
    parse(from, value, what) {
      if (!Number.isInteger(from) || from < 1 || from > version) {
        throw new InvalidStoredJsonError(`${what}: version ${from} is unknown (known: 1 to ${version}).`);
      }
      const upgraded = steps.slice(from - 1).reduce((current, step) => step(current, what), value);
      return parseVersion(schema, upgraded, what, version);
    },
    next<U>(nextSchema: z.ZodType<U>, upgrade: (previous: T) => U) {
      const step: Step = (value, what) => upgrade(parseVersion(schema, value, what, version));
      return build(nextSchema, [...steps, step]);
    },
  };
}

function parseVersion<T>(schema: z.ZodType<T>, value: unknown, what: string, version: number): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidStoredJsonError(
    `${what} does not match version ${version} of its schema:\n${z.prettifyError(result.error)}`,
    { cause: result.error },
  );
}
