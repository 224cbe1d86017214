import { describe, expect, it } from "vitest";

import { SNAPSHOT_FORMAT } from "@/lib/proposals/snapshot";
import { parseProposalSnapshot, proposalSnapshots } from "@/lib/proposals/snapshot-schema";
import { InvalidStoredJsonError } from "@/lib/versioned-json";

import storedV1 from "../fixtures/proposals/snapshot-v1.json";

describe("proposal snapshot schema", () => {
  // buildSnapshot returns the schema's own output type, so what it writes fits by construction.
  it("is at the format buildSnapshot writes", () => {
    expect(proposalSnapshots.version).toBe(SNAPSHOT_FORMAT);
  });

  it("reads a stored format-1 snapshot as it is", () => {
    expect(parseProposalSnapshot(storedV1)).toEqual(storedV1);
  });

  it("reads a snapshot without a format as format 1", () => {
    const { format: _format, ...withoutFormat } = storedV1;
    expect(parseProposalSnapshot(withoutFormat)).toEqual(storedV1);
  });

  it("names the row and the fields when a stored snapshot fits no format", () => {
    const { price: _price, ...withoutPrice } = storedV1;
    expect(() => parseProposalSnapshot(withoutPrice, "Proposal 42")).toThrow(InvalidStoredJsonError);
    expect(() => parseProposalSnapshot(withoutPrice, "Proposal 42")).toThrow(
      /Proposal 42 does not match version 1 of its schema:[\s\S]*price/,
    );
    expect(() => parseProposalSnapshot({ ...storedV1, format: 2 }, "Proposal 42")).toThrow(
      "Proposal 42: version 2 is unknown (known: 1 to 1).",
    );
    expect(() => parseProposalSnapshot(null, "Proposal 42")).toThrow(InvalidStoredJsonError);
  });
});
