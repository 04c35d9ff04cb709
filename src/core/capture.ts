import { applyInsertions, insertLinesAt, insertSections, type TextInsertion } from "./insert-sections";
import { detectEol, lineStarts, sameHeadingName, splitLines } from "./lines";
import { ownTextEnd } from "./note-queries";
import { PrepNoteParser } from "./prep-note-parser";

export interface CaptureOptions {
	/** The template that holds the target section, used when the note lacks it. */
	template: string;
	/** Where a created section goes; see insertSections. */
	parent?: string;
	/** Write a table row when the section has a table, as Discrepancies does. */
	preferTableRow?: boolean;
	/** A parser whose cache already holds this note, so a long note is not parsed again in full. */
	parser?: PrepNoteParser;
}

export interface CaptureResult {
	text: string;
	/** Whether the target section had to be created first. */
	created: boolean;
	/** Whether the entry went into the section's table. */
	asTableRow: boolean;
}

/**
 * Appends `entry` as the last bullet of the section headed `target`, or as a
 * new row of its table. A missing section is first created from the template.
 */
export function captureInto(markdown: string, target: string, entry: string, options: CaptureOptions): CaptureResult | null {
	const parser = options.parser ?? new PrepNoteParser();
	let text = markdown;
	let created = false;
	if (!findHeading(parser, text, target)) {
		const parent = options.parent !== undefined ? { parent: options.parent } : {};
		let result = insertSections(text, options.template, { parser, only: [target], ...parent });
		// A template without this section still gives it a heading.
		if (result.inserted.length === 0 && !result.problem) result = insertSections(text, `## ${target}\n`, { parser, ...parent });
		if (result.problem) return null;
		text = result.text;
		created = true;
	}
	const heading = findHeading(parser, text, target);
	if (!heading) return null;
	const lines = splitLines(text);
	const body = lines.slice(heading.line, heading.end);
	const table = options.preferTableRow ? lastTableRow(body) : null;
	const row = table === null ? null : tableRowFor(body, entry);
	// After the table's last row, or after the section's last line with content.
	let last = heading.line - 1;
	if (row !== null && table !== null) last = heading.line + table;
	else {
		for (let i = heading.end - 1; i >= heading.line; i--) {
			if ((lines[i] ?? "").trim() !== "") {
				last = i;
				break;
			}
		}
	}
	const next = lines[last + 1];
	const block = [...(last === heading.line - 1 ? [""] : []), row ?? `- ${entry}`, ...(next !== undefined && next.trim() !== "" ? [""] : [])];
	const insertion = insertLinesAt(text, lineStarts(text), last + 1, block, detectEol(text));
	return { text: applyInsertions(text, [insertion]), created, asTableRow: row !== null };
}

/** Index within `body` of the last row of the first table, or null. */
function lastTableRow(body: readonly string[]): number | null {
	const first = body.findIndex((line) => TABLE_ROW.test(line));
	if (first < 0) return null;
	let last = first;
	while (TABLE_ROW.test(body[last + 1] ?? "")) last++;
	return last;
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;

/** The insertions that turn `before` into `after`, when `after` only adds whole lines. */
export function lineInsertions(before: string, after: string): TextInsertion[] | null {
	const old = withEnds(before);
	const now = withEnds(after);
	const insertions: TextInsertion[] = [];
	let i = 0;
	let offset = 0;
	let pending = "";
	for (const line of now) {
		const match = old[i];
		if (match !== undefined && (line === match || (i === old.length - 1 && line.replace(/\r?\n$|\r$/, "") === match))) {
			if (pending) insertions.push({ offset, text: pending });
			pending = "";
			// The note's last line may gain a line break when lines follow it.
			if (line !== match) pending = line.slice(match.length);
			offset += match.length;
			i++;
		} else {
			pending += line;
		}
	}
	if (i < old.length) return null;
	if (pending) insertions.push({ offset, text: pending });
	return insertions;
}

function withEnds(text: string): string[] {
	return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

function findHeading(parser: PrepNoteParser, text: string, name: string): { line: number; end: number } | null {
	const { headings, lineCount } = parser.parse(text);
	const index = headings.findIndex((h) => sameHeadingName(h.text, name));
	const heading = headings[index];
	if (!heading) return null;
	// The heading's own text: captures go above its sub-headings, not under the last of them.
	return { line: heading.line, end: ownTextEnd(headings, index, lineCount) };
}

/** A new table row with the entry in the first column, when the section holds a table. */
function tableRowFor(body: readonly string[], entry: string): string | null {
	const rows = body.filter((line) => TABLE_ROW.test(line));
	const header = rows[0];
	if (!header || rows.length < 2) return null;
	const columns = header.trim().replace(/^\||\|$/g, "").split("|").length;
	return `| ${entry.replace(/\|/g, "\\|")} |${" |".repeat(Math.max(0, columns - 1))}`;
}
