import { describe, expect, it } from "vitest";

import { engagementStageOf, engagementStages, engagementSteps, isClientNotifiedStatus } from "@/lib/inquiries/rules";
import { inquiryStatusOrder } from "@/lib/inquiries/rules";

describe("engagement status line", () => {
  it("maps every open status onto one of the seven stages, in pipeline order", () => {
    const stages = inquiryStatusOrder.map(engagementStageOf).filter((stage) => stage !== null);
    expect(stages).toEqual([...engagementStages]);
  });

  it("has no stage for a declined or cancelled inquiry", () => {
    expect(engagementSteps("DECLINED")).toBeNull();
    expect(engagementSteps("CANCELLED")).toBeNull();
  });

  it("marks earlier stages done, the current one current and the rest upcoming", () => {
    const steps = engagementSteps("DATES_SET")!;
    expect(steps.map((step) => step.state)).toEqual([
      "done",
      "done",
      "done",
      "done",
      "current",
      "upcoming",
      "upcoming",
    ]);
    expect(steps[4]).toMatchObject({ stage: "DATES_SET", label: "Termine festgelegt" });
  });

  it("counts clarification as done when the proposal went out straight from a new inquiry", () => {
    expect(
      engagementSteps("PROPOSAL_SENT")!
        .slice(0, 3)
        .map((step) => step.state),
    ).toEqual(["done", "done", "current"]);
  });

  it("shows a closed engagement as finished: every stage done", () => {
    expect(engagementSteps("CLOSED")!.every((step) => step.state === "done")).toBe(true);
  });

  it("tells the client about dates set and the course held, nothing else", () => {
    expect(inquiryStatusOrder.filter(isClientNotifiedStatus)).toEqual(["DATES_SET", "HELD"]);
  });
});
