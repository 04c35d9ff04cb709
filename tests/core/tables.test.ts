import { describe, expect, it } from "vitest";
import { captureInto, insertSections, NOTES_TEMPLATE, parsePrepNote, PrepNoteParser } from "../../src/core";

const md = (lines: string[]) => lines.join("\n") + "\n";
const discrepancy = { template: NOTES_TEMPLATE, preferTableRow: true };

// Obsidian renders GFM tables; the model reads them as tables too, not as paragraphs.
describe("tables, as Obsidian renders them", () => {
	it("counts a task list right after a table, even one that could not interrupt a paragraph", () => {
		const note = parsePrepNote(md(["## Preparation", "| Topic | Notes |", "| --- | --- |", "| pay | ask |", "2. [ ] Read the handbook", "3. [x] Update the CV"]));
		expect(note.prep).toMatchObject({ done: 1, total: 2 });
	});

	it("keeps the stories of a Stories section that starts with a table", () => {
		const note = parsePrepNote(md(["## Stories", "| Story | Told to |", "| --- | --- |", "| Launch | |", "---", "- Launch", "  - Situation: a late launch", "- Migration"]));
		expect(note.stories.map((s) => s.title)).toEqual(["Launch", "Migration"]);
	});

	it("reads a `---` after a table as a rule, not as a heading's underline", () => {
		const note = parsePrepNote(md(["# Call", "| a | b |", "| - | - |", "| x | y |", "---", "## Notes"]));
		expect(note.headings.map((h) => h.text)).toEqual(["Call", "Notes"]);
	});

	it("gives each table's rows with their lines and cells, the header first", () => {
		const note = parsePrepNote(md(["## Discrepancies", "| Topic | Before | Today |", "| - | - | - |", "| Salary | 90k | 80k |", "|  |  |  |"]));
		expect(note.tables).toEqual([
			{ line: 2, endLine: 5, rows: [{ line: 2, cells: ["Topic", "Before", "Today"] }, { line: 4, cells: ["Salary", "90k", "80k"] }, { line: 5, cells: ["", "", ""] }] },
		]);
	});

	it("reads no table inside a code block, and the chunked parse agrees", () => {
		const text = md(["# Notes", "```", "| a | b |", "| - | - |", "```", "# After", "| a |", "| - |"]);
		expect(parsePrepNote(text).tables.map((t) => t.line)).toEqual([7]);
		expect(new PrepNoteParser().parse(text)).toEqual(parsePrepNote(text));
	});
});

describe("a discrepancy captured as a table row", () => {
	it("fills the table's empty row", () => {
		const note = md(["## Discrepancies", "| Topic | Before | Today |", "| - | - | - |", "|  |  |  |"]);
		expect(captureInto(note, "Discrepancies", "salary range", discrepancy)?.text).toBe(md(["## Discrepancies", "| Topic | Before | Today |", "| - | - | - |", "| salary range | | |"]));
	});

	it("is a bullet, not a row, when the only table-like lines are in a code block", () => {
		const note = md(["## Discrepancies", "```", "| a | b |", "| - | - |", "```"]);
		const result = captureInto(note, "Discrepancies", "salary range", discrepancy);
		expect(result).toMatchObject({ asTableRow: false });
		expect(result?.text).toBe(md(["## Discrepancies", "```", "| a | b |", "| - | - |", "```", "", "- salary range"]));
	});

	it("is a row of a table with a `---` rule under it, and inserting the sections again adds no second table", () => {
		const note = md(["# Notes", "", "## Agenda", "", "- intro", "", "## Discrepancies", "", "| Topic | Before | Today |", "| --- | --- | --- |", "| Salary | 90k | 80k |", "---", "", "Later text"]);
		// The template's other sections may be added; its Discrepancies table is not, a second time.
		const inserted = insertSections(note, NOTES_TEMPLATE);
		expect(inserted.skipped).toContain("Discrepancies");
		expect(inserted.text.match(/\| Topic/g)).toHaveLength(1);
		expect(captureInto(note, "Discrepancies", "hybrid", discrepancy)?.text).toBe(note.replace("| Salary | 90k | 80k |\n", "| Salary | 90k | 80k |\n| hybrid | | |\n"));
	});

	it("fills only an empty row written as one, not a line of no-break spaces that the table took as a row", () => {
		const note = "# Notes\n| a | b |\n| --- | --- |\nx\n\u00a0\n";
		expect(captureInto(note, "Notes", "hybrid", discrepancy)?.text).toBe("# Notes\n| a | b |\n| --- | --- |\nx\n\u00a0\n| hybrid | |\n");
	});
});
