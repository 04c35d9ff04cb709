import { describe, expect, it } from "vitest";
import { countRun, type CountedModule } from "../summary-reporter";

function module(tests: string[], state: "passed" | "failed" | "skipped", errors = 0): CountedModule {
	const shaped: CountedModule = {
		state: () => state,
		errors: () => Array.from({ length: errors }, () => ({ message: "boom" })),
		children: { allTests: () => tests.map((s) => ({ result: () => ({ state: s }) })) },
	};
	return shaped;
}

describe("the closing summary line", () => {
	it("counts passed, failed and skipped tests", () => {
		expect(countRun([module(["passed", "failed", "skipped", "pending"], "failed")], 0, "failed")).toEqual({ passed: 1, failed: 1, skipped: 2 });
	});

	it("counts a file that failed to load as a failure", () => {
		expect(countRun([module([], "failed", 1), module(["passed"], "passed")], 0, "failed")).toEqual({ passed: 1, failed: 1, skipped: 0 });
	});

	it("counts a hook that threw as a failure, though its tests were only skipped", () => {
		const browserSuite = module(["skipped", "skipped", "skipped"], "failed", 2);
		expect(countRun([browserSuite], 0, "failed")).toEqual({ passed: 0, failed: 2, skipped: 3 });
	});

	it("counts unhandled errors", () => {
		expect(countRun([module(["passed"], "passed")], 2, "failed").failed).toBe(2);
	});

	it("never prints 0 failed for a failed run, even when nothing ran", () => {
		expect(countRun([], 0, "failed").failed).toBe(1);
		expect(countRun([module(["passed"], "passed")], 0, "failed").failed).toBe(1);
	});

	it("prints 0 failed for a run that passed", () => {
		expect(countRun([module(["passed", "skipped"], "passed")], 0, "passed")).toEqual({ passed: 1, failed: 0, skipped: 1 });
	});
});
