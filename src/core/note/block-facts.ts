import type { List, ListItem, Nodes, Paragraph, Root, Table } from "mdast";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { bomLength, normaliseEol } from "./lines";
import { commentRanges, inComment, visibleText, type CommentRange } from "./obsidian-comments";
import type { NestedLine } from "./prep-note";
import { CHECKBOX, withoutCheckbox } from "./task-line";

/**
 * What one piece of markdown says, before any heading names or checkbox
 * settings apply. Lines are 1-based within the piece, so a piece parsed once
 * can be reused wherever it sits in the note.
 */
export interface BlockFacts {
	headings: { depth: number; text: string; line: number }[];
	tasks: { line: number; char: string; text: string; raw: string }[];
	/** Items of lists that sit directly at the root: story and question candidates. */
	rootItems: { line: number; endLine: number; text: string; details: string[]; nested: NestedLine[]; raw: string; char?: string }[];
	/** Tables that sit directly at the root, each row with its line and its cells' text; the first row is the header. */
	tables: { line: number; endLine: number; rows: { line: number; cells: string[] }[] }[];
}

/**
 * GFM tables, as Obsidian renders them, without the rest of GFM: a table's rows are not a paragraph,
 * so a `---` after a table is no setext underline, and a list right after a table is a list.
 */
