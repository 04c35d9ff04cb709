import { applyChanges, composeChanges, insertAt, refuse, type EditPlan, type TextChange } from "./edit-plan";
import { insertLinesAt, planSections } from "./insert-sections";
import { isBlankLine, lineStarts, sameHeadingName, splitLines } from "./lines";
import { ownTextEnd } from "./note-queries";
import type { PlacedFacts } from "./assemble";
import { PrepNoteParser } from "./prep-note-parser";
import type { Table } from "./prep-note";

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
 * The entry is one line: line breaks in it become spaces. New lines take the line ending of the line
 * above them, so a note with lone-CR or mixed endings keeps them. A capture whose entry would not read
 * as what it is meant to be, a bullet of the section (inside an unclosed code block or an HTML block,
 * say), or that would change the note's headings, is refused with the reason.
 */
export function planCapture(markdown: string, target: string, rawEntry: string, options: CaptureOptions): EditPlan<CaptureResult> {
	const parser = options.parser ?? new PrepNoteParser();
	const entry = rawEntry.replace(/\r\n|\n|\r/g, " ");
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
	if (!heading) return refuse(`could not add to ${target}: the note ends inside an unclosed code block, HTML block or %% comment.`);
	const lines = splitLines(text);
	const starts = lineStarts(text);
	const table = options.preferTableRow ? tableOf(heading) : null;
	let entryChange: TextChange;
	/** The entry's line, 0-based, in the text with the entry, and the line before which lines are added. */
	let entryIndex: number;
	let gap: number;
	if (table && table.emptyRow !== null) {
		// Fill the template's empty row rather than add one below it.
		entryIndex = heading.line + table.emptyRow;
		gap = entryIndex;
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
		const lead = last === heading.line - 1 ? [""] : [];
		// A bullet is kept apart from text below it; a row joins its table, which already ends where it did.
		const block = [...lead, line, ...(!table && next !== undefined && !isBlankLine(next) ? [""] : [])];
		const insertion = insertLinesAt(text, starts, last + 1, block);
		entryChange = insertAt(insertion.offset, insertion.text);
		gap = last + 1;
		entryIndex = gap + lead.length;
	}
	const problem = misreadEntry(parser, text, applyChanges(text, [entryChange]), gap, entryIndex, table === null);
	if (problem) return refuse(`could not add to ${target}: ${problem}`);
	const changes = composeChanges(created, [entryChange]);
	if (!changes) return refuse(`could not add to ${target}.`);
	// Each capture adds an entry: run again, it adds another.
	return { kind: "change", changes, result: { created: created.length > 0, asTableRow: table !== null }, repeats: true };
}

/**
 * Why the note with the entry would not read as meant, or null when it does: every heading stays a
 * heading, at its line moved by the lines added above it, and a bullet entry is an item of a list of
 * its own at its line, not text swallowed by a code block, an HTML block or a paragraph.
 */
function misreadEntry(parser: PrepNoteParser, before: string, after: string, gap: number, entryIndex: number, bullet: boolean): string | null {
	const was = parser.placedFacts(before);
	const now = parser.placedFacts(after);
	const added = now.lineCount - was.lineCount;
	// Lines are added only at the gap (0-based): a heading below it moves down by as many.
	const moved = (line: number) => (line > gap ? line + added : line);
	const headingsOf = (pieces: readonly PlacedFacts[]) => pieces.flatMap(({ facts, lineOffset }) => facts.headings.map((h) => ({ line: h.line + lineOffset, depth: h.depth })));
	const then = headingsOf(was.pieces);
	const headings = headingsOf(now.pieces);
	const kept = headings.length === then.length && then.every((h, i) => headings[i]?.line === moved(h.line) && headings[i]?.depth === h.depth);
	if (!kept) return "the entry would change the note's headings. Check the section for an unclosed code block, HTML block or %% comment.";
	const items = now.pieces.flatMap(({ facts, lineOffset }) => facts.rootItems.map((item) => item.line + lineOffset));
	if (bullet && !items.includes(entryIndex + 1)) {
		return "the entry would not be a list item there: the section ends inside a code block, an HTML block, a %% comment or a paragraph it would join. Close it, then try again.";
	}
	const rows = now.pieces.flatMap(({ facts, lineOffset }) => facts.tables.flatMap((table) => table.rows.map((row) => row.line + lineOffset)));
	if (!bullet && !rows.includes(entryIndex + 1)) return "the entry would not be a row of the section's table.";
	return null;
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
	/** Index of a row whose cells are all empty, after the header, or null. */
	emptyRow: number | null;
	columns: number;
}

/** The section's first table, as the parser reads tables: one in a code block or an HTML block is not one. */
function tableOf(heading: HeadingSpan): SectionTable | null {
	const table = heading.tables.find((t) => t.line > heading.line && t.line <= heading.end);
	if (!table) return null;
	// Body indices count from the line after the heading, which is 0-based line `heading.line`.
	const index = (line: number) => line - 1 - heading.line;
	const empty = table.rows.slice(1).find((row) => row.cells.every((cell) => cell === ""));
	return { lastRow: index(table.endLine), emptyRow: empty ? index(empty.line) : null, columns: table.rows[0]?.cells.length ?? 1 };
}

/** A row with the entry in the first column. */
function tableRow(columns: number, entry: string): string {
	return `| ${entry.replace(/\|/g, "\\|")} |${" |".repeat(Math.max(0, columns - 1))}`;
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
