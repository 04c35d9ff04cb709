import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	applyChanges,
	captureInto,
	frontmatterLineCount,
	insertSections,
	lineStarts,
	NOTES_TEMPLATE,
	parsePrepNote,
	planLineEdit,
	PrepNoteParser,
	readFrontmatter,
	setItemChecked,
	splitLines,
	toggleTaskLine,
} from "../../src/core";
import { markdownArbitrary } from "../arbitraries";

const BOM = "\uFEFF";

/** The plan of one line edit, applied; the note unchanged when it is refused. */
function editLine(note: string, line: number, expected: string, replacement: string | null): string {
	const plan = planLineEdit({ line, expected, replacement: replacement ?? expected })(note);
	expect(plan.kind).toBe("change");
	return plan.kind === "change" ? applyChanges(note, plan.changes) : note;
}

describe("a note that starts with a UTF-8 byte order mark", () => {
	const note = `${BOM}# Call\n## Questions\n- [ ] Why?\n- [x] Who?\n## Preparation\n- [ ] read\n`;

	it("counts its tasks as without the mark", () => {
		expect(parsePrepNote(note).tasks).toEqual(parsePrepNote(note.slice(1)).tasks);
		expect(parsePrepNote(note).tasks).toEqual({ done: 1, open: 2, cancelled: 0, total: 3 });
	});

	it("gives each question its own line as raw, so the asked toggle is not refused", () => {
		const { questions } = parsePrepNote(note);
		expect(questions.map((q) => [q.line, q.raw, q.text, q.task])).toEqual([
			[3, "- [ ] Why?", "Why?", "open"],
			[4, "- [x] Who?", "Who?", "done"],
		]);
		const [why] = questions;
		if (!why) throw new Error("no question");
		expect(editLine(note, why.line, why.raw, setItemChecked(why.raw, true, "x", false))).toBe(note.replace("- [ ] Why?", "- [x] Why?"));
	});

	it("keeps the mark when the first line itself is edited", () => {
		const first = `${BOM}- [ ] first\n- [ ] second\n`;
		const [task] = parsePrepNote(first).taskItems;
		expect(task).toMatchObject({ line: 1, raw: "- [ ] first", text: "first" });
		expect(editLine(first, 1, "- [ ] first", toggleTaskLine("- [ ] first"))).toBe(`${BOM}- [x] first\n- [ ] second\n`);
	});

	it("reads the frontmatter after the mark, as Obsidian does", () => {
		const withFront = `${BOM}---\nduration: 45m\nmeeting: 2026-12-03T15:00\n---\n# Call\n- [ ] a\n`;
		expect(frontmatterLineCount(withFront)).toBe(4);
		expect(readFrontmatter(withFront)).toEqual({ duration: "45m", meeting: "2026-12-03T15:00" });
		const model = parsePrepNote(withFront);
		expect(model.headings).toEqual([{ depth: 1, text: "Call", line: 5 }]);
		expect(model.taskItems.map((t) => [t.line, t.raw])).toEqual([[6, "- [ ] a"]]);
	});

	it("has line 1 start after the mark, and no line when the mark is all there is", () => {
		expect(lineStarts(`${BOM}a\nb`)).toEqual([1, 3]);
		expect(splitLines(`${BOM}a\nb`)).toEqual(["a", "b"]);
		expect(splitLines(BOM)).toEqual([]);
		expect(parsePrepNote(BOM).lineCount).toBe(0);
	});

	it("keeps the mark first in every write", () => {
		expect(insertSections(BOM, NOTES_TEMPLATE).text.startsWith(`${BOM}# Notes\n`)).toBe(true);
		expect(insertSections(`${BOM}# Call`, NOTES_TEMPLATE).text.startsWith(`${BOM}# Call\n\n# Notes\n`)).toBe(true);
		expect(captureInto(`${BOM}# Notes\n## Agenda\n`, "Agenda", "hello", { template: NOTES_TEMPLATE })?.text).toBe(`${BOM}# Notes\n## Agenda\n\n- hello\n`);
	});

	it("is read the same by the chunked parser, a fence on the first line included", () => {
		for (const text of [`${BOM}\`\`\`\n# in code\n\`\`\`\n# After\n`, `${BOM}<div>\n# in html\n\n# After\n`, note]) {
			expect(new PrepNoteParser().parse(text)).toEqual(parsePrepNote(text));
		}
		expect(parsePrepNote(`${BOM}\`\`\`\n# in code\n\`\`\`\n# After\n`).headings.map((h) => h.text)).toEqual(["After"]);
	});

	it("changes no line number, raw line or count on any note", () => {
		fc.assert(
			fc.property(markdownArbitrary, (markdown) => {
				const bare = parsePrepNote(markdown);
				const marked = parsePrepNote(BOM + markdown);
				expect(marked).toEqual(bare);
				expect(new PrepNoteParser().parse(BOM + markdown)).toEqual(marked);
			}),
			{ numRuns: 300 },
		);
	});
});
