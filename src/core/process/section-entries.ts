import { isBlankLine } from "../lines";
import { readListLine, withoutCheckbox } from "../task-line";
import { indentOf } from "../chunks";

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const DELIMITER_ROW = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/**
 * What a section says, one entry a line: each outermost bullet's text (its nested lines belong to it),
 * each table row's filled cells (not the header, the delimiter or an empty row), and any other line.
 * `body` is the section's lines after its heading.
 */
export function sectionEntries(body: readonly string[]): string[] {
	const entries: string[] = [];
	let outer: number | null = null;
	let headerSeen = false;
	for (let i = 0; i < body.length; i++) {
		const line = body[i] ?? "";
		if (isBlankLine(line) || HEADING.test(line)) continue;
		if (TABLE_ROW.test(line)) {
			if (DELIMITER_ROW.test(line)) continue;
			// The row right before a delimiter is the table's header.
			if (!headerSeen && DELIMITER_ROW.test(body[i + 1] ?? "")) {
				headerSeen = true;
				continue;
			}
			const cells = cellsOf(line).filter((cell) => cell !== "");
			if (cells.length > 0) entries.push(cells.join(" · "));
			continue;
		}
		headerSeen = false;
		const item = readListLine(line);
		if (item) {
			const indent = indentOf(line);
			if (outer === null || indent <= outer) outer = indent;
			if (indent > outer) continue;
			const text = withoutCheckbox(item.box === undefined ? item.rest : `[${item.box}]${item.rest}`).trim();
			if (text !== "") entries.push(text);
			continue;
		}
		// A line nested under a bullet belongs to it.
		if (outer !== null && indentOf(line) > outer) continue;
		entries.push(line.trim());
	}
	return entries;
}

/** A row's cells; `\|` is a pipe inside a cell. */
function cellsOf(row: string): string[] {
	const inner = row.trim().replace(/^\||\|$/g, "");
	const cells: string[] = [];
	let cell = "";
	for (let i = 0; i < inner.length; i++) {
		const c = inner.charAt(i);
		if (c === "\\" && inner.charAt(i + 1) === "|") {
			cell += "|";
			i++;
		} else if (c === "|") {
			cells.push(cell.trim());
			cell = "";
		} else cell += c;
	}
	cells.push(cell.trim());
	return cells;
}
