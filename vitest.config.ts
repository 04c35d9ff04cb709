import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
	resolve: {
		alias: {
			obsidian: fileURLToPath(new URL("./tests/obsidian/index.ts", import.meta.url)),
			// Unit tests run the parser's source in-thread; the browser tests run the bundled parser in a worker.
			"parse-worker:core": fileURLToPath(new URL("./src/parsing/run-parse-core.ts", import.meta.url)),
		},
	},
	test: {
		reporters: ["default", "./tests/summary-reporter.ts"],
		// Read only when run with --coverage: `npm run coverage` runs the unit project with it and enforces the thresholds.
		coverage: {
			provider: "v8",
			include: ["src/**"],
			reporter: ["text-summary", "text"],
			reportsDirectory: "coverage",
			// What the core reached when the thresholds were set, rounded down: a drop fails `npm run coverage`.
			thresholds: {
				"src/core/**": { lines: 96, statements: 94, functions: 97, branches: 87 },
			},
		},
		projects: [
			{
				extends: true,
				test: {
					name: "unit",
					environment: "happy-dom",
					include: ["tests/**/*.test.ts"],
					setupFiles: ["tests/setup.ts"],
					// The property tests run thousands of cases; under coverage they take about twice as long.
					testTimeout: 30_000,
				},
			},
			{
				extends: true,
				test: {
					name: "e2e",
					environment: "node",
					include: ["tests/e2e/**/*.e2e.ts"],
					globalSetup: ["tests/e2e/global-setup.ts"],
					testTimeout: 30_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
