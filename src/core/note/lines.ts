/** Line-level helpers shared by the parser and the section edits. */

/**
 * A UTF-8 byte order mark at the very start of a note is not part of its first line, as for Obsidian,
 * which reads the frontmatter after it, and for remark, which skips it. Line 1 starts after it, so
 * line numbers, raw lines and offsets are those of the text, and an edit never touches the mark.
 */
export function bomLength(text: string): 0 | 1 {
	return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** Splits text into lines without their terminators. A final newline does not start an extra line; a leading BOM is not part of line 1. */
export function splitLines(text: string): string[] {
	const bom = bomLength(text);
	if (text.length === bom) return [];
	const lines = (bom ? text.slice(bom) : text).split(/\r\n|\n|\r/);
	if (lines[lines.length - 1] === "") lines.pop();
	return lines;
}

export type Eol = "\n" | "\r\n" | "\r";

/**
 * The note's own line ending: the one it breaks most lines with (LF, CRLF or a lone CR), the first
 * one seen on a tie, and LF for a note of one line. For lines added at a known place, `eolAt` is
 * the one to use: in a note of mixed endings it takes the neighbour's.
 */
export function detectEol(text: string): Eol {
	const counts = { "\n": 0, "\r\n": 0, "\r": 0 };
	let first: Eol | null = null;
	for (const match of text.matchAll(/\r\n|\n|\r/g)) {
		const eol = match[0] as Eol;
		counts[eol]++;
		first ??= eol;
	}
	if (first === null) return "\n";
	let best: Eol = first;
	for (const eol of ["\n", "\r\n", "\r"] as const) if (counts[eol] > counts[best]) best = eol;
	return best;
}

/**
 * The line ending for whole lines inserted at `offset`, a line start or the text's end: that of the
 * line above, which the new lines follow; at the start of the note, that of its first line; in a
 * note of one line, LF. Taking the neighbour's ending means a new break never joins an old one: a
 * `\n` is never written right after a lone `\r`, nor a lone `\r` right before a `\n`, either of
 * which would read as one CRLF and lose a line.
 */
export function eolAt(text: string, offset: number): Eol {
	for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
		const c = text.charCodeAt(i);
		if (c === LF) return text.charCodeAt(i - 1) === CR ? "\r\n" : "\n";
		if (c === CR) return "\r";
	}
	for (let i = Math.max(0, offset); i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === LF) return "\n";
		if (c === CR) return text.charCodeAt(i + 1) === LF ? "\r\n" : "\r";
	}
	return "\n";
}

const LF = 10;
const CR = 13;

/** Whether a line is blank as markdown sees it: only spaces and tabs. A no-break space is text. */
export function isBlankLine(line: string): boolean {
	return /^[ \t]*$/.test(line);
}

/** Folds CR and CRLF into LF, so that no model text carries a stray `\r`. */
export function normaliseEol(text: string): string {
	return text.replace(/\r\n?/g, "\n");
}

/** Heading names compare trimmed and case-insensitively. */
export function sameHeadingName(a: string, b: string): boolean {
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Binary search in items sorted by line: the index of the first one on or after `line`. */
export function firstAtOrAfter(items: readonly { line: number }[], line: number): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((items[mid]?.line ?? 0) < line) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The text after the first `count` lines, terminators included. */
export function bodyAfterLines(text: string, count: number): string {
	const pattern = /\r\n|\n|\r/g;
	for (let i = 0; i < count; i++) {
		if (!pattern.exec(text)) return "";
	}
	return text.slice(pattern.lastIndex);
}

/** The offset where each line starts; line 1 starts after a leading BOM. */
export function lineStarts(text: string): number[] {
	const starts: number[] = [bomLength(text)];
	const pattern = /\r\n|\n|\r/g;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) starts.push(match.index + match[0].length);
	return starts;
}
