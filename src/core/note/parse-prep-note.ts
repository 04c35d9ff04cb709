import { assemble } from "./assemble";
import { readBlockFacts } from "./block-facts";
import { splitFrontmatter } from "./frontmatter";
import { splitLines } from "./lines";
import type { ParseOptions, PrepNote } from "./prep-note";

/** Parses a whole prep note in one pass. The reference that any faster path must equal. */
export function parsePrepNote(markdown: string, options: ParseOptions = {}): PrepNote {
	const { skip, body } = splitFrontmatter(markdown);
	return assemble([{ facts: readBlockFacts(body), lineOffset: skip }], splitLines(markdown).length, options);
}
