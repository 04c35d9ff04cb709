import { describe, expect, it } from "vitest";
import {
	applyChanges,
	callsOverview,
	callTime,
	checkPlan,
	DEFAULT_STAR_WORDS,
	filterBank,
	formatCallsReport,
	groupProcesses,
	identityKey,
	insertSections,
	debriefTemplate,
	parsePrepNote,
	planEdit,
	processReport,
	processView,
	roundOf,
	storyBank,
	storyToCopy,
	type Round,
} from "../../../src/core";

const OPTIONS = { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" };
const note = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n${body}`;

function round(path: string, text: string): Round {
	const result = roundOf(path, text, parsePrepNote(text, { fallbackTitle: "note" }), OPTIONS);
	if (!result) throw new Error(`${path} has no company`);
	return result;
}

const READY = "\t- Situation: old queue\n\t- Task: move it\n\t- Action: dual writes\n\t- Result: 0 lost events";
const ACME_1 = round("acme-1.md", note("company: Acme\nround: Screen\nwith: Dana\nmeeting: 2026-03-01T10:00", `# Acme\n## Stories\n- [x] Queue  migration\n\t- Situation: draft\n- [x] Outage\n`));
const ACME_2 = round("acme-2.md", note("company: Acme\nround: Team\nwith: Sam\nmeeting: 2026-03-08T10:00", `# Acme\n## Stories\n- queue migration\n${READY}\n`));
const GLOBEX = round("globex.md", note("company: Globex\nround: Screen\nmeeting: 2026-03-05T09:00", `# Globex\n## Stories\n### Work\n- [x] QUEUE MIGRATION\n- Mentoring\n`));

describe("the story bank", () => {
	const bank = storyBank([ACME_2, GLOBEX, ACME_1], DEFAULT_STAR_WORDS);

	it("groups stories by title, ignoring case and spacing, with the details and readiness of the most recent note", () => {
		expect(bank.map((s) => s.title)).toEqual(["Mentoring", "Outage", "queue migration"]);
		const queue = bank[2];
		expect(queue).toMatchObject({ path: "acme-2.md", line: 9, ready: true, paths: ["acme-1.md", "globex.md", "acme-2.md"] });
		expect(queue?.details).toEqual(["Situation: old queue", "Task: move it", "Action: dual writes", "Result: 0 lost events"]);
	});

	it("lists every telling from the told marks, in date order, with company, round, person and date", () => {
		expect(bank[2]?.tellings).toEqual([
			{ path: "acme-1.md", company: "Acme", round: "Screen", with: "Dana", meeting: "2026-03-01T10:00", line: 9 },
			{ path: "globex.md", company: "Globex", round: "Screen", with: null, meeting: "2026-03-05T09:00", line: 9 },
		]);
		expect(bank[0]?.tellings).toEqual([]);
	});

	it("filters to stories not yet told to a company, and to those not ready", () => {
		expect(filterBank(bank, { notToldTo: " globex " }).map((s) => s.title)).toEqual(["Mentoring", "Outage"]);
		expect(filterBank(bank, { notReady: true }).map((s) => s.title)).toEqual(["Mentoring", "Outage"]);
		expect(filterBank(bank, { notToldTo: "Acme", notReady: true }).map((s) => s.title)).toEqual(["Mentoring"]);
	});

	it("copies a story with its nested details and without its told mark", () => {
		const outage = bank[1];
		expect(outage && storyToCopy(outage, { doneChar: "x", isDone: (c) => c === "x", wasPlain: false })).toEqual(["- [ ] Outage"]);
		expect(outage && storyToCopy(outage, { doneChar: "x", isDone: (c) => c === "x", wasPlain: true })).toEqual(["- Outage"]);
	});
});

describe("inserting a story from the bank", () => {
	const story = { title: "Queue migration", lines: ["- Queue migration", ...READY.split("\n")] };
	const insert = (text: string, group = "") => {
		const args = { story, group, options: { stories: "Stories" } };
		const plan = planEdit("insert-story", text, args);
		if (plan.kind === "change") expect(checkPlan(text, plan, (t) => planEdit("insert-story", t, args))).toBeNull();
		return plan.kind === "change" ? applyChanges(text, plan.changes) : plan;
	};

	it("fills an empty Stories section", () => {
		expect(insert("# A\n## Stories\n\n## Questions\n- Why?\n")).toBe(`# A\n## Stories\n\n- Queue migration\n${READY}\n\n## Questions\n- Why?\n`);
	});

	it("goes to the end of the chosen group", () => {
		const text = "# A\n## Stories\n### Work\n- Outage\n\t- Result: fixed\n\n### Standard\n- Conflict\n";
		expect(insert(text, "Work")).toBe(`# A\n## Stories\n### Work\n- Outage\n\t- Result: fixed\n- Queue migration\n${READY}\n\n### Standard\n- Conflict\n`);
	});

	it("adds nothing when the note has the story already, by title identity", () => {
		expect(insert("# A\n## Stories\n- [x]  queue MIGRATION\n")).toEqual({ kind: "none", result: { inserted: false } });
	});

	it("makes the Stories heading of a note without one, under its title, in the same checked change", () => {
		const text = insert("# A\n## Questions\n");
		expect(text).toBe(`# A\n## Questions\n\n## Stories\n\n- Queue migration\n${READY}\n`);
	});

	it("refuses a note without Stories and without a title to put them under", () => {
		expect(insert("## Questions\n")).toMatchObject({ kind: "refuse" });
	});
});

describe("upcoming and recent calls", () => {
	const DAY = 86_400_000;
	const now = Date.parse("2026-03-20T12:00:00");

	const local = (days: number, body = "") => {
		const d = new Date(now + days * DAY);
		const pad = (n: number) => String(n).padStart(2, "0");
		const meeting = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
		// Companies named against the date order, so the list's order is the calls' own.
		return round(`c${days}.md`, note(`company: C${100 - days}\nmeeting: ${meeting}`, `# C\n## Preparation\n- [x] a\n- [ ] b\n${body}`));
	};

	it("lists future calls soonest first, with their readiness", () => {
		const { upcoming } = callsOverview([local(9), local(1), local(-1), local(3)], now, DEFAULT_STAR_WORDS);
		expect(upcoming.map((c) => c.path)).toEqual(["c1.md", "c3.md", "c9.md"]);
		expect(upcoming[0]).toMatchObject({ prep: { done: 1, total: 2 }, storiesReady: 0, storiesTotal: 0, questionsPlanned: 0, saidBefore: 0 });
	});

	it("shows calls of the last 14 days without a debrief, oldest first, and not older ones or debriefed ones", () => {
		const debriefed = local(-2, "# Notes\n## Debrief\n- What went well: all\n");
		const { recent } = callsOverview([local(-1), local(-13.9), local(-14.1), debriefed], now, DEFAULT_STAR_WORDS);
		expect(recent.map((r) => `${r.kind} ${r.path}`)).toEqual(["no-debrief c-13.9.md", "no-debrief c-1.md"]);
	});

	it("lists open debrief follow-ups of any age, and leaves them out of the prep count", () => {
		const old = local(-40, "# Notes\n## Debrief\n- [ ] Send a thank-you note to Dana\n- [x] Done already\n");
		expect(old.progress).toEqual({ done: 1, total: 2 });
		const { recent } = callsOverview([old], now, DEFAULT_STAR_WORDS);
		expect(recent).toMatchObject([{ kind: "follow-up", text: "Send a thank-you note to Dana", path: "c-40.md" }]);
	});

	it("counts the said lines of the company's earlier rounds", () => {
		const first = round("x1.md", note("company: X\nmeeting: 2026-03-10T10:00", "# X\n# Notes\n## What I said\n- one\n- two\n"));
		const second = round("x2.md", note("company: X\nmeeting: 2026-03-25T10:00", "# X\n"));
		expect(callsOverview([second, first], now, DEFAULT_STAR_WORDS).upcoming).toMatchObject([{ path: "x2.md", saidBefore: 2 }]);
	});
});

describe("the debrief", () => {
	it("inserts under Notes once: running it again changes nothing", () => {
		const text = "# A\n## Stories\n# Notes\n## Agenda\n- hello\n";
		const template = debriefTemplate("Debrief").replace("{{with}}", "Dana");
		const once = insertSections(text, template, { parent: "Notes" }).text;
		expect(once).toBe(`${text}\n## Debrief\n\n- What went well:\n- What to improve:\n- What they said about next steps and timeline:\n- [ ] Send a thank-you note to Dana\n- [ ] Write down the questions I want to answer better next time\n`);
		expect(insertSections(once, template, { parent: "Notes" }).text).toBe(once);
	});
});

describe("report --vault", () => {
	it("adds stories with their tellings and calls soonest first with open follow-ups", () => {
		const report = processReport([ACME_2, GLOBEX, ACME_1]);
		expect(report.stories[2]).toEqual({
			title: "queue migration",
			tellings: [
				{ path: "acme-1.md", company: "Acme", round: "Screen", with: "Dana", meeting: "2026-03-01T10:00" },
				{ path: "globex.md", company: "Globex", round: "Screen", with: null, meeting: "2026-03-05T09:00" },
			],
			ready: true,
			paths: ["acme-1.md", "globex.md", "acme-2.md"],
			answered: [],
		});
		expect(report.calls.map((c) => c.path)).toEqual(["acme-1.md", "globex.md", "acme-2.md"]);
		expect(report.calls[2]).toEqual({ path: "acme-2.md", company: "Acme", round: "Team", meeting: "2026-03-08T10:00", prep: { done: 0, total: 0 }, storiesReady: 1, storiesTotal: 1, followUps: [] });
	});
});

describe("the readable report's calls, and when a call is", () => {
	const DEBRIEFED = round(
		"acme-0.md",
		note("company: Acme\nround: Intro\nmeeting: 2026-02-20T10:00", "# Acme\n## Notes\n### Debrief\n- [ ] Send a thank-you note to Dana\n- [x] Update the tracker\n"),
	);

	it("lists the calls ahead, soonest first, with readiness, and every open follow-up", () => {
		const text = formatCallsReport([ACME_2, GLOBEX, ACME_1, DEBRIEFED], new Date(2026, 2, 2).getTime());
		expect(text.split("\n").slice(0, 3)).toEqual([
			"Next calls:",
			"  2026-03-05T09:00  Globex, Screen  prep 0/0, stories ready 0/2  (globex.md)",
			"  2026-03-08T10:00  Acme, Team with Sam  prep 0/0, stories ready 1/1  (acme-2.md)",
		]);
		expect(text).toContain("Open follow-ups:\n  - [ ] Send a thank-you note to Dana (Acme, Intro, acme-0.md)\n");
		expect(text).not.toContain("Update the tracker");
	});

	it("says none when nothing is ahead and nothing is open", () => {
		expect(formatCallsReport([ACME_1], new Date(2026, 5, 1).getTime())).toBe("Next calls: none\nOpen follow-ups: none\n");
	});

	it("is the meeting's time, else the start of the meeting's day, else unknown: a file name's date is no call", () => {
		expect(callTime({ meeting: "2026-03-01T10:00", date: "2026-03-01" })).toBe(new Date(2026, 2, 1, 10).getTime());
		expect(callTime({ meeting: "2026-03-01", date: "2026-03-01" })).toBe(new Date(2026, 2, 1).getTime());
		expect(callTime({ meeting: null, date: "2026-03-01" })).toBeNull();
		expect(callTime({ meeting: null, date: null })).toBeNull();
	});
});

describe("the process part's rounds", () => {
	it("says of each round whether it is past, today, upcoming or undated, and names the person a story was told to when there is one", () => {
		const undated = round("acme-x.md", note("company: Acme\nround: Take-home", "# Acme\n## Stories\n- [x] Outage\n"));
		const [acme] = groupProcesses([ACME_1, ACME_2, undated]);
		if (!acme) throw new Error("no process");
		const view = processView(acme, ACME_2, "2026-03-08");
		expect(view.rounds.map((r) => [r.name, r.timing, r.current])).toEqual([
			["Screen", "past", false],
			["Team", "today", true],
			["Take-home", "undated", false],
		]);
		expect(view.rounds[2]?.date).toBeNull();
		expect(view.toldBefore[identityKey("Outage")]).toBe("Screen (Dana)");
		expect(processView(acme, undated, "2026-03-01").toldBefore[identityKey("Outage")]).toBe("Screen (Dana)");
		expect(processView(acme, ACME_1, "2026-02-01").rounds[0]?.timing).toBe("upcoming");
	});
});
