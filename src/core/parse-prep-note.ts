import { assemble } from "./assemble";
import { readBlockFacts } from "./block-facts";
import { frontmatterLineCount } from "./frontmatter";
import { splitLines } from "./lines";
import type { ParseOptions, PrepNote } from "./prep-note";

/** Parses a whole prep note in one pass. The reference that any faster path must equal. */
export function parsePrepNote(markdown: string, options: ParseOptions = {}): PrepNote {
	const lines = splitLines(markdown);
	const skip = frontmatterLineCount(markdown);
	const body = skip === 0 ? markdown : bodyAfterLines(markdown, skip);
	return assemble([{ facts: readBlockFacts(body), lineOffset: skip }], lines.length, options);
}

/** The text after the first `count` lines, terminators included. */
export function bodyAfterLines(text: string, count: number): string {
	const pattern = /\r\n|\n|\r/g;
	for (let i = 0; i < count; i++) {
		if (!pattern.exec(text)) return "";
	}
	return text.slice(pattern.lastIndex);
}
