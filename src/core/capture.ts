import { applyChanges, change, composeChanges, insertAt, refuse, type EditPlan, type TextChange } from "./edit-plan";
import { insertLinesAt, planSections } from "./insert-sections";
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
	/** Whether the target section had to be created first. */
	created: boolean;
	/** Whether the entry went into the section's table. */
	asTableRow: boolean;
}

/**
 * Appends `entry` as the last bullet of the section headed `target`, or as a row of its table: the
 * table's empty row when it has one, as the template's has, else a new last row. A missing section is
 * first created from the template; the plan's changes hold both, against the note as it is.
 */
export function planCapture(markdown: string, target: string, entry: string, options: CaptureOptions): EditPlan<CaptureResult> {
	const parser = options.parser ?? new PrepNoteParser();
	let text = markdown;
	let created: TextChange[] = [];
	if (!findHeading(parser, text, target)) {
		const parent = options.parent !== undefined ? { parent: options.parent } : {};
		let plan = planSections(text, options.template, { parser, only: [target], ...parent });
		// A template without this section still gives it a heading.
		if (plan.inserted.length === 0 && !plan.problem) plan = planSections(text, `## ${target}\n`, { parser, ...parent });
		if (plan.problem) return refuse(`could not add to ${target}: ${plan.problem}`);
		created = plan.insertions.map((i) => insertAt(i.offset, i.text));
		text = applyChanges(text, created);
	}
	const heading = findHeading(parser, text, target);
	if (!heading) return refuse(`could not add to ${target}: the note ends inside an unclosed code block or HTML block.`);
	const lines = splitLines(text);
	const starts = lineStarts(text);
	const eol = detectEol(text);
	const body = lines.slice(heading.line, heading.end);
	const table = options.preferTableRow ? tableOf(body) : null;
	let entryChange: TextChange;
	if (table && table.emptyRow !== null) {
		// Fill the template's empty row rather than add one below it.
		const index = heading.line + table.emptyRow;
		const from = starts[index] ?? text.length;
		entryChange = { from, to: from + (lines[index] ?? "").length, text: tableRow(table.columns, entry) };
	} else {
		// After the table's last row, or after the section's last line with content.
		let last = heading.line - 1;
		if (table) last = heading.line + table.lastRow;
		else {
			for (let i = heading.end - 1; i >= heading.line; i--) {
				if ((lines[i] ?? "").trim() !== "") {
					last = i;
					break;
				}
			}
		}
		const next = lines[last + 1];
		const line = table ? tableRow(table.columns, entry) : `- ${entry}`;
		const block = [...(last === heading.line - 1 ? [""] : []), line, ...(next !== undefined && next.trim() !== "" ? [""] : [])];
		const insertion = insertLinesAt(text, starts, last + 1, block, eol);
		entryChange = insertAt(insertion.offset, insertion.text);
	}
	const changes = composeChanges(created, [entryChange]);
	if (!changes) return refuse(`could not add to ${target}.`);
	return change(changes, { created: created.length > 0, asTableRow: table !== null });
}

/** The note with the capture made, or null when it is refused; for tests and scripts. */
export function captureInto(markdown: string, target: string, entry: string, options: CaptureOptions): (CaptureResult & { text: string }) | null {
	const plan = planCapture(markdown, target, entry, options);
	if (plan.kind === "refuse") return null;
	return { ...plan.result, text: plan.kind === "change" ? applyChanges(markdown, plan.changes) : markdown };
}

interface SectionTable {
	/** Index within the section's body of the table's last row. */
	lastRow: number;
	/** Index of a row whose cells are all empty, after the header and delimiter, or null. */
	emptyRow: number | null;
	columns: number;
}

/** The section's first table with a header and a delimiter row, or null. */
function tableOf(body: readonly string[]): SectionTable | null {
	const first = body.findIndex((line) => TABLE_ROW.test(line));
	if (first < 0 || !TABLE_ROW.test(body[first + 1] ?? "")) return null;
	let last = first + 1;
	while (TABLE_ROW.test(body[last + 1] ?? "")) last++;
	let emptyRow: number | null = null;
	for (let i = first + 2; i <= last; i++) {
		if (cells(body[i] ?? "").every((cell) => cell.trim() === "")) {
			emptyRow = i;
			break;
		}
	}
	return { lastRow: last, emptyRow, columns: cells(body[first] ?? "").length };
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;

function cells(row: string): string[] {
	return row.trim().replace(/^\||\|$/g, "").split("|");
}

/** A row with the entry in the first column. */
function tableRow(columns: number, entry: string): string {
	return `| ${entry.replace(/\|/g, "\\|")} |${" |".repeat(Math.max(0, columns - 1))}`;
}

function findHeading(parser: PrepNoteParser, text: string, name: string): { line: number; end: number } | null {
	const { headings, lineCount } = parser.parse(text);
	const index = headings.findIndex((h) => sameHeadingName(h.text, name));
	const heading = headings[index];
	if (!heading) return null;
	// The heading's own text: captures go above its sub-headings, not under the last of them.
	return { line: heading.line, end: ownTextEnd(headings, index, lineCount) };
}
