import type { Reporter, TestModule } from "vitest/node";

/** Ends the run with one plain line, `Tests: N passed, N failed, N skipped`, that any CI can read. */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
		let passed = 0;
		let failed = unhandledErrors.length;
		let skipped = 0;
		for (const module of modules) {
			const tests = [...module.children.allTests()];
			// A file that fails to load has no tests, yet it failed.
			if (tests.length === 0 && module.state() === "failed") failed++;
			for (const test of tests) {
				const state = test.result().state;
				if (state === "passed") passed++;
				else if (state === "failed") failed++;
				else skipped++;
			}
		}
		process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
	}
}
