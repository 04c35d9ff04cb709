import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePrepNote, type TaskStatus } from "../../src/core";
import { markdownArbitrary } from "../arbitraries";

/**
 * The oracle: Obsidian's task lines, counted line by line, with no markdown parser.
 *
 * A task is a list item, at any depth and also inside block quotes, whose first
 * line starts with `[c]` followed by a space, a tab or the end of the line:
 * `x` and `X` are done, `-` is cancelled, any other character is open. Lines
 * inside fenced code and inside the frontmatter (a `---` first line closed by
 * the next `---` line) are never tasks.
 *
 * Scope: a line is judged on its own, so the oracle is only right for notes in
 * which every line that looks like a list item is one. `judgeableNote` below
 * builds only such notes: list items nest by their parent's content column (or
 * by one tab per level), there is no indented code, no HTML block, no lazy line
 * that starts with a list marker, and block quotes hold only quoted lines.
 * The arbitrary notes of `markdownArbitrary` break these rules, so they are
 * checked only for what holds in any note.
 */
function obsidianTasks(markdown: string): { line: number; status: TaskStatus }[] {
	const lines = markdown === "" ? [] : markdown.split(/\r\n|\n|\r/);
	const isDashes = (line: string | undefined) => line !== undefined && /^---[ \t]*$/.test(line);
	let start = 0;
	if (isDashes(lines[0])) {
		const close = lines.findIndex((line, i) => i > 0 && isDashes(line));
		if (close > 0) start = close + 1;
	}
	const tasks: { line: number; status: TaskStatus }[] = [];
	let fence: { char: string; length: number } | null = null;
	for (let i = start; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (fence) {
			const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
			if (close && close[0] === fence.char && close.length >= fence.length) fence = null;
			continue;
		}
		const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
		if (open) {
			const [, run = "", info = ""] = open;
			// A backtick fence's info string may not hold a backtick.
			if (!(run.startsWith("`") && info.includes("`"))) {
				fence = { char: run.charAt(0), length: run.length };
				continue;
			}
		}
		const box = /^(?:[ \t]*>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]\[([^\]])\](?:[ \t]|$)/.exec(line)?.[1];
		if (box !== undefined) tasks.push({ line: i + 1, status: box === "x" || box === "X" ? "done" : box === "-" ? "cancelled" : "open" });
	}
	return tasks;
}

const text = fc.constantFrom("Read the handbook", "Salary range", "What does a typical day look like?", "x", "Call **back** on `Monday`", "[link](https://example.com) first");
/** The first line of a list item: tasks with each kind of box, plain items, and look-alikes that are not tasks. */
const itemHead = fc.oneof(
	fc.tuple(fc.constantFrom(" ", "x", "X", "-", "/", ">", "?", "!", "*"), fc.option(text, { nil: undefined }), fc.constantFrom(" ", "\t")).map(
		([box, rest, gap]) => `[${box}]${rest === undefined ? "" : gap + rest}`,
	),
	text,
	fc.constantFrom("[x]done", "[ ]no-space", "[[x]] a wiki link", "[xx] two characters", "[] nothing", "Not [x] at the start"),
);

interface Item {
	head: string;
	children: Item[];
}
const { item } = fc.letrec<{ item: Item }>((tie) => ({
	item: fc.record({
		head: itemHead,
		children: fc.oneof({ depthSize: "small", maxDepth: 3 }, fc.constant<Item[]>([]), fc.array(tie("item"), { minLength: 1, maxLength: 3 })),
	}),
}));

/** A list, nested by the parent's content column in spaces or by one tab per level, with blank lines here and there. */
const list = fc
	.tuple(fc.array(item, { minLength: 1, maxLength: 4 }), fc.constantFrom("-", "*", "+", "1.", "1)"), fc.boolean(), fc.boolean())
	.map(([items, marker, tabs, loose]) => {
		const out: string[] = [];
		const render = (entries: Item[], indent: string, depth: number) => {
			for (const entry of entries) {
				if (loose && out.length > 0) out.push("");
				out.push(`${indent}${marker} ${entry.head}`);
				render(entry.children, tabs ? "\t".repeat(depth + 1) : indent + " ".repeat(marker.length + 1), depth + 1);
			}
		};
		render(items, "", 0);
		return out;
	});
