import type { TextChange } from "./edit-plan";
import { insertLinesAt } from "./insert-sections";
import { isBlankLine } from "../note/lines";
import { ownTextEnd } from "../note/note-queries";
import type { Heading } from "../note/prep-note";

/**
 * A list item's lines added after the last line with text that the heading at `index` owns, before any
 * sub-heading: after `gap` blank lines when that text is there, else under the heading, after the blank
 * line below it when there is one, and parted from a line that follows.
 */
export function appendUnderHeading(
	text: string,
	lines: readonly string[],
	starts: readonly number[],
	headings: readonly Heading[],
	index: number,
	lineCount: number,
	block: readonly string[],
	gap = 0,
): TextChange | null {
	const heading = headings[index];
	if (!heading) return null;
	const end = ownTextEnd(headings, index, lineCount);
	const last = lastTextLine(lines, heading.line, end);
	let at: number;
	let blockLines: string[];
	if (last !== null) {
		at = last;
		blockLines = [...new Array<string>(gap).fill(""), ...block];
	} else {
		at = isBlankLine(lines[heading.line] ?? "x") && heading.line < end ? heading.line + 1 : heading.line;
		const lead = at === heading.line ? [""] : [];
		const trail = at < lines.length && !isBlankLine(lines[at] ?? "") ? [""] : [];
		blockLines = [...lead, ...block, ...trail];
	}
	const added = insertLinesAt(text, starts, at, blockLines);
	return { from: added.offset, to: added.offset, text: added.text };
}

/** The last line with text after `heading` up to `end` (1-based lines), as a 0-based index plus one; null when there is none. */
export function lastTextLine(lines: readonly string[], heading: number, end: number): number | null {
	for (let i = end - 1; i >= heading; i--) if (!isBlankLine(lines[i] ?? "")) return i + 1;
	return null;
}
