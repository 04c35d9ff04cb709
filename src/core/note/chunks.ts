/**
 * Splits a note's body into chunks that parse the same alone as together.
 * A chunk starts at an ATX heading or a bullet item at column 0, which close
 * every open block, except fenced code, HTML blocks and frontmatter. Where a
 * line leaves it unsure whether such a block is open, it stops splitting.
 */

import { bomLength } from "./lines";
import { mayOpenComment } from "./obsidian-comments";

export interface Chunk {
	/** The chunk's text, line terminators included. */
	text: string;
	/** Lines of the note before this chunk. */
	lineOffset: number;
}

const ATX = /^#{1,6}(?:[ \t]|$)/;
/**
 * A bullet item at column 0 with text on its line. Like a heading, it closes every block but an open fence
 * or HTML block: no line of it can be a lazy continuation, and, not being empty, it interrupts a paragraph.
 * So a note splits between its top-level items too, and an edit to one story re-parses that story alone.
 */
const ROOT_BULLET = /^[-+*][ \t]+\S/;
// `[^]` and not `.`, which stops at U+2028 and U+2029 where CommonMark reads on.
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})([^]*)$/;
/**
 * CommonMark 0.31's HTML block starts, each with its end, and how many of the
 * start's own characters the end may reuse on the first line: `<!-->` and
 * `<?>` open and close at once.
 */
const HTML_START: [start: RegExp, end: RegExp | null, overlap: number][] = [
	// Only a space, a tab, `>` or the line's end may follow the tag name; a no-break space may not.
	[/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i, 0],
	[/^ {0,3}<!--/, /-->/, 2],
	[/^ {0,3}<\?/, /\?>/, 1],
	[/^ {0,3}<![A-Za-z]/, />/, 0],
	[/^ {0,3}<!\[CDATA\[/, /\]\]>/, 0],
	// Every other tag-like start ends at a blank line; taking more lines for HTML than CommonMark does only splits less.
	[/^ {0,3}<\/?[A-Za-z]/, null, 0],
];
/** A link reference definition anywhere changes how text reads everywhere, so such notes are parsed whole. */
const DEFINITION = /\]:/;

type Open =
	| { kind: "fence"; char: string; length: number; indent: number }
	| { kind: "html"; end: RegExp | null; indent: number };

export function splitChunks(body: string, lineOffset = 0): Chunk[] {
	return splitBody(body, lineOffset).chunks;
}

/** The chunks, and the number of lines the body has, counted on the way. */
export function splitBody(body: string, lineOffset = 0): { chunks: Chunk[]; lines: number } {
	const chunks: Chunk[] = [];
	const lineEnd = /\r(?!\n)/.test(body) ? anyLineEnd : newlineEnd;
	let chunkStart = 0;
	let chunkLine = 0;
	let open: Open | null = null;
	let lost = DEFINITION.test(body);
	// A `%%` comment may run over headings: no split after a line that may open one.
	const commentDoubt = firstCommentDoubt(body);
	let line = 0;
	// A leading byte order mark is not part of the first line: remark skips it, and so does `splitLines`.
	for (let at = bomLength(body); at < body.length; line++) {
		const end = lineEnd(body, at);
		if (at > commentDoubt) lost = true;
		if (!lost && (open || mayMatter(body, at))) {
			const text = body.slice(at, body.charCodeAt(end - 1) === 13 ? end - 1 : end);
			if (!open && at > chunkStart && (ATX.test(text) || ROOT_BULLET.test(text))) {
				chunks.push({ text: body.slice(chunkStart, at), lineOffset: lineOffset + chunkLine });
				chunkStart = at;
				chunkLine = line;
			}
			const next = step(open, text);
			if (next === "lost") lost = true;
			else open = next;
		}
		at = end + 1;
	}
	chunks.push({ text: body.slice(chunkStart), lineOffset: lineOffset + chunkLine });
	return { chunks, lines: line };
}

/** Where the first line that may open a `%%` comment starts, or Infinity. */
function firstCommentDoubt(body: string): number {
	for (let mark = body.indexOf("%%"); mark !== -1; ) {
		const start = Math.max(body.lastIndexOf("\n", mark), body.lastIndexOf("\r", mark)) + 1;
		const breakAt = body.slice(mark).search(/[\r\n]/);
		const end = breakAt === -1 ? body.length : mark + breakAt;
		if (mayOpenComment(body.slice(start, end))) return start;
		mark = body.indexOf("%%", end);
	}
	return Infinity;
}

/**
 * With nothing open, only a heading or a bullet at column 0, or a backtick, tilde or `<`
 * after at most three spaces, can split or open a block. Most lines are text,
 * nested list items or quotes, and are skipped without being copied.
 */
function mayMatter(text: string, at: number): boolean {
	let i = at;
	while (i < at + 3 && text.charCodeAt(i) === 32) i++;
	const c = text.charCodeAt(i);
	return (i === at && (c === HASH || c === 45 || c === 43 || c === 42)) || c === 96 || c === 126 || c === 60;
}

/** Where the line starting at `at` ends (its `\n`, with any `\r` before it kept in the line), or the text's length. */
function newlineEnd(text: string, at: number): number {
	const end = text.indexOf("\n", at);
	return end === -1 ? text.length : end;
}

/** The same, for text that also breaks lines with a lone `\r`. */
function anyLineEnd(text: string, at: number): number {
	for (let i = at; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) return i;
		if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 1 : i;
	}
	return text.length;
}

const HASH = 35;

/** The open block after `line`, or "lost" when the line makes it unclear. */
function step(open: Open | null, line: string): Open | null | "lost" {
	const blank = /^[ \t]*$/.test(line);
	if (open) {
		if (blank) return open.kind === "html" && open.end === null ? null : open;
		// A block opened with indentation may sit in a list item that a less indented line would end.
		if (open.indent > 0 && indentOf(line) < open.indent) return "lost";
		if (open.kind === "fence") return isFenceClose(line, open) ? null : open;
		// A block that ends at a blank line may be a paragraph in truth, and then a fence or an
		// HTML block that outlives blank lines could start inside it.
		if (open.end === null && (FENCE_OPEN.test(line) || HTML_START.some(([start, end]) => end !== null && start.test(line)))) return "lost";
		return open.end?.test(line) ? null : open;
	}
	const fence = FENCE_OPEN.exec(line);
	if (fence) {
		const [, indent = "", marker = "", info = ""] = fence;
		if (marker[0] === "`" && info.includes("`")) return null;
		return { kind: "fence", char: marker[0] ?? "`", length: marker.length, indent: indent.length };
	}
	for (const [start, end, overlap] of HTML_START) {
		const opened = start.exec(line);
		if (!opened) continue;
		// Types 1 to 5 may end on their first line.
		if (end?.test(line.slice(opened[0].length - overlap))) return null;
		return { kind: "html", end, indent: indentOf(line) };
	}
	return null;
}

function isFenceClose(line: string, fence: { char: string; length: number }): boolean {
	const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
	return match !== null && match[1]?.[0] === fence.char && (match[1]?.length ?? 0) >= fence.length;
}

/** Leading columns, with a tab reaching the next multiple of four. */
export function indentOf(line: string): number {
	let column = 0;
	for (const ch of line) {
		if (ch === " ") column++;
		else if (ch === "\t") column += 4 - (column % 4);
		else break;
	}
	return column;
}
