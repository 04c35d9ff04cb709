import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function report(...args: string[]) {
	const run = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/report.ts", ...args], { encoding: "utf8" });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the report command over a folder", () => {
	it("prints each company's process as JSON, with paths relative to the folder", () => {
		const dir = mkdtempSync(join(tmpdir(), "interview-prep-vault-"));
		mkdirSync(join(dir, "Jobs"));
		writeFileSync(join(dir, "Jobs", "2026-01-02 Zed screen.md"), "---\ncompany: Zed\n---\n# Zed screen\n\n* Recruiter: Ann\n\n## Questions\n### Chosen\n* [x] Why now?\n* Who decides?\n\n# Notes\n## What I said\n- [+01:00] I can start in May\n## Their questions\n- [+02:10] Why  are you leaving? 🔴\n  - Answered with: nothing yet\n- \n");
		writeFileSync(join(dir, "Jobs", "Acme.md"), "---\ncompany: Acme\nround: Onsite\nmeeting: March 3\n---\n# Acme\n## Discrepancies\n- Title\n## Stories\n- Nothing yet\n## Their questions\n- why are you leaving? 🟡\n");
		writeFileSync(join(dir, "Groceries.md"), "# Milk\n");
		const { code, stdout } = report("--vault", dir, "--json");
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual({
			processes: [
				{
					company: "Acme",
					rounds: [{ path: "Jobs/Acme.md", round: "Onsite", with: null, meeting: "March 3", asked: [], told: [], said: [], discrepancies: ["Title"] }],
					unasked: [],
				},
				{
					company: "Zed",
					rounds: [{ path: "Jobs/2026-01-02 Zed screen.md", round: "Zed screen", with: "Ann", meeting: null, asked: ["Why now?"], told: [], said: ["[+01:00] I can start in May"], discrepancies: [] }],
					unasked: [{ text: "Who decides?", group: "Chosen", path: "Jobs/2026-01-02 Zed screen.md" }],
				},
			],
			stories: [{ title: "Nothing yet", tellings: [], ready: false, paths: ["Jobs/Acme.md"], answered: [{ question: "Why  are you leaving?", path: "Jobs/2026-01-02 Zed screen.md" }] }],
			// Soonest meeting first; "March 3" is no date, so it comes last.
			calls: [
				{ path: "Jobs/2026-01-02 Zed screen.md", company: "Zed", round: "Zed screen", meeting: null, prep: { done: 0, total: 0 }, storiesReady: 0, storiesTotal: 0, followUps: [] },
				{ path: "Jobs/Acme.md", company: "Acme", round: "Onsite", meeting: "March 3", prep: { done: 0, total: 0 }, storiesReady: 0, storiesTotal: 1, followUps: [] },
			],
			// One question, asked twice; "March 3" is no date, so the Acme round comes after Zed's; the empty bullet counts nowhere.
			theirQuestions: [
				{
					text: "Why  are you leaving?",
					rating: "ok",
					times: 2,
					asked: [
						{ path: "Jobs/2026-01-02 Zed screen.md", line: 17, company: "Zed", round: "Zed screen", with: "Ann", meeting: null, rating: "weak", story: "Nothing yet" },
						{ path: "Jobs/Acme.md", line: 12, company: "Acme", round: "Onsite", with: null, meeting: "March 3", rating: "ok", story: null },
					],
				},
			],
		});
		const text = report("--vault", dir);
		expect(text.stdout).toMatch(/^Acme \(1 round\)\n {2}March 3 {2}Onsite/);
		expect(text.stdout).toContain("Zed (1 round)");
		expect(text.stdout).toContain("Answers to prepare better: 1\n  🟡 Why  are you leaving? (asked 2 times, last in Jobs/Acme.md)\n");
		expect(text.stdout).toMatch(/\nNext calls: none\nOpen follow-ups: none\n$/);
	});

	it("exits 2 with one line on stderr for a folder that does not exist", () => {
		const { code, stdout, stderr } = report("--vault", join(tmpdir(), "no-such-folder-here"), "--json");
		expect(code).toBe(2);
		expect(stdout).toBe("");
		expect(stderr.trim().split("\n")).toHaveLength(1);
	});
});
