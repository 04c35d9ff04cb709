import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { captureInto, NOTES_TEMPLATE, parsePrepNote, PrepNoteParser, splitChunks } from "../../src/core";

const md = (lines: string[]) => lines.join("\n") + "\n";

// What `%% … %%` hides in Reading view is not in the model, as it is not in Obsidian's metadata cache.
describe("Obsidian comments", () => {
	it("hide an inline comment from a task's text, and leave the task", () => {
		const note = parsePrepNote(md(["## Preparation", "- [ ] Read the handbook %% pages 3–9 %%", "- [x] %%done on Monday%% Update the CV"]));
		expect(note.taskItems.map((t) => t.text)).toEqual(["Read the handbook", "Update the CV"]);
		// The raw line is still the note's own, for edits that check it.
		expect(note.taskItems[0]?.raw).toBe("- [ ] Read the handbook %% pages 3–9 %%");
	});

	it("hide the tasks, headings and stories of a block comment, and count none of them", () => {
		const note = parsePrepNote(md(["## Preparation", "- [ ] Visible", "%%", "- [ ] Hidden task", "## Hidden heading", "%%", "## Stories", "- Launch", "%%", "- Draft story", "%%"]));
		expect(note.headings.map((h) => h.text)).toEqual(["Preparation", "Stories"]);
		expect(note.prep).toMatchObject({ open: 1, total: 1 });
		expect(note.stories.map((s) => s.title)).toEqual(["Launch"]);
	});

	it("hide the rest of the note after a `%%` that is never closed", () => {
		const note = parsePrepNote(md(["## Preparation", "- [ ] Visible", "%% draft", "## Later", "- [ ] Hidden"]));
		expect(note.headings.map((h) => h.text)).toEqual(["Preparation"]);
		expect(note.tasks.total).toBe(1);
	});

	it("are no comments inside code or inline code", () => {
		const note = parsePrepNote(md(["## Preparation", "- [ ] Run `a %% b`", "```", "%%", "```", "- [ ] Still here"]));
		expect(note.taskItems.map((t) => t.text)).toEqual(["Run a %% b", "Still here"]);
	});

	it("keep the chunked parse equal to the whole parse when a comment spans headings", () => {
		const text = md(["# Call", "- [ ] a %% inline %%", "# Prep", "%%", "# Hidden", "- [ ] hidden", "%%", "# Notes", "# More"]);
		expect(new PrepNoteParser().parse(text)).toEqual(parsePrepNote(text));
		// Up to the first line that may open a comment the note splits, at its headings and items; after it, not at all.
		expect(splitChunks(text).map((c) => c.lineOffset)).toEqual([0, 1, 2]);
	});

	it("keep the chunked parse equal to the whole parse on generated notes full of marks", () => {
		const line = fc.constantFrom("# H", "## Notes", "%%", "%% a %%", "- [ ] t %% c %%", "- [ ] t", "`%%`", "```", "<b>%%</b>", "text %%", "%%%", "\\%%", "");
		fc.assert(
			fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
				const text = md(lines);
				expect(new PrepNoteParser().parse(text)).toEqual(parsePrepNote(text));
			}),
			{ numRuns: 400 },
		);
	});

	it("refuse a capture that would land inside a comment, with the reason", () => {
		const note = md(["# Notes", "## Agenda", "- intro", "%%", "- private"]);
		expect(captureInto(note, "Agenda", "asked about pay", { template: NOTES_TEMPLATE, preferTableRow: false })).toBeNull();
	});
});
