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

/** The block with its first line's indent taken off every line, by columns: a copy at the top level. */
export function dedentToFirst(lines: readonly string[]): string[] {
	return reindent(lines, -indentOf(lines[0] ?? ""));
}
