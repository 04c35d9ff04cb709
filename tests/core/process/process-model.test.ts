import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
	applyChanges,
	callTime,
	formatProcessReport,
	groupProcesses,
	parsePrepNote,
	planEdit,
	processReport,
	processView,
	roundOf,
	unaskedQuestions,
	type Round,
} from "../../../src/core";
import { nextRoundText } from "./next-round-text";
import { SEED_SHAPED_NOTES } from "../../seed";

const OPTIONS = { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" };
const ROUND_1 = "Interviews/2026-12-03 Northwind recruiter call.md";
const ROUND_2 = "Interviews/2026-12-10 Northwind hiring manager.md";
const read = (path: string) => readFileSync(`example-vault/${path}`, "utf8");

function round(path: string, text: string): Round {
	const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
	const result = roundOf(path, text, parsePrepNote(text, { fallbackTitle: name }), OPTIONS);
	if (!result) throw new Error(`${path} has no company`);
	return result;
}

const note = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n${body}`;

describe("a round", () => {
	it("takes its name, person and date from the frontmatter first", () => {
		const r = round("a/2026-01-05 Acme.md", note("company: Acme\nround: Team round\nwith: Sam\nmeeting: 2026-02-01T10:00", "# Acme\n\n* Recruiter: Dana\n\n## Questions\n"));
		expect(r).toMatchObject({ company: "Acme", round: "Team round", with: "Sam", meeting: "2026-02-01T10:00", date: "2026-02-01" });
	});

	it("falls back to the title, the field bullet before the first section, and the date in the file name", () => {
		const text = note("company: Acme", "# Acme screen\n\n* Time: 10:00\n* Interviewer: Jo Park\n\n## Questions\n\n* Recruiter: not a field here\n");
		// A time without a day is kept as written, for the sidebar to say it cannot be read; it is no call on the file name's day.
		expect(round("a/2026-01-05 Acme.md", text)).toMatchObject({ round: "Acme screen", with: "Jo Park", meeting: "10:00", date: "2026-01-05" });
		expect(callTime(round("a/2026-01-05 Acme.md", text) ?? { meeting: null, date: null })).toBeNull();
		expect(parsePrepNote(text).fields).toEqual([
			{ key: "Time", value: "10:00", line: 6 },
			{ key: "Interviewer", value: "Jo Park", line: 7 },
		]);
	});

	it("is no round without the company key", () => {
		const text = "---\nrole: x\n---\n# Solo\n";
		expect(roundOf("Solo.md", text, parsePrepNote(text), OPTIONS)).toBeNull();
	});

	for (const source of SEED_SHAPED_NOTES) {
		it.skipIf(!source.present)(`exposes the field lines of ${source.label}`, () => {
			expect(parsePrepNote(source.read()).fields.map((f) => f.key)).toEqual(["Time", "Recruiter"]);
		});
	}

	it("reads asked questions, told stories, said lines, and discrepancy bullets and table rows", () => {
		const r = round(ROUND_1, read(ROUND_1));
		expect(r.asked).toEqual(["How is on-call shared across the team?", "What does the first quarter look like for someone in this role?"]);
		expect(r.told).toEqual(["Event queue migration"]);
		expect(r.said).toHaveLength(3);
		expect(r.said[1]).toBe("[+09:35] My range is 135 to 150k base; I am flexible on the split with equity.");
		expect(r.discrepancies).toEqual(["Remote work · Fully remote · Two office days a month in Rotterdam"]);
		const bullets = round("b.md", note("company: B", "# B\n\n## Discrepancies\n\n- Title is senior, post said staff\n\t- nested aside\n- [ ] Bonus\n"));
		expect(bullets.discrepancies).toEqual(["Title is senior, post said staff", "Bonus"]);
	});
});

describe("a process", () => {
	const r = (path: string, date: string | null, company = "Acme"): Round => ({ ...round(path, note(`company: ${company}`, "# x\n")), date, meeting: date });

	it("orders rounds by date, then by path, undated last, and matches companies as questions match", () => {
		const [acme, beta] = groupProcesses([r("z.md", null), r("b.md", "2026-03-01"), r("a.md", "2026-03-01", " acme "), r("c.md", "2026-01-01"), r("q.md", "2026-01-01", "Beta")]);
		expect(acme?.rounds.map((x) => x.path)).toEqual(["c.md", "a.md", "b.md", "z.md"]);
		expect(beta?.rounds.map((x) => x.path)).toEqual(["q.md"]);
	});

	it("carries a question once, however its case and spaces differ, and never one any round asked", () => {
		const one = round("1.md", note("company: A\nmeeting: 2026-01-01", "# 1\n## Questions\n### Chosen\n* [x] How is on-call shared?\n* Why now?\n"));
		const two = round("2.md", note("company: A\nmeeting: 2026-01-02", "# 2\n## Questions\n### Extra\n*   how is ON-CALL   shared?\n* why now?\n\t* a follow-up\n"));
		expect(unaskedQuestions([one, two])).toEqual([{ text: "why now?", group: "Extra", path: "2.md", block: ["* why now?", "\t* a follow-up"] }]);
	});

	it("shows round 2 what was said, asked and told in round 1, and who to", () => {
		const [process] = groupProcesses([round(ROUND_2, read(ROUND_2)), round(ROUND_1, read(ROUND_1))]);
		if (!process) throw new Error("no process");
		const current = process.rounds[1];
		if (!current) throw new Error("no round 2");
		const view = processView(process, current, "2026-12-05");
		expect(view.rounds.map((row) => [row.name, row.timing, row.current])).toEqual([
			["Northwind recruiter call", "past", false],
			["Hiring manager", "upcoming", true],
		]);
		expect(view.said.map((group) => [group.topic, group.rows.map((row) => row.source)])).toEqual([
			["pay", ["Northwind recruiter call, to Dana from the talent team"]],
			["notice", ["Northwind recruiter call, to Dana from the talent team"]],
			[null, ["Northwind recruiter call, to Dana from the talent team"]],
		]);
		expect(view.askedBefore["how is on-call shared across the team?"]).toBe("Northwind recruiter call");
		expect(view.toldBefore["event queue migration"]).toBe("Northwind recruiter call (Dana from the talent team)");
		expect(view.discrepanciesBefore).toHaveLength(1);
	});
});

describe("the next round's note", () => {
	const rounds = groupProcesses([round(ROUND_1, read(ROUND_1)), round(ROUND_2, read(ROUND_2))])[0]?.rounds ?? [];
	const template = "---\ncompany: x\nmeeting: \nduration: 30m\n---\n# Title\n\n## Questions\n\n### Chosen\n\n- template question\n\n## Stories\n\n- template story\n\n# Notes\n\n## What I said\n";
	const text = nextRoundText({ rounds, roundName: "Round 3", template, headings: { questions: "Questions", stories: "Stories", notes: "Notes" }, doneChars: "x" });

	it("writes each earlier round's time as a person reads it, and asks for the interviewer in a round past the recruiter", () => {
		expect(text).toContain("2026-12-03 15:00");
		expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
		const fields = "---\ncompany: x\n---\n# T\n\n* Time: \n* Recruiter: \n\n## Questions\n";
		const headings = { questions: "Questions", stories: "Stories", notes: "Notes" };
		expect(nextRoundText({ rounds, roundName: "Hiring manager", template: fields, headings, doneChars: "x" })).toContain("\n* Time: \n* Interviewer: \n");
		expect(nextRoundText({ rounds, roundName: "Recruiter follow-up", template: fields, headings, doneChars: "x" })).toContain("\n* Recruiter: \n");
	});

	it("sets the process's frontmatter and links the latest round", () => {
		expect(text.startsWith(
			'---\ncompany: Northwind Analytics\nmeeting: \nduration: 30m\nrole: Senior backend engineer\nround: Round 3\nwith: \nprevious: "[[Interviews/2026-12-10 Northwind hiring manager]]"\n---\n',
		)).toBe(true);
	});

	it("carries exactly the unasked questions, into the group they last stood in", () => {
		const model = parsePrepNote(text);
		expect(model.questions.map((q) => `${q.group}: ${q.text}`)).toEqual([
			"Chosen: How are technical decisions written down and reviewed?",
			"Chosen: How does the platform team decide what to build next?",
			"Extra: How often do teams change their roadmap mid-quarter?",
			"Extra: What does growth to staff level look like here?",
		]);
	});

	it("takes the latest round's stories with their details, and embeds what each earlier round said", () => {
		const model = parsePrepNote(text);
		expect(model.stories.map((s) => s.title)).toEqual(["Event queue migration", "Billing webhook outage", "Tell me about a disagreement with a colleague."]);
		expect(model.stories[0]?.details).toHaveLength(4);
		expect(text).toContain("![[Interviews/2026-12-03 Northwind recruiter call#What I said]]");
		expect(text).toContain("![[Interviews/2026-12-10 Northwind hiring manager#What I said]]");
		expect(text.indexOf("## Earlier rounds")).toBeLessThan(text.indexOf("# Notes"));
	});

	it("clears told marks as the told toggle does", () => {
		const told = round("t.md", note("company: A", "# t\n## Stories\n* [x] Queue story\n\t* detail\n* Plain story\n"));
		const out = nextRoundText({ rounds: [told], roundName: "Round 2", template: "# T\n", headings: { questions: "Questions", stories: "Stories", notes: "Notes" }, doneChars: "x" });
		expect(out).toContain("* [ ] Queue story\n\t* detail\n* Plain story\n");
		const plain = nextRoundText({ rounds: [told], roundName: "Round 2", template: "# T\n", headings: { questions: "Questions", stories: "Stories", notes: "Notes" }, doneChars: "x", plainStoryLines: told.stories.map((s) => s.line) });
		expect(plain).toContain("* Queue story\n\t* detail\n");
	});
});

describe("moving a question", () => {
	const text = "# Q\n\n## Questions\n\n### Chosen\n\n- One\n- Two\n\t- why it matters\n\n### Extra\n\n- Three\n\n## Stories\n";

	it("moves the item with its nested lines to the end of the other group, and back", () => {
		const plan = planEdit("move-question", text, { question: { line: 8, raw: "- Two" }, options: { questions: "Questions" } });
		if (plan.kind !== "change") throw new Error(plan.kind);
		const moved = applyChanges(text, plan.changes);
		expect(moved).toBe("# Q\n\n## Questions\n\n### Chosen\n\n- One\n\n### Extra\n\n- Three\n- Two\n\t- why it matters\n\n## Stories\n");
		const back = planEdit("move-question", moved, { question: { line: 12, raw: "- Two" }, options: { questions: "Questions" } });
		if (back.kind !== "change") throw new Error(back.kind);
		expect(applyChanges(moved, back.changes)).toBe(text);
	});

	it("refuses when the line changed since it was read", () => {
		expect(planEdit("move-question", text, { question: { line: 8, raw: "- Deux" }, options: { questions: "Questions" } }).kind).toBe("refuse");
	});
});

describe("the --vault report", () => {
	const rounds = [round(ROUND_2, read(ROUND_2)), round(ROUND_1, read(ROUND_1))];

	it("gives one process per company, its rounds in date order, with what each asked, told and said, and the questions no round asked", () => {
		const [northwind] = processReport(rounds).processes;
		expect(northwind?.company).toBe("Northwind Analytics");
		expect(northwind?.rounds.map((r) => r.path)).toEqual([ROUND_1, ROUND_2]);
		expect(northwind?.rounds[0]?.said).toContain("[+14:20] I can start six weeks after an offer.");
		expect(northwind?.unasked.map((q) => q.text)).toContain("How does the platform team decide what to build next?");
		expect(northwind?.unasked.every((q) => !northwind.rounds.some((r) => r.asked.includes(q.text)))).toBe(true);
	});

	it("reads as one block per company, and says so when there is none", () => {
		const text = formatProcessReport(processReport(rounds));
		expect(text.split("\n")[0]).toBe("Northwind Analytics (2 rounds)");
		expect(text).toContain("    said: [+04:10] I am looking for a senior backend role with real ownership of a platform.");
		expect(formatProcessReport(processReport([]))).toBe("No prep notes with a company in this folder.\n");
	});
});
