/** Line-level helpers shared by the parser and the section edits. */

/** Splits text into lines without their terminators. A final newline does not start an extra line. */
export function splitLines(text: string): string[] {
	if (text === "") return [];
	const lines = text.split(/\r\n|\n|\r/);
	if (lines[lines.length - 1] === "") lines.pop();
	return lines;
}

/** The note's own line ending: CRLF when its first line break is CRLF. */
export function detectEol(text: string): "\n" | "\r\n" {
	const at = text.indexOf("\n");
	return at > 0 && text[at - 1] === "\r" ? "\r\n" : "\n";
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

/** The offset where each line starts. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	const pattern = /\r\n|\n|\r/g;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) starts.push(match.index + match[0].length);
	return starts;
}
