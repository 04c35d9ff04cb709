// Mutation testing of the glue: `npm run mutation -- src/platform/edit-path.ts …` (scripts/mutation.mjs).
// Stryker plants one small bug at a time in the files named and runs the unit project's tests against it;
// a bug that no test notices survives. Not part of `npm test` or CI: it takes minutes a file.
/** Names this run's reports: scripts/mutation.mjs sets it from the files mutated. */
const run = process.env.MUTATION_RUN || "mutation";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
	testRunner: "vitest",
	plugins: ["@stryker-mutator/vitest-runner"],
	// The unit project only, and only the tests that import the mutated file, directly or not.
	vitest: { configFile: "vitest.mutation.config.ts", related: true },
	coverageAnalysis: "perTest",
	// Two cores, shared with the rest of the work.
	concurrency: 1,
	reporters: ["clear-text", "progress", "html", "json"],
	htmlReporter: { fileName: `reports/mutation/${run}.html` },
	jsonReporter: { fileName: `reports/mutation/${run}.json` },
	clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
	// Results of mutants whose code and tests did not change are taken from the last run.
	incremental: true,
	incrementalFile: `reports/incremental/${run}.json`,
	tempDirName: ".stryker-tmp",
	ignorePatterns: ["dist", "coverage", "test-results", "walk-out", "reports", "docs"],
	// The plugin tests parse notes in-thread: a mutant that loops gets the usual margin on the slowest test.
	timeoutMS: 10_000,
	thresholds: { high: 90, low: 80, break: null },
};
