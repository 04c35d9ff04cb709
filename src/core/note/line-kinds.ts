import type { Nodes } from "mdast";
import { parseTree } from "./block-facts";
import { splitBody } from "./chunks";
import { splitFrontmatter } from "./frontmatter";
import { bomLength, lineStarts, splitLines } from "./lines";
import { commentRanges, inComment } from "./obsidian-comments";

/** What kind of block a line belongs to, as Obsidian would read the note. */
export interface LineKind {
	/** The blocks that hold the line, outermost first, such as `list>listItem>paragraph`. */
	chain: string;
	/** Text that is not markdown there: code, HTML, a `%%` comment or the frontmatter. */
	literal: "code" | "html" | "comment" | "frontmatter" | null;
	/** The heading's depth when the line is one, else 0. */
	heading: number;
}

const ROOT: LineKind = { chain: "", literal: null, heading: 0 };
const FRONTMATTER: LineKind = { chain: "frontmatter", literal: "frontmatter", heading: 0 };
const CONTAINERS = new Set(["blockquote", "list", "listItem", "table"]);
const LEAVES = new Set(["paragraph", "heading", "code", "html", "tableRow", "thematicBreak", "definition"]);

/** Kinds of recent chunks by their text: a write checks the same unchanged chunks again and again. */
const cache = new Map<string, LineKind[]>();
const CACHE_LIMIT = 512;

/**
 * The kind of each line of a note, 0-based as `splitLines` counts them, read chunk by chunk as the model
 * reads the note, and only for the chunks asked about: a write's check reads the chunks it changed.
 */
export class NoteLineKinds {
	private readonly frontmatter: number;
	/** Each chunk's text and first line, in order. */
	private readonly chunks: { text: string; first: number }[];

	constructor(text: string) {
		const { skip, body } = splitFrontmatter(text);
		this.frontmatter = skip;
		this.chunks = splitBody(body, skip).chunks.map((chunk) => ({ text: chunk.text, first: chunk.lineOffset }));
	}

	kind(line: number): LineKind | undefined {
		if (line < this.frontmatter) return FRONTMATTER;
		const chunk = this.chunkAt(line);
		return chunk && kindsOfChunk(chunk.text)[line - chunk.first];
	}

	/** The chunk that holds the line, with the line's place in it. */
	chunkAt(line: number): { text: string; first: number } | undefined {
		let low = 0;
		let high = this.chunks.length - 1;
		while (low < high) {
			const mid = Math.ceil((low + high) / 2);
			if ((this.chunks[mid]?.first ?? 0) <= line) low = mid;
			else high = mid - 1;
		}
		const chunk = this.chunks[low];
		return chunk && chunk.first <= line ? chunk : undefined;
	}
}

function kindsOfChunk(text: string): LineKind[] {
	let kinds = cache.get(text);
	if (!kinds) {
		kinds = pieceKinds(text);
		if (cache.size >= CACHE_LIMIT) cache.clear();
		cache.set(text, kinds);
	}
	return kinds;
}

/** The kind of each line of markdown read alone, with no frontmatter and no chunks. */
export function pieceKinds(piece: string): LineKind[] {
	const kinds: LineKind[] = splitLines(piece).map(() => ROOT);
	const markdown = bomLength(piece) ? piece.slice(1) : piece;
	if (markdown.trim() === "") return kinds;
	const tree = parseTree(markdown);
	const stack: { node: Nodes; chain: string }[] = tree.children.map((node) => ({ node, chain: "" })).reverse();
	for (let entry = stack.pop(); entry; entry = stack.pop()) {
		const { node, chain } = entry;
		if (!CONTAINERS.has(node.type) && !LEAVES.has(node.type)) continue;
		const name = node.type === "heading" ? `heading${node.depth}` : node.type;
		const own = chain ? `${chain}>${name}` : name;
		const kind: LineKind = {
			chain: own,
			literal: node.type === "code" ? "code" : node.type === "html" ? "html" : null,
			heading: node.type === "heading" ? node.depth : 0,
		};
		// A block left open at the end reaches the empty line after the last break, which is no line here.
		const last = Math.min(node.position?.end.line ?? 0, kinds.length);
		for (let line = node.position?.start.line ?? 1; line <= last; line++) kinds[line - 1] = kind;
		if (CONTAINERS.has(node.type) && "children" in node) {
			for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, chain: own });
		}
	}
	const comments = commentRanges(tree, markdown);
	if (comments.length > 0) markComments(markdown, kinds, comments);
	return kinds;
}

/** A line whose text, first character to last, lies in a `%%` comment is hidden: a comment line. */
function markComments(markdown: string, kinds: LineKind[], comments: ReturnType<typeof commentRanges>): void {
	const starts = lineStarts(markdown);
	for (const [line, content] of splitLines(markdown).entries()) {
		const first = content.search(/\S/);
		if (first === -1) continue;
		const start = starts[line] ?? 0;
		const last = content.trimEnd().length - 1;
		if (inComment(comments, start + first) && inComment(comments, start + last)) kinds[line] = { ...(kinds[line] ?? ROOT), literal: "comment" };
	}
}
