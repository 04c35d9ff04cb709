import { indentOf } from "./chunks";
import { isBlankLine } from "./lines";

/**
 * The lines a list item spans, 0-based and inclusive: its own line and every line nested under it,
 * blank lines between them included, trailing blank lines not.
 */
export function listItemSpan(lines: readonly string[], index: number): { first: number; last: number } {
	const own = indentOf(lines[index] ?? "");
	let last = index;
	for (let i = index + 1; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (isBlankLine(line)) continue;
		if (indentOf(line) <= own) break;
		last = i;
	}
	return { first: index, last };
}
