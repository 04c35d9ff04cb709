import { describe, expect, it } from "vitest";
import {
	applyChanges,
	captureInto,
	checkPlan,
	debriefTemplate,
	insertSections,
	NOTES_TEMPLATE,
	parsePrepNote,
	planEdit,
	PREP_SECTIONS_TEMPLATE,
	roundOf,
	sectionsPlanner,
	storyToCopy,
	type EditPlan,
	type Round,
	type StoryToInsert,
} from "../../src/core";
import { nextRoundText } from "./process/next-round-text";

/**
 * The newer writers (Move question, Start next round, Insert story, Insert debrief, Capture what I said) on
 * the smallest notes that broke them: each test is what a user would see in the note after the write.
 */

const QUESTIONS = { questions: "Questions" };

/** The note after a move that passed the check before every write, or the refusal's reason. */
function move(text: string, line: number): string {
	const raw = text.split(/\r\n|\n|\r/)[line - 1] ?? "";
	const planner = (t: string) => planEdit("move-question", t, { question: { line, raw }, options: QUESTIONS });
	return written(text, planner(text), planner);
}

/** Insert story from bank's plan, with a fresh parser. */
const insertStory = (text: string, story: StoryToInsert, group: string) => planEdit("insert-story", text, { story, group, options: { stories: "Stories" } });

function written<R>(text: string, plan: EditPlan<R>, planner: (t: string) => EditPlan<R>): string {
	if (plan.kind === "refuse") return `refused: ${plan.reason}`;
	if (plan.kind === "none") return text;
	const problem = checkPlan(text, plan, planner);
	return problem === null ? applyChanges(text, plan.changes) : `refused: ${problem}`;
}

const questions = (text: string) => parsePrepNote(text).questions.map((q) => `${q.group}: ${q.text}`);

