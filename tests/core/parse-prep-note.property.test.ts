import fc from "fast-check";
import type { Nodes } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parsePrepNote } from "../../src/core";
import { markdownArbitrary } from "../arbitraries";

/** Counts list items whose first line starts with a checkbox, independently of the model's code. */
function countTaskItems(markdown: string): number {
	const body = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown);
	const text = body ? markdown.slice(0).replace(body[0], body[0].replace(/[^\r\n]/g, " ")) : markdown;
	let count = 0;
	const walk = (node: Nodes) => {
		if (node.type === "listItem") {
			const first = node.children[0];
			const offset = first?.type === "paragraph" && first.position?.start.line === node.position?.start.line ? first.position?.start.offset : undefined;
			if (offset !== undefined && /^\[[^\r\n]\](?:[ \t]|\r?\n|\r|$)/.test(text.slice(offset, offset + 5))) count++;
		}
		if ("children" in node) for (const child of node.children) walk(child);
	};
	walk(unified().use(remarkParse).parse(text));
	return count;
}

describe("parsePrepNote on arbitrary markdown", () => {
	it("never throws, keeps every line inside the note, and accounts for every task item", () => {
		fc.assert(
			fc.property(markdownArbitrary, (markdown) => {
				const note = parsePrepNote(markdown);
				const lineCount = markdown === "" ? 0 : markdown.split(/\r\n|\n|\r/).length;
				const lines = [
					...note.headings.map((h) => h.line),
					...note.taskItems.map((t) => t.line),
					...note.sections.flatMap((s) => [s.line, s.endLine]),
					...note.stories.map((s) => s.line),
					...note.questions.map((q) => q.line),
				];
				for (const line of lines) {
					expect(line).toBeGreaterThanOrEqual(1);
					expect(line).toBeLessThanOrEqual(lineCount);
				}
				const { done, open, cancelled, total } = note.tasks;
				expect(done + open + cancelled).toBe(countTaskItems(markdown));
				expect(total).toBe(done + open);
			}),
			{ numRuns: 300 },
		);
	});
});
