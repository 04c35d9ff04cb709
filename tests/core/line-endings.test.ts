import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, captureInto, checkPlan, detectEol, insertSections, NOTES_TEMPLATE, parsePrepNote, planCapture } from "../../src/core";
import { eolAt } from "../../src/core/note/lines";

const TEMPLATE = "## Agenda\n\n- intro\n\n## Discrepancies\n\n| a | b |\n| - | - |\n";
const capture = (note: string, target = "Agenda", entry = "hello") => captureInto(note, target, entry, { template: NOTES_TEMPLATE });

/** The note's line breaks, in order. */
const breaks = (text: string) => text.match(/\r\n|\n|\r/g) ?? [];
/** The lines, without their breaks; a final break does not start a line. */
const linesOf = (text: string) => {
	const lines = text.split(/\r\n|\n|\r/);
	if (lines[lines.length - 1] === "") lines.pop();
	return lines;
};
/** Whether `small`'s lines appear in `big` in the same order, each unchanged. */
function keepsLines(small: string, big: string): boolean {
	const want = linesOf(small);
	let i = 0;
	for (const line of linesOf(big)) if (line === want[i]) i++;
	return i === want.length;
}

describe("the note's own line ending", () => {
	it("is a lone CR when the note breaks its lines with one", () => {
		expect(detectEol("# Notes\r## Agenda\r")).toBe("\r");
		expect(detectEol("a\r\nb\r\n")).toBe("\r\n");
		expect(detectEol("a\nb")).toBe("\n");
		expect(detectEol("no break")).toBe("\n");
	});

	it("is the one that dominates in a mixed note, the first seen on a tie", () => {
		expect(detectEol("a\nb\r\nc\r\nd")).toBe("\r\n");
		expect(detectEol("a\r\nb\rc\rd\n")).toBe("\r");
		expect(detectEol("a\rb\nc")).toBe("\r");
	});

	it("of lines inserted at a line start is that of the line above, so a break is never joined to another", () => {
		const note = "a\r\nb\rc\n";
		expect(eolAt(note, 3)).toBe("\r\n");
		expect(eolAt(note, 5)).toBe("\r");
		expect(eolAt(note, 7)).toBe("\n");
		// At the start, the first line's; after a last line without a break, the one of the line above it.
		expect(eolAt("\nx\r", 0)).toBe("\n");
		expect(eolAt("a\rb", 3)).toBe("\r");
		expect(eolAt("ab", 2)).toBe("\n");
	});
});

describe("capture into a note with lone-CR line endings", () => {
	it("writes the entry as a line of its own, in CR, and keeps the blank line", () => {
		expect(capture("# Notes\r## Agenda\r")?.text).toBe("# Notes\r## Agenda\r\r- hello\r");
		expect(capture("# Notes\r## Agenda\r- one\r")?.text).toBe("# Notes\r## Agenda\r- one\r- hello\r");
	});

	it("creates a missing section in CR too", () => {
		const result = capture("# Call\rtext\r", "Agenda");
		expect(result?.created).toBe(true);
		expect(result?.text.includes("\n")).toBe(false);
		expect(parsePrepNote(result?.text ?? "").headings.map((h) => h.text)).toEqual(["Call", "Notes", "Agenda"]);
	});

	it("ends an HTML block with a blank line before the entry, and refuses an entry that would land in unclosed code", () => {
		expect(captureInto("# Notes\r## Agenda\r<div>\rtext\r", "Agenda", "hello", { template: NOTES_TEMPLATE, preferTableRow: false })?.text).toBe("# Notes\r## Agenda\r<div>\rtext\r\r- hello\r");
		const note = "# Notes\n## Agenda\n```\ncode\n";
		const planner = (text: string) => planCapture(text, "Agenda", "hello", { template: NOTES_TEMPLATE });
		const plan = planner(note);
		if (plan.kind !== "change") throw new Error(`expected a plan to check, got ${plan.kind}`);
		// The check before every write refuses it, with the reason.
		expect(checkPlan(note, plan, planner)).toMatch(/would read as code, not as a list item/);
	});

	it("writes a multi-line entry as one line, so it adds no line break of another kind", () => {
		expect(capture("# Notes\r\n## Agenda\r\n", "Agenda", "one\ntwo\rthree")?.text).toBe("# Notes\r\n## Agenda\r\n\r\n- one two three\r\n");
	});
});

