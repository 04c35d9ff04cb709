import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePrepNote, PrepNoteParser, splitChunks } from "../../src/core";
import * as blockFacts from "../../src/core/note/block-facts";
import { assemble } from "../../src/core/note/assemble";
import { splitBody } from "../../src/core/note/chunks";
import { splitFrontmatter } from "../../src/core/note/frontmatter";
import { vi } from "vitest";

const require = createRequire(import.meta.url);
const spec = require("commonmark-spec") as { tests: { markdown: string; number: number }[] };
const examples = spec.tests.map((t) => t.markdown.replace(/→/g, "\t"));

/** Lines of prep notes plus the constructs that make chunking unsafe. */
const prepLine = fc.constantFrom(
	"# Title", "## Preparation", "### Work-related", "## Stories", "## Questions", "#", "#\tTabbed", "## Closed ##",
	"- [ ] open", "- [x] done", "* [-] cancelled", "1. [/] half", "  - detail", "    - [x] deep", "\t- [ ] tab",
	"> quote", "> - [ ] quoted", "> # quoted heading", "Setext", "===", "---", "",
	"```", "~~~", "````md", "  ```", "   ~~~", "```a`b", "    ```", "\t```",
	"<div>", "</div>", "<!--", "-->", "<!-- one line -->", "<script>", "</script>", "<span>", "<?php", "?>", "<![CDATA[", "]]>",
	"<!-->", "<!--->", "<!-- ->", "<?>", "<?x>", "<pre\u00a0x>", "<pre\tx>", "<textarea\u2028>", "</pre>", "~~~\u2028", "```a\u2029b", "\u00a0",
	"| a | b |", "| --- | --- |", "|-|", "a | b", "| - [ ] in a cell |", "- | x |", "> | q |", "%%", "%% inline %%", "- [ ] task %% hidden %%",
	"- <div>", "- ```", "  # not at column 0", "text", "* item", "1) item", "[ref]: /url", "[ref]", "&amp; &copy;",
);

const prepNote = fc
	.tuple(fc.array(prepLine, { maxLength: 60 }), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean(), fc.boolean())
	.map(([lines, eol, final, frontmatter]) => (frontmatter ? ["---", "a: 1", "---"] : []).concat(lines).join(eol) + (final ? eol : ""));

function same(markdown: string): void {
	expect(new PrepNoteParser().parse(markdown)).toEqual(parsePrepNote(markdown));
}

