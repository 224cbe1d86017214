import { describe, expect, it } from "vitest";
import { z } from "zod";

import { InvalidStoredJsonError, versionedSchema } from "@/lib/versioned-json";

// A shape that changed twice: v1 had one name, v2 split it, v3 added a title with a default.
const v1 = z.object({ name: z.string() });
const v2 = z.object({ firstName: z.string(), lastName: z.string() });
const v3 = z.object({ firstName: z.string(), lastName: z.string(), title: z.string() });

const person = versionedSchema(v1)
  .next(v2, ({ name }) => {
    const [firstName = "", ...rest] = name.split(" ");
    return { firstName, lastName: rest.join(" ") };
  })
  .next(v3, (previous) => ({ ...previous, title: "" }));

describe("versioned stored JSON", () => {
  it("counts its versions", () => {
    expect(versionedSchema(v1).version).toBe(1);
    expect(person.version).toBe(3);
  });

  it("upgrades a value from any older version to the current shape", () => {
    expect(person.parse(1, { name: "Zoë Müller Brügger" }, "person")).toEqual({
      firstName: "Zoë",
      lastName: "Müller Brügger",
      title: "",
    });
    expect(person.parse(2, { firstName: "Jürg", lastName: "Bärtschi" }, "person")).toEqual({
      firstName: "Jürg",
      lastName: "Bärtschi",
      title: "",
    });
    expect(person.parse(3, { firstName: "Jürg", lastName: "Bärtschi", title: "Dr." }, "person").title).toBe("Dr.");
  });

  it("checks a value against the schema of the version it claims, naming what and where", () => {
    expect(() => person.parse(1, { firstName: "Jürg" }, "person row 7")).toThrow(InvalidStoredJsonError);
    expect(() => person.parse(1, { firstName: "Jürg" }, "person row 7")).toThrow(
      /person row 7 does not match version 1 of its schema:[\s\S]*name/,
    );
    expect(() => person.parse(3, { firstName: "Jürg", lastName: "B" }, "person")).toThrow(/version 3[\s\S]*title/);
  });

  it("refuses versions it does not know, such as one written by newer code", () => {
    expect(() => person.parse(4, {}, "person")).toThrow("person: version 4 is unknown (known: 1 to 3).");
    expect(() => person.parse(0, {}, "person")).toThrow(InvalidStoredJsonError);
    expect(() => person.parse(1.5, {}, "person")).toThrow(InvalidStoredJsonError);
  });
});