/** The same lists inside a block quote, indented with spaces only. */
const quote = fc.tuple(fc.array(item, { minLength: 1, maxLength: 3 }), fc.constantFrom("-", "*", "1.")).map(([items, marker]) => {
	const out: string[] = [];
	const render = (entries: Item[], indent: string) => {
		for (const entry of entries) {
			out.push(`> ${indent}${marker} ${entry.head}`);
			render(entry.children, indent + " ".repeat(marker.length + 1));
		}
	};
	render(items, "");
	return out;
});
/** Fenced code full of lines that would be tasks and headings outside it; closed by a long enough fence of its own kind, or never. */
const fenced = fc
	.tuple(
		fc.constantFrom("```", "````", "~~~"),
		fc.constantFrom("", "md", "js"),
		fc.array(fc.constantFrom("- [ ] in code", "  * [x] nested in code", "> - [-] quoted in code", "## Heading in code", "```js", "~~~", "```", "text"), { maxLength: 5 }),
		fc.constantFrom("same", "longer", "spaces", "none"),
	)
	.map(([run, info, body, close]) => {
		// A body line that would close the fence early is left out, so the block's end is where the generator says.
		const closes = (line: string) => line.startsWith(run.charAt(0)) && /^(`+|~+)$/.test(line) && line.length >= run.length;
		const kept = body.filter((line) => !closes(line));
		const end = { same: [run], longer: [run + run.charAt(0)], spaces: [`${run}  `], none: [] }[close];
		return [run + info, ...kept, ...end];
	});
const block = fc.oneof(
	{ arbitrary: list, weight: 4 },
	{ arbitrary: quote, weight: 1 },
	{ arbitrary: fenced, weight: 1 },
	{ arbitrary: fc.constantFrom(["# Call"], ["## Preparation"], ["### Chosen"], ["## Stories"], ["# Notes"]), weight: 2 },
	{ arbitrary: fc.constantFrom(["Ask two or three; keep the rest."], ["Some notes,", "over two lines."], ["[Star method](https://example.com/star)"]), weight: 2 },
	{ arbitrary: fc.constantFrom(["***"], ["", "---"]), weight: 1 },
);
const frontmatter = fc.array(fc.constantFrom("title: Call", "- [ ] not a task", "# not a heading", "tags: [a, b]", "  - [x] nested yaml"), { maxLength: 4 }).map((lines) => ["---", ...lines, "---"]);

/** Prep-shaped notes that stay within the oracle's scope: see `obsidianTasks`. */
const judgeableNote = fc
	.tuple(fc.option(frontmatter, { nil: undefined }), fc.array(fc.tuple(block, fc.boolean()), { maxLength: 12 }), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean())
	.map(([front, blocks, eol, final]) => {
		const lines = [...(front ?? []), ...blocks.flatMap(([lines, blankAfter]) => (blankAfter ? [...lines, ""] : lines))];
		return lines.join(eol) + (final && lines.length > 0 ? eol : "");
	});

describe("parsePrepNote on arbitrary markdown", () => {
	it("never throws, keeps every line inside the note, and leaves cancelled tasks out of the total", () => {
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
				expect(note.taskItems).toHaveLength(done + open + cancelled);
				expect(total).toBe(done + open);
			}),
			{ numRuns: 300 },
		);
	});

	it("finds exactly Obsidian's task lines, each with its status, in prep-shaped notes", () => {
		const runs = 500;
		let tasksSeen = 0;
		fc.assert(
			fc.property(judgeableNote, (markdown) => {
				const expected = obsidianTasks(markdown);
				tasksSeen += expected.length;
				const note = parsePrepNote(markdown);
				expect(note.taskItems.map((t) => ({ line: t.line, status: t.status }))).toEqual(expected);
				const count = (status: TaskStatus) => expected.filter((t) => t.status === status).length;
				expect(note.tasks).toEqual({ done: count("done"), open: count("open"), cancelled: count("cancelled"), total: count("done") + count("open") });
			}),
			{ numRuns: runs },
		);
		// The generator must give the oracle tasks to judge, not mostly empty notes.
		expect(tasksSeen).toBeGreaterThan(runs);
	});
});
