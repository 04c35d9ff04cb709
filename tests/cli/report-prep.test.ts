import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const NOTE = ["# Call", "## Preparation", "- [x] Read", "- [ ] Print", "- [-] Skip", "## Questions", "- [x] Asked this", "## Stories", "- [x] Told this", ""].join("\n");

describe("report --json on prep and marks", () => {
	it("keeps tasks as every task, and adds prep for what the sidebar counts", () => {
		const file = join(mkdtempSync(join(tmpdir(), "interview-prep-report-")), "Call.md");
		writeFileSync(file, NOTE);
		const run = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/report.ts", file, "--json"], { encoding: "utf8" });
		const model = JSON.parse(run.stdout) as { tasks: unknown; prep: unknown; sections: { heading: string; done: number; total: number }[] };
		expect(model.tasks).toEqual({ done: 3, open: 1, cancelled: 1, total: 4 });
		expect(model.prep).toEqual({ done: 1, open: 1, cancelled: 1, total: 2 });
		expect(model.sections.map((s) => [s.heading, s.done, s.total])).toEqual([
			["Call", 1, 2],
			["Preparation", 1, 2],
			["Questions", 0, 0],
			["Stories", 0, 0],
		]);
	});
});
