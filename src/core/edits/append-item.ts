import type { TextChange } from "./edit-plan";
import { insertLinesAt } from "./insert-sections";
import { isBlankLine } from "../note/lines";
import { ownTextEnd } from "../note/note-queries";
import type { Heading } from "../note/prep-note";

/**
 * Where a list item's lines can go after the last line with text that the heading at `index` owns, before
 * any sub-heading, in the order to try them: right after that text, then after a blank line, which ends a
 * paragraph or an HTML block the item would otherwise join. Under a heading with no text, one place: after
 * the blank line below it when there is one, else after a blank line of its own, and parted from a line
 * that follows. `last` is that last line with text (1-based), or null.
 */
export function appendPlaces(
	text: string,
	lines: readonly string[],
	starts: readonly number[],
	headings: readonly Heading[],
	index: number,
	lineCount: number,
	block: readonly string[],
): { last: number | null; places: TextChange[] } {
	const heading = headings[index];
	if (!heading) return { last: null, places: [] };
	const end = ownTextEnd(headings, index, lineCount);
	const last = lastTextLine(lines, heading.line, end);
	const at = (gap: number, blockLines: readonly string[]): TextChange => {
		const added = insertLinesAt(text, starts, gap, blockLines);
		return { from: added.offset, to: added.offset, text: added.text };
	};
	if (last !== null) return { last, places: [at(last, block), at(last, ["", ...block])] };
	const gap = isBlankLine(lines[heading.line] ?? "x") && heading.line < end ? heading.line + 1 : heading.line;
	const lead = gap === heading.line ? [""] : [];
	const trail = gap < lines.length && !isBlankLine(lines[gap] ?? "") ? [""] : [];
	return { last, places: [at(gap, [...lead, ...block, ...trail])] };
}

/** The last line with text after `heading` up to `end` (1-based lines), as a 0-based index plus one; null when there is none. */
export function lastTextLine(lines: readonly string[], heading: number, end: number): number | null {
	for (let i = end - 1; i >= heading; i--) if (!isBlankLine(lines[i] ?? "")) return i + 1;
	return null;
}