function tables(this: Processor): void {
	const data = this.data();
	(data.micromarkExtensions ??= []).push(gfmTable());
	(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

// Pure: the UI thread's bundle, which never parses, drops it; the parser's own bundle keeps it.
const processor = /* @__PURE__ */ unified().use(remarkParse).use(tables);

/**
 * The facts of one piece. A leading byte order mark is not text: remark skips it and counts its
 * offsets from after it, so the piece is read without it, and the raw lines are the text's own.
 */
export function readBlockFacts(piece: string): BlockFacts {
	const markdown = bomLength(piece) ? piece.slice(1) : piece;
	if (markdown.trim() === "") return { headings: [], tasks: [], rootItems: [], tables: [] };
	return factsOfTree(parseTree(markdown), markdown);
}

/** The syntax tree of markdown without a byte order mark, as the model reads it. */
export function parseTree(markdown: string): Root {
	return processor.parse(markdown);
}

/** The source a tree was parsed from, and the `%%` comments in it, which hide what they span. */
interface Source {
	markdown: string;
	comments: CommentRange[];
}

/**
 * The facts of a parsed piece, `markdown` being the text its offsets count in. Nothing here recurses:
 * remark nests a list thousands deep for a line of a few kilobytes, so the tree is walked with a stack.
 * What a `%%` comment hides is no fact: a heading, task, item or row that starts in one is left out.
 */
export function factsOfTree(tree: Root, markdown: string): BlockFacts {
	const source: Source = { markdown, comments: commentRanges(tree, markdown) };
	const visible = (node: Nodes) => !inComment(source.comments, node.position?.start.offset ?? 0);
	const facts: BlockFacts = { headings: [], tasks: [], rootItems: [], tables: [] };
	for (const node of tree.children) {
		// A list or a table may start in a comment and go on after it: its items and rows are judged each alone.
		if (node.type === "heading" && visible(node)) {
			facts.headings.push({
				depth: node.depth,
				text: plainText(node, source),
				line: node.position?.start.line ?? 1,
			});
		}
		if (node.type === "list") {
			for (const item of node.children.filter(visible)) {
				const char = checkboxOf(item, markdown);
				facts.rootItems.push({
					line: item.position?.start.line ?? 1,
					endLine: lastLineOf(item, markdown),
					text: ownLineText(item, char, source),
					details: detailsOf(item, source),
					nested: nestedOf(item, source),
					raw: lineAt(markdown, item.position?.start.offset ?? 0),
					...(char === undefined ? {} : { char }),
				});
			}
		}
		if (node.type === "table") {
			const table = tableFacts(node, source);
			if (table.rows.length > 0) facts.tables.push(table);
		}
	}
	collectTasks(tree, source, facts.tasks);
	return facts;
}

function tableFacts(table: Table, source: Source): BlockFacts["tables"][number] {
	const rows = table.children.filter((row) => !inComment(source.comments, row.position?.start.offset ?? 0));
	return {
		line: table.position?.start.line ?? 1,
		endLine: table.position?.end.line ?? 1,
		rows: rows.map((row) => ({ line: row.position?.start.line ?? 1, cells: row.children.map((cell) => plainText(cell, source)) })),
	};
}

/** Every task item of the tree outside comments, in document order. */
function collectTasks(tree: Root, source: Source, into: BlockFacts["tasks"]): void {
	const stack: Nodes[] = [tree];
	for (let node = stack.pop(); node; node = stack.pop()) {
		if (node.type === "listItem") {
			const char = checkboxOf(node, source.markdown);
			const offset = node.position?.start.offset ?? 0;
			if (char !== undefined && !inComment(source.comments, offset)) {
				into.push({ line: node.position?.start.line ?? 1, char, text: itemText(node, char, source), raw: lineAt(source.markdown, offset) });
			}
		}
		if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
	}
}

/**
 * A node's text, as mdast-util-to-string gives it (literal values, and an image's alt in place of the
 * image), but with a stack in place of recursion, so emphasis nested thousands deep costs no stack.
 * With a source, text that a `%%` comment hides is left out.
 */
export function nodeText(root: Nodes, source?: Source): string {
	let text = "";
	const stack: Nodes[] = [root];
	for (let node = stack.pop(); node; node = stack.pop()) {
		if (node.type === "text" && source?.comments.length) text += visibleText(node.value, node.position?.start.offset ?? 0, source.markdown, source.comments);
		else if ("value" in node) text += node.value;
		else if ("alt" in node && node.alt) text += node.alt;
		else if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
	}
	return text;
}

/**
 * The last line a list item spans, 1-based, as the parser positions its last block: its own line, its nested
 * lines and its lazy continuation lines, not the blank lines after it. The item's own end is not used: with a
 * fence left open in it, remark ends the item inside the next item's line, and the open fence's end takes in
 * the blank lines after it (and the start of the line after those), which are none of the item's text. A
 * loop, not recursion: lists nest thousands deep.
 */
function lastLineOf(item: ListItem, markdown: string): number {
	let node: Nodes = item;
	while ((node.type === "listItem" || node.type === "list" || node.type === "blockquote") && node.children.length > 0) node = node.children[node.children.length - 1] as Nodes;
	const start = node.position?.start.line ?? 1;
	const end = node.position?.end;
	if (!end || end.offset === undefined) return start;
	let line = end.line;
	for (let at = end.offset - 1; at >= 0 && line > start; at--) {
		const code = markdown.charCodeAt(at);
		if (code === 10) line -= markdown.charCodeAt(at - 1) === 13 ? (at--, 1) : 1;
		else if (code === 13) line--;
		else if (code !== 32 && code !== 9) break;
	}
	return line;
}

/** The whole line around an offset, without its terminator; it scans that line alone, so a note of many items costs no copies. */
function lineAt(source: string, offset: number): string {
	let start = offset;
	while (start > 0 && !isBreak(source.charCodeAt(start - 1))) start--;
	let end = offset;
	while (end < source.length && !isBreak(source.charCodeAt(end))) end++;
	return source.slice(start, end);
}

const isBreak = (code: number) => code === 10 || code === 13;

function firstParagraph(item: ListItem): Paragraph | undefined {
	return item.children.find((child): child is Paragraph => child.type === "paragraph");
}

/** The checkbox character when the item's own first line starts with one. */
function checkboxOf(item: ListItem, source: string): string | undefined {
	const first = item.children[0];
	if (first?.type !== "paragraph") return undefined;
	const start = first.position?.start;
	if (!start || start.line !== item.position?.start.line || start.offset === undefined) return undefined;
	return CHECKBOX.exec(source.slice(start.offset, start.offset + 4))?.[1];
}

function itemText(item: ListItem, char: string | undefined, source: Source): string {
	const paragraph = firstParagraph(item);
	if (!paragraph) return "";
	const text = plainText(paragraph, source);
	return char === undefined ? text : withoutCheckbox(text).trim();
}

/**
 * A root item's text, when it starts on the item's own line: an item with none there (`-`, `- - nested`, `-`
 * then an indented line) has no line to mark asked or told, and is no question or story.
 */
function ownLineText(item: ListItem, char: string | undefined, source: Source): string {
	const first = item.children[0];
	return first?.type === "paragraph" && first.position?.start.line === item.position?.start.line ? itemText(item, char, source) : "";
}

function detailsOf(item: ListItem, source: Source): string[] {
	const nested = item.children.find((child): child is List => child.type === "list");
	if (!nested) return [];
	return nested.children.filter((child) => !inComment(source.comments, child.position?.start.offset ?? 0)).map((child) => itemText(child, checkboxOf(child, source.markdown), source));
}

/** Every item nested under an item, at any depth, in note order: the follow-ups under a question, a story's outcome under its details. */
function nestedOf(item: ListItem, source: Source): NestedLine[] {
	const lines: NestedLine[] = [];
	// Walked with a stack, as a list can nest thousands deep.
	const stack: { item: ListItem; depth: number }[] = [];
	const push = (parent: ListItem, depth: number) => {
		const lists = parent.children.filter((child): child is List => child.type === "list");
		const children = lists.flatMap((list) => list.children).filter((child) => !inComment(source.comments, child.position?.start.offset ?? 0));
		for (let i = children.length - 1; i >= 0; i--) stack.push({ item: children[i] as ListItem, depth });
	};
	push(item, 1);
	while (stack.length > 0) {
		const next = stack.pop();
		if (!next) break;
		const text = itemText(next.item, checkboxOf(next.item, source.markdown), source);
		if (text !== "") lines.push({ text, depth: next.depth });
		push(next.item, next.depth + 1);
	}
	return lines;
}

function plainText(node: Nodes, source: Source): string {
	return normaliseEol(nodeText(node, source)).trim();
}
