/**
 * YAML frontmatter as Obsidian reads it: a `---` line at the very start, after
 * a byte order mark if there is one, closed by the next `---` line. Unclosed,
 * it is not frontmatter.
 */

import { bodyAfterLines, bomLength } from "./lines";

const FENCE = /^---[ \t]*$/;

/** The note's body after its frontmatter, and how many lines the frontmatter takes. */
export function splitFrontmatter(markdown: string): { skip: number; body: string } {
	const skip = frontmatterLineCount(markdown);
	return { skip, body: skip === 0 ? markdown : bodyAfterLines(markdown, skip) };
}

/** How many lines the frontmatter spans, fences included; 0 when there is none. Reads only the note's start. */
export function frontmatterLineCount(text: string): number {
	const bom = bomLength(text);
	if (!text.startsWith("---", bom)) return 0;
	const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/y;
	pattern.lastIndex = bom;
	let count = 0;
	for (let match = pattern.exec(text); match && match[0] !== ""; match = pattern.exec(text)) {
		count++;
		const isFence = FENCE.test(match[1] ?? "");
		if (count === 1 && !isFence) return 0;
		if (count > 1 && isFence) return count;
	}
	return 0;
}

/**
 * The frontmatter's top-level scalar keys, as strings. Enough for `duration`,
 * `meeting` and template variables; nested YAML is not interpreted.
 */
export function readFrontmatter(text: string): Record<string, string> {
	const end = frontmatterLineCount(text);
	const lines = end === 0 ? [] : text.split(/\r\n|\n|\r/, end);
	const values: Record<string, string> = {};
	for (let i = 1; i < end - 1; i++) {
		const match = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(lines[i] ?? "");
		if (!match) continue;
		const [, key = "", raw = ""] = match;
		values[key] = unquote(raw);
	}
	return values;
}

function unquote(raw: string): string {
	const quoted = /^(["'])(.*)\1$/.exec(raw);
	return quoted ? (quoted[2] ?? "") : raw;
}
