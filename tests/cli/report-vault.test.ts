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
					said: [],
					conflicts: [],
				},
				{
					company: "Zed",
					rounds: [{ path: "Jobs/2026-01-02 Zed screen.md", round: "Zed screen", with: "Ann", meeting: null, asked: ["Why now?"], told: [], said: ["[+01:00] I can start in May"], discrepancies: [] }],
					unasked: [{ text: "Who decides?", group: "Chosen", path: "Jobs/2026-01-02 Zed screen.md" }],
					// May of the year the file name dates the round in.
					said: [
						{
							topic: "notice",
							figures: [{ kind: "date", low: "2026-05-01", high: "2026-05-31", unit: "month" }],
							text: "[+01:00] I can start in May",
							path: "Jobs/2026-01-02 Zed screen.md",
							line: 15,
							with: "Ann",
							round: "Zed screen",
							origin: "said",
						},
					],
					conflicts: [],
				},
			],
			people: [],
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

	it("lists what each process said by topic, where a later round differs, and the people met with their rounds", () => {
		const dir = mkdtempSync(join(tmpdir(), "interview-prep-vault-"));
		mkdirSync(join(dir, "People"));
		writeFileSync(join(dir, "People", "Dana Lee.md"), "# Dana Lee\n");
		writeFileSync(
			join(dir, "2026-12-01 Acme recruiter.md"),
			'---\ncompany: Acme\nround: Recruiter call\nwith: "[[Dana Lee|Dana]]"\n---\n# Acme\n\n## Concerns\n\n* Salary range\n\t* $120k – $140k\n\n## Stories\n\n* [x] Queue migration\n\n# Notes\n\n## What I said\n\n- my range is 120–140k\n',
		);
		writeFileSync(join(dir, "2026-12-08 Acme manager.md"), "---\ncompany: Acme\nround: Hiring manager\nwith:\n  - \"[[Sam Park]]\"\n---\n# Acme 2\n\n# Notes\n\n## What I said\n\n- I'd want 150k\n");
		const { code, stdout } = report("--vault", dir, "--json");
		expect(code).toBe(0);
		const json = JSON.parse(stdout) as { processes: { said: unknown[]; conflicts: unknown[] }[]; people: unknown[] };
		const money = (low: number, high: number, unit: string | null) => ({ kind: "money", low, high, unit });
		expect(json.processes[0]?.said).toEqual([
			{ topic: "pay", figures: [money(120000, 140000, "USD")], text: "Salary range: $120k – $140k", path: "2026-12-01 Acme recruiter.md", line: 10, with: "Dana", round: "Recruiter call", origin: "concerns" },
			{ topic: "pay", figures: [money(120000, 140000, null)], text: "my range is 120–140k", path: "2026-12-01 Acme recruiter.md", line: 21, with: "Dana", round: "Recruiter call", origin: "said" },
			{ topic: "pay", figures: [money(150000, 150000, null)], text: "I'd want 150k", path: "2026-12-08 Acme manager.md", line: 13, with: "Sam Park", round: "Hiring manager", origin: "said" },
		]);
		expect(json.processes[0]?.conflicts).toEqual([
			{
				topic: "pay",
				kind: "money",
				earlier: { path: "2026-12-01 Acme recruiter.md", line: 21, text: "my range is 120–140k", figures: [money(120000, 140000, null)] },
				later: { path: "2026-12-08 Acme manager.md", line: 13, text: "I'd want 150k", figures: [money(150000, 150000, null)] },
			},
		]);
		expect(json.people).toEqual([
			{
				name: "Dana",
				path: "People/Dana Lee.md",
				rounds: [{ path: "2026-12-01 Acme recruiter.md", company: "Acme", round: "Recruiter call", date: "2026-12-01" }],
				said: [{ topic: "pay", text: "my range is 120–140k", path: "2026-12-01 Acme recruiter.md", line: 21, round: "Recruiter call" }],
				told: [{ title: "Queue migration", company: "Acme", round: "Recruiter call", path: "2026-12-01 Acme recruiter.md" }],
			},
			{
				name: "Sam Park",
				path: null,
				rounds: [{ path: "2026-12-08 Acme manager.md", company: "Acme", round: "Hiring manager", date: "2026-12-08" }],
				said: [{ topic: "pay", text: "I'd want 150k", path: "2026-12-08 Acme manager.md", line: 13, round: "Hiring manager" }],
				told: [],
			},
		]);
		expect(report("--vault", dir).stdout).toContain('pay differs: "I\'d want 150k" (2026-12-08 Acme manager.md:13) after "my range is 120–140k" (2026-12-01 Acme recruiter.md:21)');
	});

	it("exits 2 with one line on stderr for a folder that does not exist", () => {
		const { code, stdout, stderr } = report("--vault", join(tmpdir(), "no-such-folder-here"), "--json");
		expect(code).toBe(2);
		expect(stdout).toBe("");
		expect(stderr.trim().split("\n")).toHaveLength(1);
	});
});
