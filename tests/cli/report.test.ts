import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_PATH, SEED_SKIP_REASON, seedPresent } from "../seed";

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

	it.skipIf(!seedPresent)(`summarises the seed note, as text and as JSON (${seedPresent ? "seed present" : SEED_SKIP_REASON})`, () => {
		const text = report(SEED_PATH);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain("Progress: 1/9");
		expect(text.stdout).toMatch(/Preparation: 0\/8/);
		expect(text.stdout).toMatch(/Work-related \(4\)/);

		const json = JSON.parse(report(SEED_PATH, "--json").stdout) as Record<string, unknown>;
		for (const field of ["title", "headings", "tasks", "sections", "stories", "questions"]) expect(json).toHaveProperty(field);
		expect(json.tasks).toEqual({ done: 1, open: 8, cancelled: 0, total: 9 });
		expect((json.stories as unknown[]).length).toBe(6);
		expect((json.sections as { heading: string }[])[0]).toHaveProperty("heading");
	});
});
