import { describe, expect, it } from "vitest";
import { checkPlan, insertAt, planLineEdit, sectionsPlanner, type EditPlan, type Planner } from "../../src/core";

/** A planner that makes the same insertion whatever the text, as a faulty planner would. */
const inserting = (offset: number, text: string, repeats = false): Planner<null> => (note) => {
	const plan: EditPlan<null> = { kind: "change", changes: [insertAt(Math.min(offset, note.length), text)], result: null };
	return repeats ? { ...plan, repeats } : plan;
};

/** A planner that replaces `from`..`to` of `note`, and has nothing left to do on any other text, as a planner whose work is done. */
const replacing = (note: string, from: number, to: number, text: string): Planner<null> => (current) =>
	current === note ? { kind: "change", changes: [{ from, to, text }], result: null } : { kind: "none", result: null };

function check(note: string, planner: Planner<unknown>): string | null {
	const plan = planner(note);
	if (plan.kind !== "change") throw new Error(`expected a change, got ${plan.kind}`);
	return checkPlan(note, plan, planner);
}

describe("the check before every write", () => {
	it("passes a section insert, a capture-like repeat and a toggle on an ordinary note", () => {
		const note = "# Call\n\n## Preparation\n- [ ] Read the handbook\n";
		expect(check(note, sectionsPlanner("## Notes\n\n## Agenda\n"))).toBeNull();
		expect(check(note, inserting(note.length, "- another\n", true))).toBeNull();
		expect(check(note, planLineEdit({ line: 4, expected: "- [ ] Read the handbook", replacement: "- [x] Read the handbook" }))).toBeNull();
	});

	it("refuses new headings that would land inside an unclosed code block", () => {
		const note = "# Call\n```\ncode\n";
		expect(check(note, inserting(note.length, "## Agenda\n", true))).toMatch(/new line 4 would read as code, not as a heading/);
	});

	it("refuses new lines that would land inside an unclosed %% comment or an HTML block", () => {
		expect(check("# Call\n%%\nprivate\n", inserting(17, "- [ ] task\n", true))).toMatch(/would read as a comment/);
		expect(check("# Call\n<div>\n", inserting(13, "- [ ] task\n", true))).toMatch(/would read as HTML/);
	});

	it("names the open block a new line would land in, even when a second run would also change the note", () => {
		const note = "# Call\n```\ncode\n";
		expect(check(note, inserting(note.length, "## Agenda\n"))).toMatch(/new line 4 would read as code, not as a heading/);
	});

	it("refuses a write that changes how a line already there reads", () => {
		// A `---` under a line of text turns the text into a heading.
		expect(check("# Call\nSome text\n", inserting(17, "---\n", true))).toMatch(/how line 2 reads, from text to a heading/);
		// An opened fence turns the lines after it into code.
		expect(check("# Call\n- [ ] task\n", inserting(7, "```\n", true))).toMatch(/how line 2 reads, from a list item to code/);
	});

	it("refuses line breaks the note does not use, and a break between a \\r and its \\n", () => {
		expect(check("# Call\r\n- a\r\n", inserting(13, "- b\n", true))).toMatch(/unlike the rest of the note/);
		expect(check("# Call\r\n- a\r\n", inserting(7, "x", true))).toMatch(/split a line ending/);
	});

	it("refuses a replacement that ends between a \\r and its \\n, or starts there", () => {
		const note = "# Call\r\nSome text\r\nmore text\r\n";
		// "text\r" becomes "words": the change starts inside the line and ends on its \n, which would be left alone.
		expect(check(note, replacing(note, 13, 18, "words")) ?? "passed, leaving a lone \\n").toMatch(/split a line ending/);
		expect(check(note, replacing(note, 2, 7, "Talk"))).toMatch(/split a line ending/);
		expect(check(note, replacing(note, 7, 9, ""))).toMatch(/split a line ending/);
		// Ending before the \r, the same replacements pass.
		expect(check(note, replacing(note, 13, 17, "words"))).toBeNull();
		expect(check(note, replacing(note, 2, 6, "Talk"))).toBeNull();
	});

	it("refuses a plan that would change the note again when run on its own result", () => {
		const note = "# Call\n";
		expect(check(note, inserting(note.length, "## Agenda\n"))).toMatch(/running it again would change the note again/);
		expect(check(note, inserting(note.length, "## Agenda\n", true))).toBeNull();
	});
});

describe("new lines read alone, without the indentation they share", () => {
	it("pass a nested detail added under an item, indented by spaces or a tab, which alone would be indented code", () => {
		expect(check("## Stories\n- Launch\n", inserting(20, "    - Situation: a late launch\n", true))).toBeNull();
		expect(check("## Stories\n- Launch\n", inserting(20, "\t- Situation: a late launch\n\t\t- More\n", true))).toBeNull();
	});

	it("still refuse nested lines that would be code where they land", () => {
		expect(check("## Stories\n\nText\n", inserting(17, "\n    - not an item here\n", true))).toMatch(/would read as code/);
	});
});
