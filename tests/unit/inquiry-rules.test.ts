import { describe, expect, it } from "vitest";

import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import {
  canTransition,
  finalInquiryStatuses,
  inquiryStatusOrder,
  inquiryTransitions,
  isInquiryOverdue,
  isOpenInquiry,
} from "@/lib/inquiries/rules";

describe("inquiry status transitions", () => {
  // Written out step by step rather than read from the rule's status order, so a reordered table fails here.
  it.each<[InquiryStatus, InquiryStatus]>([
    ["NEW", "IN_CLARIFICATION"],
    ["IN_CLARIFICATION", "PROPOSAL_SENT"],
    ["PROPOSAL_SENT", "CONFIRMED"],
    ["CONFIRMED", "DATES_SET"],
    ["DATES_SET", "HELD"],
    ["HELD", "CLOSED"],
  ])("moves forward one step along the pipeline: %s -> %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it("lets a proposal go out straight from a new inquiry", () => {
    expect(canTransition("NEW", "PROPOSAL_SENT")).toBe(true);
    expect(canTransition("CONFIRMED", "PROPOSAL_SENT")).toBe(false);
  });

  it("declines or cancels from every open state before the course was held", () => {
    for (const from of ["NEW", "IN_CLARIFICATION", "PROPOSAL_SENT", "CONFIRMED"] as const) {
      expect(canTransition(from, "DECLINED")).toBe(true);
      expect(canTransition(from, "CANCELLED")).toBe(true);
    }
  });

  it("refuses skipping steps, staying put and leaving a finished inquiry", () => {
    expect(canTransition("NEW", "CONFIRMED")).toBe(false);
    expect(canTransition("NEW", "HELD")).toBe(false);
    expect(canTransition("IN_CLARIFICATION", "CLOSED")).toBe(false);
    expect(canTransition("HELD", "DECLINED")).toBe(false);
    for (const status of inquiryStatusOrder) expect(canTransition(status, status)).toBe(false);
    for (const from of finalInquiryStatuses) {
      for (const to of inquiryStatusOrder) expect(canTransition(from, to)).toBe(false);
    }
  });

  it("sets dates only after acceptance, and an engagement with dates can still be cancelled, not declined", () => {
    expect(canTransition("CONFIRMED", "DATES_SET")).toBe(true);
    expect(canTransition("PROPOSAL_SENT", "DATES_SET")).toBe(false);
    expect(canTransition("DATES_SET", "CONFIRMED")).toBe(false);
    expect(canTransition("DATES_SET", "CANCELLED")).toBe(true);
    expect(canTransition("DATES_SET", "DECLINED")).toBe(false);
    expect(canTransition("DATES_SET", "CLOSED")).toBe(false);
  });

  it("goes back to clarification only from a sent proposal (changes requested)", () => {
    const backwards = Object.entries(inquiryTransitions).flatMap(([from, targets]) =>
      targets
        .filter((to) => inquiryStatusOrder.indexOf(to) < inquiryStatusOrder.indexOf(from as InquiryStatus))
        .map((to) => `${from}->${to}`),
    );
    expect(backwards).toEqual(["PROPOSAL_SENT->IN_CLARIFICATION"]);
  });

  it("calls only closed, declined and cancelled finished", () => {
    const finished = new Set<InquiryStatus>(["CLOSED", "DECLINED", "CANCELLED"]);
    for (const status of inquiryStatusOrder) expect(isOpenInquiry(status)).toBe(!finished.has(status));
    expect(inquiryStatusOrder).toHaveLength(9);
  });
});

describe("overdue inquiries", () => {
  const now = new Date("2026-11-27T10:00:00Z");
  const past = new Date("2026-11-26T10:00:00Z");
  const future = new Date("2026-11-28T10:00:00Z");

  it("is overdue when the due time passed without an answer", () => {
    expect(isInquiryOverdue({ status: "NEW", responseDueAt: past, firstResponseAt: null }, now)).toBe(true);
    expect(isInquiryOverdue({ status: "IN_CLARIFICATION", responseDueAt: past, firstResponseAt: null }, now)).toBe(
      true,
    );
  });

  it("is not overdue before the due time, after an answer or once the pipeline moved on", () => {
    expect(isInquiryOverdue({ status: "NEW", responseDueAt: future, firstResponseAt: null }, now)).toBe(false);
    expect(isInquiryOverdue({ status: "NEW", responseDueAt: past, firstResponseAt: past }, now)).toBe(false);
    expect(isInquiryOverdue({ status: "PROPOSAL_SENT", responseDueAt: past, firstResponseAt: null }, now)).toBe(false);
    expect(isInquiryOverdue({ status: "DECLINED", responseDueAt: past, firstResponseAt: null }, now)).toBe(false);
  });
});
