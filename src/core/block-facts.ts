import type { List, ListItem, Nodes, Paragraph, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { bomLength, normaliseEol } from "./lines";
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
	rootItems: { line: number; text: string; details: string[]; raw: string; char?: string }[];
}

const processor = /* @__PURE__ */ unified().use(remarkParse);


/**
 * The facts of one piece. A leading byte order mark is not text: remark skips it and counts its
 * offsets from after it, so the piece is read without it, and the raw lines are the text's own.
 */
export function readBlockFacts(piece: string): BlockFacts {
	const markdown = bomLength(piece) ? piece.slice(1) : piece;
	if (markdown.trim() === "") return { headings: [], tasks: [], rootItems: [] };
	return factsOfTree(processor.parse(markdown), markdown);
}

/**
 * The facts of a parsed piece, `markdown` being the text its offsets count in. Nothing here recurses:
 * remark nests a list thousands deep for a line of a few kilobytes, so the tree is walked with a stack.
 */
export function factsOfTree(tree: Root, markdown: string): BlockFacts {
	const facts: BlockFacts = { headings: [], tasks: [], rootItems: [] };
	for (const node of tree.children) {
		if (node.type === "heading") {
			facts.headings.push({
				depth: node.depth,
				text: plainText(node),
				line: node.position?.start.line ?? 1,
			});
		}
		if (node.type === "list") {
			for (const item of node.children) {
				const char = checkboxOf(item, markdown);
				facts.rootItems.push({
					line: item.position?.start.line ?? 1,
					text: itemText(item, char),
					details: detailsOf(item, markdown),
					raw: lineAt(markdown, item.position?.start.offset ?? 0),
					...(char === undefined ? {} : { char }),
				});
			}
		}
	}
	collectTasks(tree, markdown, facts.tasks);
	return facts;
}

/** Every task item of the tree, in document order. */
function collectTasks(tree: Root, source: string, into: BlockFacts["tasks"]): void {
	const stack: Nodes[] = [tree];
	for (let node = stack.pop(); node; node = stack.pop()) {
		if (node.type === "listItem") {
			const char = checkboxOf(node, source);
			if (char !== undefined) {
				const offset = node.position?.start.offset ?? 0;
				into.push({ line: node.position?.start.line ?? 1, char, text: itemText(node, char), raw: lineAt(source, offset) });
			}
		}
		if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
	}
}

/**
 * A node's text, as mdast-util-to-string gives it (literal values, and an image's alt in place of the
 * image), but with a stack in place of recursion, so emphasis nested thousands deep costs no stack.
 */
export function nodeText(root: Nodes): string {
	let text = "";
	const stack: Nodes[] = [root];
	for (let node = stack.pop(); node; node = stack.pop()) {
		if ("value" in node) text += node.value;
		else if ("alt" in node && node.alt) text += node.alt;
		else if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
	}
	return text;
}

/** The whole line around an offset, without its terminator. */
function lineAt(source: string, offset: number): string {
	const start = Math.max(source.lastIndexOf("\n", offset - 1), source.lastIndexOf("\r", offset - 1)) + 1;
	const end = source.slice(offset).search(/\r|\n/);
	return source.slice(start, end === -1 ? source.length : offset + end);
}

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

function itemText(item: ListItem, char: string | undefined): string {
	const paragraph = firstParagraph(item);
	if (!paragraph) return "";
	const text = plainText(paragraph);
	return char === undefined ? text : withoutCheckbox(text).trim();
}

function detailsOf(item: ListItem, source: string): string[] {
	const nested = item.children.find((child): child is List => child.type === "list");
	if (!nested) return [];
	return nested.children.map((child) => itemText(child, checkboxOf(child, source)));
}

function plainText(node: Nodes): string {
	return normaliseEol(nodeText(node)).trim();
}
