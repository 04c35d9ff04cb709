import { isBlankLine } from "../note/lines";
import type { Table } from "../note/prep-note";
import { readListLine, withoutCheckbox } from "../note/task-line";
import { indentOf } from "../note/chunks";

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** One entry of a section: a bullet, a table row or a line of text, where it is, and the lines nested under a bullet. */
export interface SectionItem {
	text: string;
	/** Its line in the note, 1-based. */
	line: number;
	/** The text of the lines nested under a bullet, list markers and checkboxes taken off, in order. */
	nested: string[];
}

/**
 * What a section says, one entry a line: each outermost bullet's text (its nested lines belong to it),
 * each table row's filled cells as the parser read them (not the header, the delimiter or an empty row),
 * and any other line. `body` is the section's lines after its heading, the first of them note line
 * `firstLine` (1-based); `tables` are the note's.
 */
export function sectionEntries(body: readonly string[], firstLine: number, tables: readonly Table[]): string[] {
	return sectionItems(body, firstLine, tables).map((item) => item.text);
}

/** The entries of sectionEntries with their lines, and each bullet with the lines nested under it. */
export function sectionItems(body: readonly string[], firstLine: number, tables: readonly Table[]): SectionItem[] {
	const lastLine = firstLine + body.length - 1;
	const inSection = tables.filter((table) => table.line >= firstLine && table.line <= lastLine);
	const rows = new Map<number, string>();
	for (const table of inSection) {
		for (const row of table.rows.slice(1)) {
			const cells = row.cells.filter((cell) => cell !== "");
			if (cells.length > 0) rows.set(row.line, cells.join(" · "));
		}
	}
	const entries: SectionItem[] = [];
	let outer: number | null = null;
	/** The bullet that nested lines belong to; null after a line that is not one. */
	let bullet: SectionItem | null = null;
	for (let i = 0; i < body.length; i++) {
		const line = body[i] ?? "";
		const at = firstLine + i;
		if (inSection.some((table) => at >= table.line && at <= table.endLine)) {
			const row = rows.get(at);
			if (row !== undefined) entries.push({ text: row, line: at, nested: [] });
			bullet = null;
			continue;
		}
		if (isBlankLine(line) || HEADING.test(line)) continue;
		const item = readListLine(line);
		const text = item ? withoutCheckbox(item.box === undefined ? item.rest : `[${item.box}]${item.rest}`).trim() : line.trim();
		if (item) {
			const indent = indentOf(line);
			if (outer === null || indent <= outer) outer = indent;
			if (indent > outer) {
				if (text !== "") bullet?.nested.push(text);
				continue;
			}
			bullet = text === "" ? null : { text, line: at, nested: [] };
			if (bullet) entries.push(bullet);
			continue;
		}
		// A line nested under a bullet belongs to it.
		if (outer !== null && indentOf(line) > outer) {
			bullet?.nested.push(text);
			continue;
		}
		bullet = null;
		entries.push({ text, line: at, nested: [] });
	}
	return entries;
}
