import type { Nodes, Root } from "mdast";

/**
 * Obsidian's own comments: everything from a `%%` to the next `%%` is hidden in Reading view and
 * left out of the metadata cache, inline (`- [ ] Ask %% soft %%`) or over many lines and blocks.
 * A `%%` with no partner hides the rest of the note. A `%%` in code, in inline code or in HTML
 * is text, not a comment mark.
 */

/** A comment's extent in the source, `from` inclusive, `to` exclusive. */
export interface CommentRange {
	from: number;
	to: number;
}

const MARK = /%%/g;

/**
 * The comments of a parsed piece, in source order: the `%%` marks are read in the source of its text
 * nodes alone, so marks in code and HTML never count.
 */
export function commentRanges(tree: Root, source: string): CommentRange[] {
	if (!source.includes("%%")) return [];
	const ranges: CommentRange[] = [];
	let open: number | null = null;
	const stack: Nodes[] = [tree];
	for (let node = stack.pop(); node; node = stack.pop()) {
		if (node.type === "text") {
			const start = node.position?.start.offset ?? 0;
			const slice = source.slice(start, node.position?.end.offset ?? start);
			for (const mark of slice.matchAll(MARK)) {
				const at = start + (mark.index ?? 0);
				if (open === null) open = at;
				else {
					ranges.push({ from: open, to: at + 2 });
					open = null;
				}
			}
		} else if ("children" in node) {
			for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
		}
	}
	if (open !== null) ranges.push({ from: open, to: source.length });
	return ranges;
}

/** Whether `offset` lies inside one of the comments. */
export function inComment(ranges: readonly CommentRange[], offset: number): boolean {
	// Few comments per piece: a scan is cheaper than a search.
	return ranges.some((range) => offset >= range.from && offset < range.to);
}

/**
 * A text node's value without what comments hide. Where the source reads as the value, the source's
 * offsets cut it exactly; where escapes or entities make them differ, the marks in the value do.
 */
export function visibleText(value: string, from: number, source: string, ranges: readonly CommentRange[]): string {
	const to = from + value.length;
	if (!ranges.some((range) => range.from < to && range.to > from)) return value;
	if (source.slice(from, to) === value) {
		let text = "";
		for (let at = from; at < to; at++) if (!inComment(ranges, at)) text += value[at - from] ?? "";
		return text;
	}
	const hidden = inComment(ranges, from);
	return value.split("%%").filter((_part, i) => (i % 2 === 0) !== hidden).join("");
}

/**
 * Whether a line may open or close a comment that lasts past it: an odd number of marks, or marks
 * beside a backtick or a `<`, where code or HTML could make some of them text. The chunker does
 * not split after such a line.
 */
export function mayOpenComment(line: string): boolean {
	if (!line.includes("%%")) return false;
	if (line.includes("`") || line.includes("<")) return true;
	return (line.match(MARK)?.length ?? 0) % 2 === 1;
}
