import { isBlankLine } from "./lines";

/** Width of a line's leading spaces and tabs, a tab reaching the next multiple of four as markdown counts it. */
export function indentWidth(line: string): number {
	let width = 0;
	for (const c of line) {
		if (c === " ") width++;
		else if (c === "\t") width += 4 - (width % 4);
		else break;
	}
	return width;
}

/**
 * The lines a list item spans, 0-based and inclusive: its own line and every line nested under it,
 * blank lines between them included, trailing blank lines not.
 */
export function listItemSpan(lines: readonly string[], index: number): { first: number; last: number } {
	const own = indentWidth(lines[index] ?? "");
	let last = index;
	for (let i = index + 1; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (isBlankLine(line)) continue;
		if (indentWidth(line) <= own) break;
		last = i;
	}
	return { first: index, last };
}
