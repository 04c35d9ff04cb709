import { describe, expect, it } from "vitest";
import {
	betterAnswerTasks,
	callsOverview,
	DEFAULT_STAR_WORDS,
	filterTheirQuestions,
	NEW_NOTE_TEMPLATE,
	parsePrepNote,
	processReport,
	roundOf,
	storyBank,
	theirQuestionsBank,
	type Round,
} from "../../../src/core";
import { nextRoundText } from "./next-round-text";

const OPTIONS = { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" };
const note = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n${body}`;

function round(path: string, text: string): Round {
	const result = roundOf(path, text, parsePrepNote(text, { fallbackTitle: "note" }), OPTIONS);
	if (!result) throw new Error(`${path} has no company`);
	return result;
}

const ACME_1 = round(
	"acme-1.md",
	note(
		"company: Acme\nround: Screen\nwith: Dana\nmeeting: 2026-03-01T10:00",
		[
			"# Acme screen",
			"## Preparation",
			"- [ ] Read the post",
			"## Stories",
			"- Materials debate over SPA versus MPA",
			"# Notes",
			"## Their questions",
			"- [+12:40] Tell me about a time you disagreed with your manager. 🔴",
			"  - Answered with: materials debate over  SPA versus MPA",
			"  - Rambled; lead with the result next time.",
			"- [+20:00] What are your salary expectations? 🟡",
			"- Why are you leaving your current role? 🟢",
			"- ",
			"",
		].join("\n"),
	),
);
const GLOBEX = round(
	"globex.md",
	note(
		"company: Globex\nround: Panel\nwith: Sam\nmeeting: 2026-03-05T09:00",
		"# Globex\n## Their questions\n- [+03:00] TELL me about a time you   disagreed with your manager.\n- Why are you leaving your current role? 🔴\n  - Answered with: A story no note has\n",
	),
);
const ACME_2 = round(
	"acme-2.md",
	note("company: Acme\nround: Team\nwith: Lee\nmeeting: 2026-03-08T10:00", "# Acme team\n## Their questions\n- Tell me about a time you disagreed with your manager. 🟢\n- What are your salary expectations?\n"),
);

describe("the their questions bank", () => {
	const bank = theirQuestionsBank([ACME_2, GLOBEX, ACME_1]);

	it("groups a question by its identity, stamp, marker, case and spacing left out, with its text as first written", () => {
		expect(bank.map((q) => [q.text, q.times])).toEqual([
			["Tell me about a time you disagreed with your manager.", 3],
			["What are your salary expectations?", 2],
			["Why are you leaving your current role?", 2],
		]);
	});

	it("lists each round that asked it in round order, with company, round, person, rating and story", () => {
		const first = bank[0];
		expect(first?.asked).toEqual([
			{ path: "acme-1.md", line: 14, company: "Acme", round: "Screen", with: "Dana", meeting: "2026-03-01T10:00", text: "Tell me about a time you disagreed with your manager.", rating: "weak", story: "Materials debate over SPA versus MPA" },
			{ path: "globex.md", line: 9, company: "Globex", round: "Panel", with: "Sam", meeting: "2026-03-05T09:00", text: "TELL me about a time you   disagreed with your manager.", rating: null, story: null },
			{ path: "acme-2.md", line: 9, company: "Acme", round: "Team", with: "Lee", meeting: "2026-03-08T10:00", text: "Tell me about a time you disagreed with your manager.", rating: "strong", story: null },
		]);
		expect(first).toMatchObject({ rating: "strong", ratings: ["weak", "strong"], stories: ["Materials debate over SPA versus MPA"] });
	});

	it("keeps the latest rating given: a later round that asks it unrated does not forget that it went so-so", () => {
		expect(bank[1]).toMatchObject({ text: "What are your salary expectations?", rating: "ok", ratings: ["ok"] });
		// A story no note has is no story of the bank.
		expect(bank[2]?.asked[1]).toMatchObject({ rating: "weak", story: null });
	});

	it("sorts by the latest round that asked, newest first, and note order within a round", () => {
		const later = round("z.md", note("company: Zed\nmeeting: 2026-04-01", "# Z\n## Their questions\n- Why are you leaving your current role?\n"));
		const again = theirQuestionsBank([ACME_1, ACME_2, GLOBEX, later]);
		expect(again.map((q) => q.text)).toEqual(["Why are you leaving your current role?", "Tell me about a time you disagreed with your manager.", "What are your salary expectations?"]);
	});

	it("filters to weak or unrated, and to asked more than once", () => {
		const lone = round("lone.md", note("company: Lone\nmeeting: 2026-02-01", "# L\n## Their questions\n- Walk me through your CV.\n- Why Lone? 🟢\n"));
		const all = theirQuestionsBank([ACME_1, GLOBEX, ACME_2, lone]);
		expect(filterTheirQuestions(all, { weakOrUnrated: true }).map((q) => q.text)).toEqual(["Why are you leaving your current role?", "Walk me through your CV."]);
		expect(filterTheirQuestions(all, { askedMoreThanOnce: true }).map((q) => q.times)).toEqual([3, 2, 2]);
		expect(filterTheirQuestions(all, { weakOrUnrated: true, askedMoreThanOnce: true }).map((q) => q.text)).toEqual(["Why are you leaving your current role?"]);
	});

	it("shows in the story bank which questions each story answered", () => {
		const story = storyBank([ACME_1, GLOBEX, ACME_2], DEFAULT_STAR_WORDS).find((s) => s.title === "Materials debate over SPA versus MPA");
		expect(story?.answered).toEqual([{ question: "Tell me about a time you disagreed with your manager.", path: "acme-1.md", line: 14 }]);
	});
});

describe("a weak or so-so answer in the next round", () => {
	it("adds a prep task for each question this company asked whose latest rating is weak or so-so, once, in the order first asked", () => {
		expect(betterAnswerTasks([ACME_1])).toEqual([
			"- [ ] Prepare a better answer: Tell me about a time you disagreed with your manager.",
			"- [ ] Prepare a better answer: What are your salary expectations?",
		]);
		// The team round answered the first one well; the second was asked again, unrated.
		expect(betterAnswerTasks([ACME_1, ACME_2])).toEqual(["- [ ] Prepare a better answer: What are your salary expectations?"]);
	});

	it("puts them at the end of the new note's Preparation, where the prep counts see them", () => {
		const text = nextRoundText({ rounds: [ACME_1], roundName: "Team", template: NEW_NOTE_TEMPLATE.replace(/\{\{name\}\}/g, "Acme Team"), headings: { questions: "Questions", stories: "Stories", notes: "Notes", preparation: "Preparation" }, doneChars: "x" });
		expect(text).toContain(
			"- [ ] Choose one to three stories and their short versions\n- [ ] Prepare a better answer: Tell me about a time you disagreed with your manager.\n- [ ] Prepare a better answer: What are your salary expectations?\n\n## Ice breakers",
		);
		const model = parsePrepNote(text);
		expect(model.sections.find((s) => s.heading === "Preparation")).toMatchObject({ done: 0, total: 6 });
		// The new round's own Their questions starts empty.
		expect(model.theirQuestions).toEqual([]);
	});

	it("adds a Preparation section to a template without one, and nothing to a process whose answers went well", () => {
		const headings = { questions: "Questions", stories: "Stories", notes: "Notes" };
		const text = nextRoundText({ rounds: [ACME_1], roundName: "Team", template: "# T\n\n# Notes\n", headings, doneChars: "x" });
		expect(text).toContain("## Preparation\n\n- [ ] Prepare a better answer: Tell me about a time you disagreed with your manager.\n");
		const fine = round("f.md", note("company: Fine", "# F\n## Their questions\n- Why us? 🟢\n"));
		expect(nextRoundText({ rounds: [fine], roundName: "2", template: "# T\n", headings, doneChars: "x" })).not.toContain("Preparation");
	});
});

describe("the calls ahead and the report", () => {
	it("counts, for each upcoming call, the weak and so-so answers to prepare across the vault", () => {
		const ahead = round("ahead.md", note("company: Initech\nmeeting: 2026-03-20T10:00", "# Initech\n## Preparation\n- [ ] x\n"));
		const { upcoming } = callsOverview([ACME_1, GLOBEX, ACME_2, ahead], new Date(2026, 2, 10).getTime(), DEFAULT_STAR_WORDS);
		// The disagreement question went well last; salary is so-so, and leaving went weak at Globex.
		expect(upcoming.map((c) => [c.path, c.answersToPrepare])).toEqual([["ahead.md", 2]]);
	});

	it("gives the report's theirQuestions and each story's answered questions", () => {
		const report = processReport([ACME_2, GLOBEX, ACME_1]);
		expect(report.theirQuestions[0]).toEqual({
			text: "Tell me about a time you disagreed with your manager.",
			rating: "strong",
			times: 3,
			asked: [
				{ path: "acme-1.md", line: 14, company: "Acme", round: "Screen", with: "Dana", meeting: "2026-03-01T10:00", rating: "weak", story: "Materials debate over SPA versus MPA" },
				{ path: "globex.md", line: 9, company: "Globex", round: "Panel", with: "Sam", meeting: "2026-03-05T09:00", rating: null, story: null },
				{ path: "acme-2.md", line: 9, company: "Acme", round: "Team", with: "Lee", meeting: "2026-03-08T10:00", rating: "strong", story: null },
			],
		});
		expect(report.stories.find((s) => s.title.startsWith("Materials"))?.answered).toEqual([{ question: "Tell me about a time you disagreed with your manager.", path: "acme-1.md" }]);
	});
});
