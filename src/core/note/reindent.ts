import { indentOf } from "./chunks";
import { isBlankLine } from "./lines";

/**
 * Lines moved `delta` columns left or right, as CommonMark counts columns: a tab reaches the next multiple
 * of four, so `  ` then `\t` is four columns, not three. A block copied from one indent to another keeps
 * how its lines nest under each other. Lines are left as written where nothing moves; a tab the shift cuts
 * through, or any indent that grows past a tab, is written as spaces. Blank lines stay as they are; no line
 * goes left of column 0.
 */
export function reindent(lines: readonly string[], delta: number): string[] {
	if (delta === 0) return [...lines];
	return lines.map((line) => (isBlankLine(line) ? line : shiftLine(line, delta)));
}

function shiftLine(line: string, delta: number): string {
	const lead = /^[ \t]*/.exec(line)?.[0] ?? "";
	const rest = line.slice(lead.length);
	if (delta > 0) return lead.includes("\t") ? " ".repeat(indentOf(line) + delta) + rest : " ".repeat(delta) + line;
	// Columns off the front, a character at a time; a tab that reaches past the cut leaves its other columns as spaces.
	const cut = Math.min(-delta, indentOf(line));
	let column = 0;
	let at = 0;
	while (at < lead.length && column < cut) {
		column += lead[at] === "\t" ? 4 - (column % 4) : 1;
		at++;
	}
	const kept = lead.slice(at);
	const spill = " ".repeat(column - cut);
	// Tabs after the cut would land on other tab stops: what is left is written as spaces then.
	return kept.includes("\t") ? " ".repeat(indentOf(line) - cut) + rest : spill + kept + rest;
}

/**
 * A list item's lines with its first line's indent taken off every line, by columns: a copy at the top level;
 * where that would let a lazy continuation line start a block of its own, the item keeps its indent.
 */
export function dedentToFirst(lines: readonly string[]): string[] {
	return reindent(lines, itemShift(lines, -indentOf(lines[0] ?? "")));
}

/** A list item's first line: indent, marker and the spaces after it. */
const ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]*)/;

/**
 * How far a list item's lines may move, of the `wanted` columns: all of them, unless the item has a lazy
 * continuation line indented less than its content column, and the move is to the left. Such a line reads
 * as the item's text only because its indent keeps it from starting a block (`   - A` then `\t- B`, a tab
 * being four columns); moved left it could start a list of its own. Moved right, it stays as it reads.
 */
export function itemShift(lines: readonly string[], wanted: number): number {
	if (wanted >= 0) return wanted;
	const content = contentColumn(lines[0] ?? "");
	const lazy = lines.slice(1).some((line) => {
		if (isBlankLine(line)) return false;
		const column = indentOf(line);
		return column > 0 && column < content;
	});
	return lazy ? 0 : wanted;
}

/** The column where a list item's text starts: after its marker and up to four spaces, or one when there are more. */
function contentColumn(line: string): number {
	const match = ITEM.exec(line);
	if (!match) return indentOf(line);
	const [, lead = "", marker = "", spaces = ""] = match;
	const markerEnd = indentOf(lead) + marker.length;
	const after = indentOf(" ".repeat(markerEnd) + spaces) - markerEnd;
	const empty = line.length === match[0].length;
	return after >= 1 && after <= 4 && !empty ? markerEnd + after : markerEnd + 1;
}