const ROUND_OPTIONS = { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" };

function round(path: string, body: string): Round {
	const text = `---\ncompany: Acme\n---\n${body}`;
	const result = roundOf(path, text, parsePrepNote(text), ROUND_OPTIONS);
	if (!result) throw new Error("no round");
	return result;
}

const NEXT_TEMPLATE = "# Next\n\n## Questions\n\n### Chosen\n\n### Extra\n\n## Stories\n\n# Notes\n\n## What I said\n";
const nextRound = (rounds: Round[], template = NEXT_TEMPLATE) =>
	nextRoundText({ rounds, roundName: "Round 2", template, headings: { questions: "Questions", stories: "Stories", notes: "Notes" }, doneChars: "x" });

describe("what a list item spans is what the parser reads", () => {
	it("moves a question without the item that is indented by one space, its sibling", () => {
		const text = "## Questions\n### Chosen\n- A?\n - B?\n### Extra\n- C?\n";
		expect(questions(move(text, 3))).toEqual(["Chosen: B?", "Extra: C?", "Extra: A?"]);
	});

	it("moves a question without the heading indented under it", () => {
		const text = "## Questions\n### Chosen\n- Why?\n #\n### Extra\n- C?\n";
		// ` #` is a heading of its own, which ends Questions: Why? goes to a new Extra of Questions, and ` #` stays.
		expect(move(text, 3)).toBe("## Questions\n### Chosen\n\n### Extra\n\n- Why?\n #\n### Extra\n- C?\n");
	});

	it("moves a question whose unclosed fence ends with it, without the question after it", () => {
		const text = "## Questions\n### Chosen\n- [ ] Why?\n  ```\n- How?\n### Extra\n- C?\n";
		expect(move(text, 3)).toBe("## Questions\n### Chosen\n- How?\n### Extra\n- C?\n- [ ] Why?\n  ```\n");
	});

	it("moves a question with its lazy continuation line, and back, byte for byte", () => {
		const text = "## Questions\n### Chosen\n- What is the team's\non-call rotation?\n### Extra\n- C?\n";
		const moved = move(text, 3);
		expect(moved).toBe("## Questions\n### Chosen\n### Extra\n- C?\n- What is the team's\non-call rotation?\n");
		expect(move(moved, 5)).toBe(text);
	});

	it("carries a question with its continuation line into the next round, once, and never an asked one", () => {
		const earlier = round("a/2026-01-01 Acme 1.md", "# One\n## Questions\n### Chosen\n- What is the team's\non-call rotation?\n- [x] Asked already?\n");
		const latest = round("a/2026-01-08 Acme 2.md", "# Two\n## Questions\n### Chosen\n- Why?\n - [x] Asked already?\n");
		const text = nextRound([earlier, latest]);
		expect(questions(text)).toEqual(["Chosen: Why?", "Chosen: What is the team's\non-call rotation?"]);
		expect(text).not.toContain("Asked already");
	});

	it("does not list an item with no text of its own as a question", () => {
		expect(questions("## Questions\n-\n- - e\n- Real?\n")).toEqual(["Questions: Real?"]);
	});
});

describe("indentation counts columns, a tab to the next multiple of four", () => {
	it("copies a story indented by two spaces with tab-indented details as one story with its details", () => {
		const lines = storyToCopy({ block: ["  - Migration", "\t- Situation: db", "\t- Result: 2x"] }, { doneChar: "x", isDone: (c) => c === "x", wasPlain: false });
		const text = "# A\n## Stories\n";
		const after = written(text, insertStory(text, { title: "Migration", lines }, ""), (t) => insertStory(t, { title: "Migration", lines }, ""));
		expect(parsePrepNote(after).stories.map((s) => [s.title, s.details])).toEqual([["Migration", ["Situation: db", "Result: 2x"]]]);
	});

	it("carries a question whose continuation line reads as text only for its indent, as that text", () => {
		// The tab is four columns, one short of the item's text at column five: the line continues the question.
		const text = nextRound([round("a/2026-01-01 Acme.md", "# One\n## Questions\n### Chosen\n   - What is the team's\n\t- on-call rotation?\n- Why?\n")]);
		expect(questions(text)).toEqual(["Chosen: What is the team's\n- on-call rotation?", "Chosen: Why?"]);
	});
});

describe("a moved or carried item lands at its new list's indent", () => {
	it("moves an indented question under another as its sibling, not its detail", () => {
		const text = "## Questions\n### Chosen\n- A?\n### Extra\n  - B?\n";
		expect(move(text, 5)).toBe("## Questions\n### Chosen\n- A?\n- B?\n### Extra\n");
	});

	it("carries an indented question into the next round at the top of its group, not under the question before it", () => {
		const text = nextRound([round("a/2026-01-01 Acme.md", "# One\n## Questions\n### Chosen\n- A?\n\n### Chosen\n  - B?\n")]);
		expect(questions(text)).toEqual(["Chosen: A?", "Chosen: B?"]);
	});
});

describe("a new section is one level below the heading that contains it", () => {
	it("adds the debrief under a Notes heading of depth 2 at depth 3", () => {
		const text = "# Call\n## Notes\n- a\n";
		expect(insertSections(text, debriefTemplate("Debrief"), { parent: "Notes" }).text).toMatch(/^### Debrief$/m);
	});

	it("creates What I said inside a Notes of depth 3 without splitting Questions", () => {
		const text = "# Call\n## Questions\n### Notes\n- n\n### Extra\n- Why?\n";
		const after = captureInto(text, "What I said", "my range", { template: NOTES_TEMPLATE, parent: "Notes" })?.text ?? "";
		expect(after).toMatch(/^#### What I said$/m);
		expect(questions(after)).toEqual(["Notes: n", "What I said: my range", "Extra: Why?"]);
	});

	it("carries stories whose groups sit one level below a depth-1 Stories one level below the new Stories", () => {
		const latest = round("a/2026-01-01 Acme.md", "# Stories\n## Work\n- Migration\n\t- Result: 2x\n");
		const text = nextRound([latest]);
		expect(parsePrepNote(text).stories.map((s) => [s.group, s.title])).toEqual([["Work", "Migration"]]);
		expect(text).toContain("### Work\n- Migration");
	});
});

describe("a setext heading's underline is part of the heading", () => {
	it("carries the stories under a setext Stories heading without its underline", () => {
		const latest = round("a/2026-01-01 Acme.md", "Stories\n===\n2) Migration\n");
		const text = nextRound([latest]);
		expect(text).not.toContain("===");
		expect(parsePrepNote(text).stories.map((s) => s.title)).toEqual(["Migration"]);
	});

	it("carries questions into a template whose Questions heading is setext, keeping its underline", () => {
		const text = nextRound([round("a/2026-01-01 Acme.md", "# One\n## Questions\n- Why?\n")], "# Next\n\nQuestions\n---\n\n## Stories\n\n# Notes\n");
		expect(text).toContain("Questions\n---\n");
		expect(questions(text)).toEqual(["Extra: Why?"]);
	});
});

describe("template headings match the note's headings at the same path", () => {
	it("fills Extra under Questions and adds Chosen before it, once", () => {
		const text = "# Call\n\n## Questions\n\n### Extra\n";
		const once = insertSections(text, PREP_SECTIONS_TEMPLATE);
		expect(questions(once.text)).toEqual(["Chosen: What does a typical day look like for the role?", "Extra: How does the team grow people into senior roles?"]);
		const planner = sectionsPlanner(PREP_SECTIONS_TEMPLATE);
		expect(written(text, planner(text), planner)).toBe(once.text);
	});

	it("adds Stories with its own Work-related, not filling a Work-related under Preparation", () => {
		const text = "# Preparation\n## Work-related\n";
		const once = insertSections(text, PREP_SECTIONS_TEMPLATE).text;
		expect(parsePrepNote(once).stories.map((s) => s.group)).toEqual(["Work-related", "Standard"]);
		// The note's own Work-related, under Preparation, stays as it was: empty.
		expect(once).toContain("\n## Work-related\n\n# Ice breakers\n");
		expect(insertSections(once, PREP_SECTIONS_TEMPLATE).text).toBe(once);
	});

	it("adds a missing sub-section inside its parent before a section added after the parent's parent, once", () => {
		const text = "# Preparation\n## Stories\n# Notes\n";
		const once = insertSections(text, PREP_SECTIONS_TEMPLATE, { parent: "Notes" }).text;
		expect(parsePrepNote(once).stories.map((s) => s.group)).toEqual(["Work-related", "Standard"]);
		expect(insertSections(once, PREP_SECTIONS_TEMPLATE, { parent: "Notes" }).text).toBe(once);
	});

	it("refuses a sub-section that would land in an unclosed HTML comment, though the note has one of its name elsewhere", () => {
		const text = "# Agenda\n# Notes\n<!--\n";
		const result = insertSections(text, "# Notes\n## Agenda\n- a\n");
		expect([result.text, result.inserted]).toEqual([text, []]);
		expect(result.problem).toMatch(/unclosed code block, HTML block or %% comment/);
	});

	it("fills each of a template's sections of the same name under its own parent", () => {
		const template = "## Questions\n### Chosen\n- Which team?\n## Stories\n### Chosen\n- Migration\n";
		const once = insertSections("# Call\n## Questions\n### Chosen\n", template).text;
		expect(questions(once)).toEqual(["Chosen: Which team?"]);
		expect(parsePrepNote(once).stories.map((s) => `${s.group}: ${s.title}`)).toEqual(["Chosen: Migration"]);
		expect(insertSections(once, template).text).toBe(once);
	});
});

describe("inserted text never opens a %% comment", () => {
	it("writes a debrief for a person named with %% with both follow-ups", () => {
		const template = debriefTemplate("Debrief");
		const text = insertSections("# Notes\n", template, { parent: "Notes", vars: { with: "%% Dana", round: "Screen" } }).text;
		expect(parsePrepNote(text).taskItems.map((t) => t.text)).toEqual(["Send a thank-you note to %% Dana", "Write down the questions I want to answer better next time"]);
	});

	it("captures %% private as text, and the next capture still lands", () => {
		const options = { template: NOTES_TEMPLATE, parent: "Notes" };
		const once = captureInto("# Notes\n## What I said\n", "What I said", "%% private", options)?.text ?? "";
		const twice = captureInto(once, "What I said", "next", options)?.text ?? "";
		expect(twice).toBe("# Notes\n## What I said\n\n- %\\% private\n- next\n");
	});

	it("writes a discrepancy row with %% that leaves the next row readable", () => {
		const options = { template: NOTES_TEMPLATE, parent: "Notes", preferTableRow: true };
		const text = "# Notes\n## Discrepancies\n| Topic | Before | Today |\n| - | - | - |\n";
		const once = captureInto(text, "Discrepancies", "pay %% hidden", options)?.text ?? "";
		const twice = captureInto(once, "Discrepancies", "notice", options)?.text ?? "";
		expect(parsePrepNote(twice).tables[0]?.rows.map((r) => r.cells[0])).toEqual(["Topic", "pay %% hidden", "notice"]);
	});
});

describe("writes that used to be refused for a reason that was not the cause", () => {
	const story = { title: "Migration", lines: ["2) Migration", "   - Result: 2x"] };
	const insert = (text: string, s = story, group = "Work") => written(text, insertStory(text, s, group), (t) => insertStory(t, s, group));

	it("inserts a story into a group that ends in an HTML block, after a blank line", () => {
		const after = insert("## Stories\n### Work\n<details>\n", { title: "Migration", lines: ["- Migration"] });
		expect(after).toBe("## Stories\n### Work\n<details>\n\n- Migration\n");
	});

	it("inserts a story numbered 2) after a paragraph as a story, after a blank line", () => {
		const after = insert("## Stories\n### Work\nSome words.\n");
		expect(parsePrepNote(after).stories.map((s) => [s.title, s.details])).toEqual([["Migration", ["Result: 2x"]]]);
	});

	it("names an unclosed HTML comment when no blank line can end it", () => {
		expect(insert("## Stories\n### Work\n<!--\n")).toMatch(/^refused: .*line 3 is in an HTML block that does not end/);
	});
});

describe("a move and its move back give the note back byte for byte", () => {
	it("puts a question that was right under its heading back right under it", () => {
		const text = "## Questions\n### Chosen\n- A?\n### Extra\n- B?\n";
		const moved = move(text, 3);
		expect(moved).toBe("## Questions\n### Chosen\n### Extra\n- B?\n- A?\n");
		expect(move(moved, 5)).toBe(text);
	});

	it("keeps the blank line above a question moved into an empty group", () => {
		const text = "## Questions\n### Chosen\n- X?\n\n- A?\n### Extra\n";
		const moved = move(text, 5);
		expect(moved).toBe("## Questions\n### Chosen\n- X?\n### Extra\n\n- A?\n");
		expect(move(moved, 6)).toBe(text);
	});

	it("keeps each moved line's own line ending in a note of mixed endings", () => {
		const text = "## Questions\r\n### Chosen\n- X?\r\n- A?\r\n### Extra\n- B?\n";
		const moved = move(text, 4);
		expect(moved).toBe("## Questions\r\n### Chosen\n- X?\r\n### Extra\n- B?\n- A?\r\n");
		expect(move(moved, 6)).toBe(text);
	});

	it("leaves the blank lines after a question's unclosed fence where they were, there and back", () => {
		const text = "## Questions\n### Extra\n### Chosen\n- Q?\n  ```\n\n\n### Stories\n";
		const moved = move(text, 4);
		expect(moved).toBe("## Questions\n### Extra\n- Q?\n  ```\n### Chosen\n\n\n### Stories\n");
		expect(move(moved, 3)).toBe(text);
	});

	it("moves one of two identical questions, where a second run would move the other", () => {
		expect(move("## Questions\n### Chosen\n- Why?\n- Why?\n### Extra\n", 3)).toBe("## Questions\n### Chosen\n- Why?\n### Extra\n- Why?\n");
	});
});
