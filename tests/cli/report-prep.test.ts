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

	it("gives the questions they asked, each with its stamp, rating, story and notes", () => {
		const file = join(mkdtempSync(join(tmpdir(), "interview-prep-report-")), "Call.md");
		writeFileSync(file, "# Call\n## Their questions\n- [+12:40] Why us? 🔴\n  - Answered with: Queue migration\n  - Too long.\n- \n");
		const run = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/report.ts", file, "--json"], { encoding: "utf8" });
		expect((JSON.parse(run.stdout) as { theirQuestions: unknown }).theirQuestions).toEqual([
			{ text: "Why us?", line: 3, endLine: 5, stamp: "[+12:40]", rating: "weak", answeredWith: "Queue migration", notes: ["Too long."], raw: "- [+12:40] Why us? 🔴" },
		]);
		const text = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/report.ts", file], { encoding: "utf8" }).stdout;
		expect(text).toContain("Their questions: 1\n  - Why us? 🔴 (line 3)\n      answered with: Queue migration\n");
	});
});
