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
 * The frontmatter's top-level keys, as text: the plugin's one reader of it, for the note model, the process
 * index and the commands alike. A value is read as YAML reads it: a comment after a plain value (a `#` after
 * a space or a tab) is not part of it; a quoted value has its quotes taken off and its escapes read; `null`,
 * `~` and an empty value are no value; a list, `[Acme, Beta]` or `- Acme` lines under the key, gives its
 * first entry, as Obsidian's Properties write a list; a block scalar (`|`, `>-`) gives its lines, folded by a
 * space. `key:value` with no space is not a key, as in YAML. It reads on where Obsidian's YAML gives up
 * (`frontmatterProblem` says where), so a note with one bad line keeps its company and its meeting.
 */
export function readFrontmatter(text: string): Record<string, string> {
	const end = frontmatterLineCount(text);
	const lines = end === 0 ? [] : text.split(/\r\n|\n|\r/, end);
	const values: Record<string, string> = {};
	for (let i = 1; i < end - 1; i++) {
		const entry = keyLine(lines[i] ?? "");
		if (!entry) continue;
		const { key, raw } = entry;
		// What is indented under the key: a block list or a block scalar's lines.
		let next = i + 1;
		while (next < end - 1 && /^([ \t]|-[ \t]|-$)/.test(lines[next] ?? "") && !keyLine(lines[next] ?? "")) next++;
		const below = lines.slice(i + 1, next);
		values[key] = raw === "" ? firstListEntry(below) : /^[|>][-+]?[0-9]?[ \t]*(#.*)?$/.test(raw) ? below.map((line) => line.trim()).filter((line) => line !== "").join(" ") : readValue(raw);
		i = next - 1;
	}
	return values;
}

/** A top-level `key: value` line: the key, and the value as written (empty when the key ends the line). */
function keyLine(line: string): { key: string; raw: string } | null {
	// `s`: a value may hold U+2028 or U+2029, which are not line breaks in YAML's one-line scalars here.
	const match = /^([A-Za-z_][\w -]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/s.exec(line);
	return match ? { key: match[1] ?? "", raw: match[2] ?? "" } : null;
}

/** A value on the key's own line: a flow list's first entry, no value for YAML's null, or a scalar. */
function readValue(raw: string): string {
	// An unquoted `[[link]]` is a link, as Properties show it, not a list in a list.
	if (raw.startsWith("[") && !raw.startsWith("[[")) {
		const inner = /^\[(.*)\][ \t]*(?:#.*)?$/s.exec(raw)?.[1];
		if (inner !== undefined) return readValue(inner.split(",")[0]?.trim() ?? "");
	}
	const value = readScalar(raw, true);
	return /^(?:~|null|Null|NULL)$/.test(raw.trim()) ? "" : value;
}

/** The first `- entry` of a block list under a key; "" when there is none. */
function firstListEntry(below: readonly string[]): string {
	const item = below.map((line) => /^[ \t]*-(?:[ \t]+(.*?))?[ \t]*$/s.exec(line)).find((match) => match !== null);
	return item ? readValue(item[1] ?? "") : "";
}

/**
 * The first frontmatter line that Obsidian's YAML rejects, 1-based in the note, with its text; null when the
 * YAML reads. Obsidian then keeps no properties for the note at all, so the sidebar says which line it is.
 * It finds what people write by hand: a second unquoted `: ` in a value (`with: Sam (CTO): hiring manager`),
 * a tab as indentation, a line that is not `key: value` at the top, an unclosed quote, a key given twice.
 */
export function frontmatterProblem(text: string): { line: number; text: string; reason: string } | null {
	const end = frontmatterLineCount(text);
	const lines = end === 0 ? [] : text.split(/\r\n|\n|\r/, end);
	const seen = new Set<string>();
	/** What the lines below the last key may be: its list or map (`open`), more of its plain text (`plain`), its block scalar's text (`block`), or nothing (`closed`). */
	let below: "open" | "list" | "plain" | "block" | "closed" = "closed";
	/** Whether the key's list is indented, so that an item at the margin cannot join it. */
	let listIndented = false;
	/** Where the list's items start, and whether a comment came after the last one: a comment ends its text, so nothing deeper can follow. */
	let itemIndent = 0;
	let commented = false;
	for (let i = 1; i < end - 1; i++) {
		const line = lines[i] ?? "";
		const problem = (reason: string) => ({ line: i + 1, text: line, reason });
		if (/^[ \t]*(#.*)?$/.test(line)) {
			// A comment ends a plain value: nothing indented may continue it.
			if (line.trim() !== "") {
				if (below === "plain") below = "closed";
				commented = true;
			}
			continue;
		}
		const afterComment = commented;
		commented = false;
		const indent = line.length - line.trimStart().length;
		// A block scalar's text may hold a tab after its indentation of spaces, but nothing is indented by a tab.
		if (/^\t/.test(line) || (/^ +\t/.test(line) && below !== "block")) return problem("a tab indents it, and YAML indents with spaces only");
		if (/^ /.test(line)) {
			// A list item's text is complete once a comment follows it, as any value is.
			if (below === "closed" || (below === "list" && afterComment && indent > itemIndent)) return problem("it is indented under a value that is complete");
			if (below === "open") {
				below = "list";
				listIndented = true;
				itemIndent = indent;
			}
			if (below === "plain" && /:[ \t]|:$/.test(readScalar(line.trim(), true))) return problem("it holds a `: ` inside a value; put the value in quotes");
			continue;
		}
		if (/^-([ \t]|$)/.test(line)) {
			if ((below !== "open" && below !== "list") || listIndented) return problem("a list item stands where no list can start");
			below = "list";
			itemIndent = 0;
			continue;
		}
		const entry = keyLine(line);
		if (!entry) return problem("it is not a `key: value` line");
		if (seen.has(entry.key)) return problem(`the key "${entry.key}" is given twice`);
		seen.add(entry.key);
		const raw = entry.raw;
		below = raw === "" ? "open" : /^[|>]/.test(raw) ? "block" : "closed";
		listIndented = false;
		if (raw.startsWith('"') || raw.startsWith("'")) {
			const quoted = raw.startsWith('"') ? readDoubleQuoted(raw) : readSingleQuoted(raw);
			if (!quoted || !/^(?:[ \t]+#.*)?$/s.test(raw.slice(quoted.end))) return problem("a quote in it is not closed where the value ends");
			continue;
		}
		if (below !== "closed" || /^[[{]/.test(raw)) continue;
		const plain = readScalar(raw, true);
		if (/:[ \t]/.test(plain) || plain.endsWith(":")) return problem("its value holds a second `: `; put the value in quotes");
		if (/^[@`%]/.test(plain)) return problem(`a plain value cannot start with ${plain.charAt(0)}; put it in quotes`);
		below = plain === raw ? "plain" : "closed";
	}
	return null;
}

/**
 * A top-level key's values as a list, as Obsidian's Properties write a list: a block sequence of `- item`
 * lines under the key, or a flow sequence `[a, "b"]`; a one-line scalar is a list of one, an empty key
 * none. Each item is read as a one-line scalar, so quotes come off. `[[link]]` unquoted is a link, not a
 * nested sequence, as the app reads it.
 */
export function readFrontmatterList(text: string, key: string): string[] {
	const end = frontmatterLineCount(text);
	const lines = end === 0 ? [] : text.split(/\r\n|\n|\r/, end);
	for (let i = 1; i < end - 1; i++) {
		const match = /^([A-Za-z_][\w-]*)[ \t]*:([ \t]*)(.*?)[ \t]*$/s.exec(lines[i] ?? "");
		if (!match || match[1] !== key) continue;
		const raw = match[3] ?? "";
		const value = readScalar(raw, (match[2] ?? "") !== "");
		if (raw.startsWith("[") && !raw.startsWith("[[") && value === raw && raw.endsWith("]")) return flowItems(raw.slice(1, -1));
		if (value !== "") return [value];
		const items: string[] = [];
		for (let j = i + 1; j < end - 1; j++) {
			const item = /^[ \t]*-(?:[ \t]+(.*?))?[ \t]*$/s.exec(lines[j] ?? "");
			if (!item) break;
			const read = readScalar(item[1] ?? "", true);
			if (read !== "") items.push(read);
		}
		return items;
	}
	return [];
}

/** The items of a flow sequence's inside, split at commas outside quotes and brackets. */
function flowItems(inside: string): string[] {
	const items: string[] = [];
	let depth = 0;
	let quote = "";
	let start = 0;
	for (let i = 0; i <= inside.length; i++) {
		const c = inside.charAt(i);
		if (quote !== "") {
			if (c === "\\" && quote === '"') i++;
			else if (c === quote) quote = "";
		} else if (c === '"' || c === "'") quote = c;
		else if (c === "[") depth++;
		else if (c === "]") depth--;
		else if ((c === "," && depth === 0) || i === inside.length) {
			const read = readScalar(inside.slice(start, i).trim(), true);
			if (read !== "") items.push(read);
			start = i + 1;
		}
	}
	return items;
}

/** A one-line YAML scalar; `spaced` says whether a space or a tab comes before it, so that a `#` first starts a comment. */
function readScalar(raw: string, spaced: boolean): string {
	const quoted = raw.startsWith('"') ? readDoubleQuoted(raw) : raw.startsWith("'") ? readSingleQuoted(raw) : null;
	// After the closing quote, only a comment may follow.
	if (quoted && /^(?:[ \t]+#.*)?$/s.test(raw.slice(quoted.end))) return quoted.value;
	if (spaced && raw.startsWith("#")) return "";
	const comment = /[ \t]#/.exec(raw);
	return comment ? raw.slice(0, comment.index).trimEnd() : raw;
}

/** The escapes of a double-quoted YAML scalar that stand for one character. */
const ESCAPES: Record<string, string> = {
	"0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
	" ": " ", '"': '"', "/": "/", "\\": "\\", N: "\u0085", _: "\u00a0", L: "\u2028", P: "\u2029",
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A double-quoted scalar at the start of `raw`, and where it ends; null when it is not closed or has an unknown escape. */
function readDoubleQuoted(raw: string): { value: string; end: number } | null {
	let value = "";
	for (let i = 1; i < raw.length; i++) {
		const c = raw.charAt(i);
		if (c === '"') return { value, end: i + 1 };
		if (c !== "\\") {
			value += c;
			continue;
		}
		const escape = raw.charAt(++i);
		const digits = HEX_DIGITS[escape];
		if (digits !== undefined) {
			const hex = raw.slice(i + 1, i + 1 + digits);
			const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
			if (code < 0 || code > 0x10ffff) return null;
			value += String.fromCodePoint(code);
			i += digits;
			continue;
		}
		const one = ESCAPES[escape];
		if (one === undefined) return null;
		value += one;
	}
	return null;
}

/** A single-quoted scalar at the start of `raw`, where `''` is a quote, and where it ends; null when it is not closed. */
function readSingleQuoted(raw: string): { value: string; end: number } | null {
	let value = "";
	for (let i = 1; i < raw.length; i++) {
		const c = raw.charAt(i);
		if (c !== "'") value += c;
		else if (raw.charAt(i + 1) === "'") {
			value += "'";
			i++;
		} else return { value, end: i + 1 };
	}
	return null;
}
