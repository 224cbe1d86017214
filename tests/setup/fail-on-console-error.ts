import { afterEach, beforeEach, vi } from "vitest";

// A React warning or an unexpected logged error is a defect: make it fail the test that caused it.
// A test that expects an error log mocks console.error itself, which replaces this spy.
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  const logged = errors;
  errors = [];
  if (logged.length > 0) {
    throw new Error(`console.error was called:\n${logged.map((args) => args.map(String).join(" ")).join("\n")}`);
  }
});