describe("insertSections on lone-CR and mixed notes", () => {
	it("sees lone-CR lines as lines: the new Notes heading is not swallowed by an HTML block", () => {
		const result = insertSections("# Call\r<div>\r", TEMPLATE);
		expect(result.problem).toBeUndefined();
		expect(result.text).toBe("# Call\r<div>\r\r# Notes\r\r## Agenda\r\r- intro\r\r## Discrepancies\r\r| a | b |\r| - | - |\r");
		expect(parsePrepNote(result.text).headings.map((h) => h.text)).toEqual(["Call", "Notes", "Agenda", "Discrepancies"]);
	});

	it("takes only spaces and tabs for a blank line, as markdown does: a no-break space still needs a blank line after it", () => {
		const result = insertSections("# Call\n<div>\n\u00a0\n", TEMPLATE);
		expect(result.text.startsWith("# Call\n<div>\n\u00a0\n\n# Notes\n")).toBe(true);
		expect(parsePrepNote(result.text).headings.map((h) => h.text)).toEqual(["Call", "Notes", "Agenda", "Discrepancies"]);
	});

	it("keeps each neighbour's ending in a mixed note", () => {
		const note = "# Notes\r\n## Agenda\r\r## Discrepancies\n";
		const { text } = insertSections(note, TEMPLATE);
		expect(keepsLines(note, text)).toBe(true);
		expect(text).toBe("# Notes\r\n## Agenda\r\r- intro\r\r## Discrepancies\n\n| a | b |\n| - | - |\n");
	});
});

/** Notes whose lines break with any mix of LF, CRLF and lone CR, blank lines included. */
const mixedNote = fc
	.tuple(
		fc.array(
			fc.tuple(
				fc.constantFrom("# Notes", "## Agenda", "## Discrepancies", "# Call", "", "", "text", "- item", "| a | b |", "| - | - |", "|  |  |", "<div>", "```", "> quote"),
				fc.constantFrom("\n", "\r\n", "\r"),
			),
			{ maxLength: 14 },
		),
		fc.boolean(),
	)
	.map(([lines, final]) => lines.map(([line, eol], i) => line + (i < lines.length - 1 || final ? eol : "")).join(""));

describe("every write on a note with mixed endings", () => {
	const endingsOf = (note: string) => new Set(breaks(note).length > 0 ? breaks(note) : ["\n"]);

	it("keeps every line and its ending, and adds only endings the note has", () => {
		fc.assert(
			fc.property(mixedNote, fc.constantFrom("Agenda", "Discrepancies", "Notes"), fc.boolean(), (note, target, table) => {
				const { text } = insertSections(note, NOTES_TEMPLATE);
				expect(keepsLines(note, text)).toBe(true);
				for (const eol of breaks(text)) expect(endingsOf(note).has(eol)).toBe(true);
				const plan = planCapture(note, target, "entry", { template: NOTES_TEMPLATE, preferTableRow: table });
				if (plan.kind !== "change") return;
				const captured = applyChanges(note, plan.changes);
				for (const eol of breaks(captured)) expect(endingsOf(note).has(eol)).toBe(true);
				// A filled empty table row is the one original line a capture may change.
				if (!plan.result.asTableRow) expect(keepsLines(note, captured)).toBe(true);
				expect(linesOf(captured).some((line) => line.includes("entry"))).toBe(true);
			}),
			{ numRuns: 400 },
		);
	});
});
