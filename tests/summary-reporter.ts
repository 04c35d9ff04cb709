import type { Reporter, TestModule, TestRunEndReason } from "vitest/node";

export interface RunCounts {
	passed: number;
	failed: number;
	skipped: number;
}

/** The parts of a test module that the count reads; vitest's `TestModule` has them. */
export type CountedModule = Pick<TestModule, "state" | "errors"> & {
	children: { allTests(): Iterable<{ result(): { state: string } }> };
};

/**
 * Counts a run. Every error outside a test is a failure too: a file that failed to load, a hook that
 * threw (its tests are then only skipped), an unhandled error, or a run that failed before any file ran.
 */
export function countRun(modules: ReadonlyArray<CountedModule>, unhandledErrors: number, reason: TestRunEndReason): RunCounts {
	let passed = 0;
	let failed = unhandledErrors;
	let skipped = 0;
	for (const module of modules) {
		let failedTests = 0;
		for (const test of module.children.allTests()) {
			const state = test.result().state;
			if (state === "passed") passed++;
			else if (state === "failed") failedTests++;
			else skipped++;
		}
		const errors = module.errors().length;
		failed += failedTests + errors;
		if (module.state() === "failed" && failedTests === 0 && errors === 0) failed++;
	}
	// A failed run always shows at least one failure, whatever failed it.
	if (reason === "failed" && failed === 0) failed = 1;
	return { passed, failed, skipped };
}

/** Ends the run with one plain line, `Tests: N passed, N failed, N skipped`, that any CI can read. */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>, reason: TestRunEndReason): void {
		const { passed, failed, skipped } = countRun(modules, unhandledErrors.length, reason);
		process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
	}
}
