import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_PATH, SEED_SHAPED_NOTES, seedPresent } from "../seed";

function report(...args: string[]) {
	const run = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/report.ts", ...args], { encoding: "utf8" });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the report command", () => {
	const dir = mkdtempSync(join(tmpdir(), "interview-prep-report-"));

	it("exits 2 with a one-line error for a missing file", () => {
		const { code, stdout, stderr } = report(join(dir, "missing.md"));
		expect(code).toBe(2);
		expect(stdout).toBe("");
		expect(stderr.trim().split("\n")).toHaveLength(1);
		expect(stderr).toMatch(/cannot read .*missing\.md/);
	});

	it("exits 2 for an unreadable path, such as a folder", () => {
		expect(report(dir).code).toBe(2);
	});

	it("treats an empty file as a valid note with no headings and 0/0 tasks", () => {
		const empty = join(dir, "Empty.md");
		writeFileSync(empty, "");
		const { code, stdout } = report(empty, "--json");
		expect(code).toBe(0);
		const note = JSON.parse(stdout) as { title: string; headings: unknown[]; tasks: object };
		expect(note).toMatchObject({ title: "Empty", headings: [], tasks: { done: 0, open: 0, cancelled: 0, total: 0 } });
	});

	for (const source of SEED_SHAPED_NOTES) {
		it.skipIf(!source.present)(`summarises ${source.label}, as text and as JSON`, () => {
			const text = report(source.path);
			expect(text.code).toBe(0);
			// The empty box under Recruiter is no prep yet.
			expect(text.stdout).toContain("Progress: 1/8");
			expect(text.stdout).toMatch(/Preparation: 0\/7/);
			expect(text.stdout).toMatch(/Work-related \(4\)/);
			expect(text.stdout).toMatch(/Standard \(2\)/);
			expect(text.stdout).toMatch(/Chosen \(4\)/);
			expect(text.stdout).toMatch(/Extra \(3\)/);

			const json = JSON.parse(report(source.path, "--json").stdout) as Record<string, unknown>;
			for (const field of ["title", "headings", "tasks", "sections", "stories", "questions"]) expect(json).toHaveProperty(field);
			expect(json.title).toBe(source.title);
			expect(json.tasks).toEqual({ done: 1, open: 8, cancelled: 0, total: 9 });
			expect((json.stories as unknown[]).length).toBe(6);
			expect((json.questions as unknown[]).length).toBe(7);
			expect((json.sections as { heading: string }[])[0]).toHaveProperty("heading");
		});
	}

	it("gives the note's said lines and Concerns on each topic, with their figures, in the JSON", () => {
		const file = join(dir, "Call.md");
		writeFileSync(file, "# Call\n\n## Concerns\n\n* [x] Salary range\n\t* $120k – $140k like Fly.io would be huge.\n\n# Notes\n\n## What I said\n\n- [+03:00] Notice is 4 weeks\n- [+05:00] Hello\n");
		const json = JSON.parse(report(file, "--json").stdout) as { said: unknown };
		expect(json.said).toEqual([
			{ topic: "pay", figures: [{ kind: "money", low: 120000, high: 140000, unit: "USD" }], text: "Salary range: $120k – $140k like Fly.io would be huge.", line: 5, origin: "concerns" },
			{ topic: "notice", figures: [{ kind: "duration", low: 28, high: 28, unit: "day" }], text: "[+03:00] Notice is 4 weeks", line: 12, origin: "said" },
		]);
	});

	it.skipIf(!seedPresent)("gives the seed note's salary range from its Concerns", () => {
		const json = JSON.parse(report(SEED_PATH, "--json").stdout) as { said: { topic: string; figures: unknown[] }[] };
		expect(json.said.map((entry) => [entry.topic, entry.figures])).toEqual([
			[
				"pay",
				[
					{ kind: "money", low: 120000, high: 140000, unit: "USD" },
					{ kind: "money", low: 140000, high: 140000, unit: "USD" },
				],
			],
		]);
	});
});
