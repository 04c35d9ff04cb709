import type { List, ListItem, Nodes, Paragraph, Root } from "mdast";
import { toString } from "mdast-util-to-string";
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

const processor = unified().use(remarkParse);


/**
 * The facts of one piece. A leading byte order mark is not text: remark skips it and counts its
 * offsets from after it, so the piece is read without it, and the raw lines are the text's own.
 */
export function readBlockFacts(piece: string): BlockFacts {
	const facts: BlockFacts = { headings: [], tasks: [], rootItems: [] };
	const markdown = bomLength(piece) ? piece.slice(1) : piece;
	if (markdown.trim() === "") return facts;
	const tree: Root = processor.parse(markdown);
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

function collectTasks(node: Nodes, source: string, into: BlockFacts["tasks"]): void {
	if (node.type === "listItem") {
		const char = checkboxOf(node, source);
		if (char !== undefined) {
			const offset = node.position?.start.offset ?? 0;
			into.push({ line: node.position?.start.line ?? 1, char, text: itemText(node, char), raw: lineAt(source, offset) });
		}
	}
	if ("children" in node) {
		for (const child of node.children) collectTasks(child, source, into);
	}
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
	return normaliseEol(toString(node)).trim();
}