describe("the chunked parser", () => {
	it("equals a whole-note parse on generated prep-shaped notes", () => {
		fc.assert(fc.property(prepNote, same), { numRuns: 2000 });
	});

	it(`equals a whole-note parse on each of the ${examples.length} CommonMark spec examples, alone and between headings`, () => {
		expect(examples).toHaveLength(652);
		for (const example of examples) {
			same(example);
			same(`# Before\n- [ ] t\n${example}\n# After\n- [x] u\n`);
			same(`${example}# After\n## Stories\n- s\n`);
		}
	});

	it("equals a whole-note parse on spec examples run together", () => {
		const indexes = fc.array(fc.integer({ min: 0, max: examples.length - 1 }), { minLength: 2, maxLength: 8 });
		fc.assert(
			fc.property(indexes, fc.constantFrom("", "\n", "# H\n"), (picked, glue) => same(picked.map((i) => examples[i] ?? "").join(glue))),
			{ numRuns: 1500 },
		);
	});

	it("equals a whole-note parse after edits, with the cache warm", () => {
		fc.assert(
			fc.property(prepNote, prepNote, fc.nat(), (a, b, at) => {
				const parser = new PrepNoteParser();
				parser.parse(a);
				const cut = at % (a.length + 1);
				const edited = a.slice(0, cut) + b + a.slice(cut);
				expect(parser.parse(edited)).toEqual(parsePrepNote(edited));
			}),
			{ numRuns: 500 },
		);
	});

	it("splits a prep note at its headings and its top-level items, and re-parses only the edited one", () => {
		const note = ["# Call", "## Preparation", "- [ ] a", "## Questions", "- q", "## Stories", "- s", "  - detail", "- t", "", "text"].join("\n") + "\n";
		expect(splitChunks(note).map((c) => c.lineOffset)).toEqual([0, 1, 2, 3, 4, 5, 6, 8]);
		const parser = new PrepNoteParser();
		parser.parse(note);
		const read = vi.spyOn(blockFacts, "readBlockFacts");
		const model = parser.parse(note.replace("- s\n", "- s?\n"));
		expect(read.mock.calls).toEqual([["- s?\n  - detail\n"]]);
		expect(model.stories.map((story) => [story.title, story.details])).toEqual([
			["s?", ["detail"]],
			["t", []],
		]);
		read.mockRestore();
	});

	it("does not split at an item that cannot start a block of its own: an empty one, an ordered one, or one in a fence", () => {
		expect(splitChunks("text\n-\n- a\n").map((c) => c.lineOffset)).toEqual([0, 2]);
		expect(splitChunks("- a\n1. b\n2) c\n").map((c) => c.lineOffset)).toEqual([0]);
		expect(splitChunks("```\n- a\n```\n- b\n").map((c) => c.lineOffset)).toEqual([0, 3]);
		expect(splitChunks("<div>\n- a\n\n- b\n").map((c) => c.lineOffset)).toEqual([0, 3]);
	});

	it("equals a whole-note parse with every chunk read alone, on generated notes and on spec examples run together", () => {
		const aloneEach = (markdown: string) => {
			const { skip, body } = splitFrontmatter(markdown);
			const { chunks, lines } = splitBody(body, skip);
			return assemble(chunks.map((chunk) => ({ facts: blockFacts.readBlockFacts(chunk.text), lineOffset: chunk.lineOffset })), skip + lines);
		};
		fc.assert(
			fc.property(prepNote, (note) => {
				expect(aloneEach(note)).toEqual(parsePrepNote(note));
			}),
			{ numRuns: 2000 },
		);
		const indexes = fc.array(fc.nat(examples.length - 1), { minLength: 1, maxLength: 5 });
		fc.assert(
			fc.property(indexes, fc.constantFrom("", "\n", "- item\n", "* [ ] task\n", "+ x\n\n"), (picked, glue) => {
				const note = picked.map((i) => examples[i] ?? "").join(glue);
				expect(aloneEach(note)).toEqual(parsePrepNote(note));
			}),
			{ numRuns: 2000 },
		);
		for (const example of examples) expect(aloneEach(`- before\n${example}- after\n`)).toEqual(parsePrepNote(`- before\n${example}- after\n`));
	});

	it("does not split inside a fence, an HTML block, or anywhere in a note with link definitions", () => {
		expect(splitChunks("```\n# a\n```\n# b\n").map((c) => c.lineOffset)).toEqual([0, 3]);
		expect(splitChunks("<div>\n# a\n\n# b\n").map((c) => c.lineOffset)).toEqual([0, 3]);
		expect(splitChunks("# a\n[x]: /u\n# b\n")).toHaveLength(1);
	});

	// Each opener that CommonMark 0.31 reads one way and a looser rule another: a heading after it
	// is a heading, or it is inside a block, and the chunks must say the same as the whole parse.
	it.each([
		["`<!-->` is a whole comment", "<!-->\n```\n-->\n# in code\n```\n# after", [0, 5]],
		["`<!--->` is a whole comment", "<!--->\n# heading", [0, 1]],
		["`<!-- ->` stays open", "<!-- ->\n# in comment\n-->\n# after", [0, 3]],
		["`<?>` is a whole instruction", "<?>\n# heading", [0, 1]],
		["a fence whose info string holds U+2028 is a fence", "~~~\u2028\n# in code\n~~~\n# after", [0, 3]],
		// A type 7 start to the chunker, which keeps it whole to the blank line: no split, and no doubt.
		["`<pre` and a no-break space is no type 1 block", "<pre\u00a0x>\n# Notes\n</pre>\n# after", [0]],
		["`<pre` and a tab opens a block", "<pre\tx>\n# in pre\n</pre>\n# after", [0, 3]],
	])("splits where CommonMark does, or not at all: %s", (_name, note, offsets) => {
		expect(splitChunks(note).map((c) => c.lineOffset)).toEqual(offsets);
		same(note);
	});

	it("yields to the UI between chunks when parsing in the background, and still gives the same model", async () => {
		// Sections longer than one parse takes, so each is read on its own.
		const note = Array.from({ length: 20 }, (_, i) => `## S${i}\n\n${"A line of plain text. ".repeat(200)}\n`).join("");
		let clock = 0;
		let yields = 0;
		const progress: number[] = [];
		const model = await new PrepNoteParser().parseAsync(note, {}, {
			now: () => (clock += 5),
			yieldToUI: () => {
				yields++;
				return Promise.resolve();
			},
			budgetMs: 10,
			onProgress: (done, total) => progress.push(done / total),
		});
		expect(model).toEqual(parsePrepNote(note));
		expect(yields).toBeGreaterThan(5);
		expect(progress.length).toBeGreaterThan(5);
		expect(progress.at(-1)).toBe(1);
	});

	it("reports progress that rises with every report and ends at exactly 1, whatever the note's length and the time budget", async () => {
		const sectionCount = fc.integer({ min: 1, max: 80 });
		const budget = fc.integer({ min: 1, max: 40 });
		const tick = fc.integer({ min: 1, max: 15 });
		await fc.assert(
			fc.asyncProperty(sectionCount, budget, tick, async (count, budgetMs, step) => {
				// Alike sections, so the parser reads one and reuses it: the property is about the reports, not the parse.
				const note = "## Part\n- [ ] task\n".repeat(count);
				let clock = 0;
				const progress: number[] = [];
				const model = await new PrepNoteParser().parseAsync(note, {}, {
					now: () => (clock += step),
					yieldToUI: () => Promise.resolve(),
					budgetMs,
					onProgress: (done, total) => progress.push(done / total),
				});
				expect(model.tasks.total).toBe(count);
				expect(progress.length).toBeGreaterThan(0);
				expect(progress[0]).toBeGreaterThan(0);
				for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1] ?? 0);
				expect(progress.at(-1)).toBe(1);
			}),
			{ numRuns: 300 },
		);
	});
});
