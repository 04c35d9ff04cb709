/**
 * YAML frontmatter as Obsidian reads it: a `---` line at the very start,
 * closed by the next `---` line. Unclosed, it is not frontmatter.
 */

const FENCE = /^---[ \t]*$/;

/** How many lines the frontmatter spans, fences included; 0 when there is none. */
export function frontmatterLineCount(lines: readonly string[]): number {
	if (lines.length === 0 || !FENCE.test(lines[0] ?? "")) return 0;
	for (let i = 1; i < lines.length; i++) {
		if (FENCE.test(lines[i] ?? "")) return i + 1;
	}
	return 0;
}

/** The same count read straight from the text, stopping at the closing fence, so a long note is not split. */
export function frontmatterLineCountOf(text: string): number {
	if (!text.startsWith("---")) return 0;
	const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/y;
	const lines: string[] = [];
	for (let match = pattern.exec(text); match && match[0] !== ""; match = pattern.exec(text)) {
		lines.push(match[1] ?? "");
		if (lines.length > 1 && FENCE.test(match[1] ?? "")) return lines.length;
		if (lines.length === 1 && !FENCE.test(lines[0] ?? "")) return 0;
	}
	return 0;
}

/**
 * The frontmatter's top-level scalar keys, as strings. Enough for `duration`,
 * `meeting` and template variables; nested YAML is not interpreted.
 */
export function readFrontmatter(lines: readonly string[]): Record<string, string> {
	const end = frontmatterLineCount(lines);
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

/** The frontmatter's keys read from the note's start only, so a long note is not split into lines. */
export function readFrontmatterOf(text: string): Record<string, string> {
	const count = frontmatterLineCountOf(text);
	if (count === 0) return {};
	return readFrontmatter(text.split(/\r\n|\n|\r/, count));
}
