import fc from "fast-check";
import type { Nodes, PhrasingContent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parsePrepNote, PrepNoteParser } from "../../src/core";
import { factsOfTree, nodeText } from "../../src/core/note/block-facts";
import { markdownArbitrary } from "../arbitraries";

/** A list item holding a list holding a list item, `depth` lists deep, with a task at the bottom; built without recursion. */
function deepListTree(depth: number): Root {
	const bottom: Nodes = {
		type: "listItem",
		spread: false,
		checked: null,
		position: { start: { line: 1, column: 2 * depth - 1, offset: 2 * depth - 2 }, end: { line: 1, column: 2 * depth + 6, offset: 2 * depth + 5 } },
		children: [{ type: "paragraph", position: { start: { line: 1, column: 2 * depth + 1, offset: 2 * depth }, end: { line: 1, column: 2 * depth + 6, offset: 2 * depth + 5 } }, children: [{ type: "text", value: "[ ] x" }] }],
	};
	let node: Nodes = { type: "list", ordered: false, spread: false, children: [bottom] };
	for (let i = depth - 1; i > 0; i--) {
		const start = { line: 1, column: 2 * i - 1, offset: 2 * i - 2 };
		node = { type: "list", ordered: false, spread: false, children: [{ type: "listItem", spread: false, position: { start, end: start }, children: [node] }] };
	}
	return { type: "root", children: [node] };
}

/** Emphasis inside emphasis, `depth` deep, around one word. */
function deepEmphasis(depth: number): Nodes {
	let node: PhrasingContent = { type: "text", value: "word" };
	for (let i = 0; i < depth; i++) node = { type: i % 2 ? "strong" : "emphasis", children: [node] };
	return { type: "paragraph", children: [{ type: "text", value: "a " }, node, { type: "inlineCode", value: " b" }] };
}

describe("deeply nested notes", () => {
	it("finds the task at the bottom of a list nested 3,000 deep, one line of 6 KB", () => {
		const note = `${"- ".repeat(3000)}[ ] x\n`;
		expect(note.length).toBe(6006);
		const model = parsePrepNote(note);
		expect(model.taskItems).toMatchObject([{ line: 1, char: " ", text: "x", raw: note.slice(0, -1) }]);
		expect(model.stories).toEqual([]);
	});

	it("finds the task in a list at the bottom of block quotes nested 10,000 deep, chunked or whole", () => {
		const note = `# Call\n${"> ".repeat(10_000)}- [x] deep\n# Later\n- [ ] y\n`;
		const model = parsePrepNote(note);
		expect(model.taskItems.map((t) => [t.line, t.status, t.text])).toEqual([
			[2, "done", "deep"],
			[4, "open", "y"],
		]);
		expect(new PrepNoteParser().parse(note)).toEqual(model);
	});

	it("walks trees 10,000 and 100,000 lists deep without running out of stack", () => {
		const processor = unified().use(remarkParse);
		for (const depth of [10_000, 100_000]) {
			const source = `${"- ".repeat(depth)}[ ] x`;
			const facts = factsOfTree(deepListTree(depth), source);
			expect(facts.tasks).toEqual([{ line: 1, char: " ", text: "x", raw: source }]);
			expect(nodeText(deepEmphasis(depth))).toBe("a word b");
		}
		// The hand-built tree has the shape remark gives such a list, as one tree 50 deep shows.
		const source = `${"- ".repeat(50)}[ ] x`;
		expect(factsOfTree(deepListTree(50), source)).toEqual(factsOfTree(processor.parse(source), source));
	});

	it("takes the same text of every node as mdast-util-to-string does", () => {
		const processor = unified().use(remarkParse);
		fc.assert(
			fc.property(markdownArbitrary, fc.constantFrom("**a *b* `c`** ![alt](x.png) <span>h</span>", "[x][y] ![][z] &amp;", ""), (markdown, inline) => {
				const stack: Nodes[] = [processor.parse(`${markdown}\n\n${inline}\n`)];
				for (let node = stack.pop(); node; node = stack.pop()) {
					expect(nodeText(node)).toBe(toString(node));
					if ("children" in node) stack.push(...node.children);
				}
			}),
			{ numRuns: 200 },
		);
	});
});
