import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

/**
 * Every test fails on a `console.error` it did not announce: an error logged in passing is a bug
 * nobody would otherwise see. A test that provokes one on purpose says so with `expectConsoleError`.
 */
let consoleError: MockInstance<typeof console.error>;
let expected: RegExp[] = [];

export function expectConsoleError(pattern: RegExp) {
  expected.push(pattern);
}

beforeEach(() => {
  expected = [];
  consoleError = vi.spyOn(console, "error");
});

afterEach(() => {
  const calls = consoleError.mock.calls.map((args) => args.map(String).join(" "));
  consoleError.mockRestore();
  const unexpected = calls.filter((line) => !expected.some((pattern) => pattern.test(line)));
  if (unexpected.length > 0) throw new Error(`Unexpected console.error:\n${unexpected.join("\n")}`);
});
