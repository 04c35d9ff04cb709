import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insertSections, NOTES_TEMPLATE, parsePrepNote, planSections } from "../../src/core";
import { markdownArbitrary } from "../arbitraries";
import { SEED_SHAPED_NOTES } from "../seed";

const TEMPLATE = "## Agenda\n\n- intro\n\n## Discrepancies\n\n| a | b |\n| - | - |\n";
const md = (lines: string[]) => lines.join("\n") + "\n";

/** Whether `small`'s lines appear in `big` in the same order, each unchanged. */
function isLineSubsequence(small: string, big: string): boolean {
	const want = small.split(/\r\n|\n|\r/).filter((_, i, all) => i < all.length - 1 || all[i] !== "");
	const have = big.split(/\r\n|\n|\r/);
	let i = 0;
	for (const line of have) if (line === want[i]) i++;
	return i === want.length;
}

describe("insertSections", () => {
	it("appends a Notes heading and both sections when the note has neither", () => {
		const result = insertSections(md(["# Call", "", "- [ ] prep"]), TEMPLATE);
		expect(result.text).toBe(md(["# Call", "", "- [ ] prep", "", "# Notes", "", "## Agenda", "", "- intro", "", "## Discrepancies", "", "| a | b |", "| - | - |"]));
		expect(result).toMatchObject({ inserted: ["Agenda", "Discrepancies"], filled: [], skipped: [] });
	});

	it("puts missing sections at the end of the Notes section, before the next top-level heading", () => {
		const result = insertSections(md(["# Notes", "Some notes.", "# Later", "text"]), TEMPLATE);
		expect(result.text).toBe(md(["# Notes", "Some notes.", "", "## Agenda", "", "- intro", "", "## Discrepancies", "", "| a | b |", "| - | - |", "", "# Later", "text"]));
	});

	it("puts a missing section right after the previous template section the note has", () => {
		const note = md(["# Notes", "## Agenda", "- mine", "## Other", "x"]);
		const result = insertSections(note, TEMPLATE);
		expect(result.text).toBe(md(["# Notes", "## Agenda", "- mine", "", "## Discrepancies", "", "| a | b |", "| - | - |", "", "## Other", "x"]));
		expect(result).toMatchObject({ inserted: ["Discrepancies"], skipped: ["Agenda"] });
	});

	it("leaves sections with content untouched", () => {
		const note = md(["# Notes", "## agenda", "- my own plan", "## DISCREPANCIES", "- salary"]);
		expect(insertSections(note, TEMPLATE)).toEqual({ text: note, inserted: [], filled: [], skipped: ["Agenda", "Discrepancies"] });
	});

	it("does not take a heading inside a code fence for a section", () => {
		const note = md(["# Notes", "```", "## Agenda", "```"]);
		const result = insertSections(note, TEMPLATE);
		expect(result.inserted).toEqual(["Agenda", "Discrepancies"]);
		expect(parsePrepNote(result.text).headings.map((h) => h.text)).toEqual(["Notes", "Agenda", "Discrepancies"]);
	});

	it("keeps CRLF line endings, inserted lines included", () => {
		const note = "# Call\r\n\r\n# Notes\r\n";
		const { text } = insertSections(note, TEMPLATE);
		expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		expect(text.startsWith(note)).toBe(true);
	});

	it("ends a note without a final newline well formed", () => {
		const { text } = insertSections("# Notes\n## Agenda", TEMPLATE);
		expect(text).toBe(md(["# Notes", "## Agenda", "", "- intro", "", "## Discrepancies", "", "| a | b |", "| - | - |"]));
	});

	it("never touches the frontmatter", () => {
		const note = md(["---", "## Agenda: not a heading", "---", "# Call"]);
		const { text } = insertSections(note, TEMPLATE);
		expect(text.startsWith(note)).toBe(true);
	});

	it("fills {{variables}} and leaves unknown ones as written", () => {
		const { text } = insertSections("", "## Agenda\n\n- Call with {{company}} on {{date}} {{unknown}}\n", { vars: { company: "Acme", date: "2026-12-03" } });
		expect(text).toContain("- Call with Acme on 2026-12-03 {{unknown}}");
	});

	it("plans the editor's changes at offsets of the original note: the filled body under its heading, the new section before the next heading", () => {
		const note = md(["# Notes", "## Agenda", "", "## Other"]);
		const plan = planSections(note, TEMPLATE);
		expect(plan).toMatchObject({ inserted: ["Discrepancies"], filled: ["Agenda"], skipped: [] });
		// "# Notes\n## Agenda\n" is 18 characters: the body goes right under the Agenda heading,
		// the new section after the blank line, right before "## Other" at 19.
		expect([...plan.insertions].sort((a, b) => a.offset - b.offset)).toEqual([
			{ offset: 18, text: "\n- intro\n" },
			{ offset: 19, text: "## Discrepancies\n\n| a | b |\n| - | - |\n\n" },
		]);
	});

	for (const source of SEED_SHAPED_NOTES) {
		it.skipIf(!source.present)(`fills the empty Agenda and Discrepancies of ${source.label}`, () => {
			const seed = source.read();
			const result = insertSections(seed, NOTES_TEMPLATE);
			// The seed has no What I said or Their questions section; the template adds both.
			expect(result).toMatchObject({ inserted: ["What I said", "Their questions"], filled: ["Agenda", "Discrepancies"], skipped: [] });
			expect(isLineSubsequence(seed, result.text)).toBe(true);
			expect(result.text).toContain("| Topic | What I was told before / the job post | What I was told today |");
			expect(insertSections(result.text, NOTES_TEMPLATE)).toMatchObject({ text: result.text, inserted: [], filled: [] });
		});
	}
});

describe("insertSections on arbitrary notes", () => {
	const templates = fc.constantFrom(TEMPLATE, NOTES_TEMPLATE, "## Agenda\n", "# Notes\n## Agenda\n- a\n", "## Agenda\n```\n## Fake\n```\n");

	it("loses no line: the note's lines are a subsequence of the result", () => {
		fc.assert(
			fc.property(markdownArbitrary, templates, (note, template) => {
				expect(isLineSubsequence(note, insertSections(note, template).text)).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it("is idempotent: a second run changes nothing and inserts or fills nothing", () => {
		fc.assert(
			fc.property(markdownArbitrary, templates, (note, template) => {
				const once = insertSections(note, template).text;
				const twice = insertSections(once, template);
				expect(twice.text).toBe(once);
				expect(twice.inserted).toEqual([]);
				expect(twice.filled).toEqual([]);
			}),
			{ numRuns: 300 },
		);
	});

	it("plans whole lines, each at a line boundary of the original note, so the editor never splits a line", () => {
		const atBoundary = (note: string, offset: number) =>
			offset === 0 || offset === note.length || note[offset - 1] === "\n" || (note[offset - 1] === "\r" && note[offset] !== "\n");
		fc.assert(
			fc.property(markdownArbitrary, templates, (note, template) => {
				const { insertions } = planSections(note, template);
				const offsets = insertions.map((i) => i.offset);
				expect(new Set(offsets).size).toBe(offsets.length);
				for (const { offset, text } of insertions) {
					expect(atBoundary(note, offset)).toBe(true);
					expect(text).toMatch(/(?:\r\n|\n)$/);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("keeps a CRLF note CRLF throughout", () => {
		fc.assert(
			fc.property(markdownArbitrary, templates, (note, template) => {
				fc.pre(note.includes("\r\n"));
				const { text } = insertSections(note, template);
				expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
			}),
			{ numRuns: 200 },
		);
	});
});
