import { applyChanges, composeChanges, insertAt, refuse, type EditPlan, type TextChange } from "./edit-plan";
import { escapeInline, insertLinesAt, planSections } from "./insert-sections";
import { isBlankLine, lineStarts, sameHeadingName, splitLines } from "../note/lines";
import { ownTextEnd } from "../note/note-queries";
import { checkPlan } from "./plan-check";
import { PrepNoteParser } from "../note/prep-note-parser";
import type { Table } from "../note/prep-note";

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
 *
 * The entry is one line, read as typed: line breaks in it become spaces, and a `%%` is written `%\%`, so
 * it never opens a comment that would hide the rest of the note and every later capture. New lines take the line ending of the line
 * above them, so a note with lone-CR or mixed endings keeps them. Whether the entry reads as what it is
 * meant to be, a bullet or a row of the section, and not text inside an unclosed code block, HTML block
 * or comment, is for the check before every write (`checkPlan`), which refuses it with the reason.
 */
export function planCapture(markdown: string, target: string, rawEntry: string, options: CaptureOptions): EditPlan<CaptureResult> {
	const parser = options.parser ?? new PrepNoteParser();
	const entry = escapeInline(rawEntry);
	let text = markdown;
	let created: TextChange[] = [];
	let heading = findHeading(parser, text, target);
	if (!heading) {
		const parent = options.parent !== undefined ? { parent: options.parent } : {};
		let plan = planSections(text, options.template, { parser, only: [target], ...parent });
		// A template without this section still gives it a heading.
		if (plan.inserted.length === 0 && !plan.problem) plan = planSections(text, `## ${target}\n`, { parser, ...parent });
		if (plan.problem) return refuse(`could not add to ${target}: ${plan.problem}`);
		created = plan.insertions.map((i) => insertAt(i.offset, i.text));
		text = applyChanges(text, created);
		heading = findHeading(parser, text, target);
	}
	if (!heading) return refuse(`could not add to ${target}: the note ends inside an unclosed code block, HTML block or %% comment.`);
	const lines = splitLines(text);
	const starts = lineStarts(text);
	const table = options.preferTableRow ? tableOf(heading, lines) : null;
	let entryChange: TextChange;
	if (table && table.emptyRow !== null) {
		// Fill the template's empty row rather than add one below it.
		const entryIndex = heading.line + table.emptyRow;
		const from = starts[entryIndex] ?? text.length;
		entryChange = { from, to: from + (lines[entryIndex] ?? "").length, text: tableRow(table.columns, entry) };
	} else {
		// After the table's last row, or after the section's last line with content.
		let last = heading.line - 1;
		if (table) last = heading.line + table.lastRow;
		else {
			for (let i = heading.end - 1; i >= heading.line; i--) {
				if (!isBlankLine(lines[i] ?? "")) {
					last = i;
					break;
				}
			}
		}
		const next = lines[last + 1];
		const line = table ? tableRow(table.columns, entry) : `- ${entry}`;
		// Under the heading, or after text, HTML or code, a bullet starts a list of its own, after a blank line.
		const lead = last === heading.line - 1 || (!table && !continuesList(lines[last] ?? "")) ? [""] : [];
		// A bullet is kept apart from text below it; a row joins its table, which already ends where it did.
		const block = [...lead, line, ...(!table && next !== undefined && !isBlankLine(next) ? [""] : [])];
		const insertion = insertLinesAt(text, starts, last + 1, block);
		entryChange = insertAt(insertion.offset, insertion.text);
	}
	const changes = composeChanges(created, [entryChange]);
	if (!changes) return refuse(`could not add to ${target}.`);
	// Each capture adds an entry: run again, it adds another.
	return { kind: "change", changes, result: { created: created.length > 0, asTableRow: table !== null }, repeats: true };
}

/** The note with the capture made, or null when it is refused, by the planner or by the check before every write; for tests and scripts. */
export function captureInto(markdown: string, target: string, entry: string, options: CaptureOptions): (CaptureResult & { text: string }) | null {
	const planner = (text: string) => planCapture(text, target, entry, options);
	const plan = planner(markdown);
	if (plan.kind === "refuse" || (plan.kind === "change" && checkPlan(markdown, plan, planner) !== null)) return null;
	return { ...plan.result, text: plan.kind === "change" ? applyChanges(markdown, plan.changes) : markdown };
}

interface SectionTable {
	/** Index within the section's body of the table's last row. */
	lastRow: number;
	/** Index of a row whose cells are all empty, after the header, or null. */
	emptyRow: number | null;
	columns: number;
}

/** The section's first table, as the parser reads tables: one in a code block or an HTML block is not one. */
function tableOf(heading: HeadingSpan, lines: readonly string[]): SectionTable | null {
	const table = heading.tables.find((t) => t.line > heading.line && t.line <= heading.end);
	if (!table) return null;
	// Body indices count from the line after the heading, which is 0-based line `heading.line`.
	const index = (line: number) => line - 1 - heading.line;
	// An empty row as the template writes it, `|  |  |`; a row read from a line of no-break spaces is the user's text.
	const empty = table.rows.slice(1).find((row) => row.cells.every((cell) => cell === "") && EMPTY_ROW.test(lines[row.line - 1] ?? ""));
	return { lastRow: index(table.endLine), emptyRow: empty ? index(empty.line) : null, columns: table.rows[0]?.cells.length ?? 1 };
}

/** Whether a bullet right below this line joins its list: a list item, or a line indented under one. */
function continuesList(line: string): boolean {
	return /^\s+\S|^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(line);
}

const EMPTY_ROW = /^[ \t]*\|[ \t|]*$/;

/**
 * A row of the entry: split at ` | ` into the table's columns, the rest of it in the last one, so
 * `Salary | 120k | 150k` fills Topic, told before and told today. A `|` inside a cell is escaped.
 */
function tableRow(columns: number, entry: string): string {
	const parts = entry.split(" | ");
	const width = Math.max(1, columns);
	const cells = [...parts.slice(0, width - 1), parts.slice(width - 1).join(" | ")];
	while (cells.length < width) cells.push("");
	return `|${cells.map((cell) => (cell.trim() === "" ? " |" : ` ${cell.trim().replace(/\|/g, "\\|")} |`)).join("")}`;
}

interface HeadingSpan {
	/** The heading's 1-based line. */
	line: number;
	/** The last line of its own text, 1-based: the line before its first sub-heading or the section's end. */
	end: number;
	tables: readonly Table[];
}

function findHeading(parser: PrepNoteParser, text: string, name: string): HeadingSpan | null {
	const { headings, lineCount, tables } = parser.parse(text);
	const index = headings.findIndex((h) => sameHeadingName(h.text, name));
	const heading = headings[index];
	if (!heading) return null;
	// The heading's own text: captures go above its sub-headings, not under the last of them.
	return { line: heading.line, end: ownTextEnd(headings, index, lineCount), tables };
}
