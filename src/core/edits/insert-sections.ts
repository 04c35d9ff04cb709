import { applyChanges, change, insertAt, refuse, type Planner } from "./edit-plan";
import { bomLength, eolAt, isBlankLine, lineStarts, sameHeadingName, splitLines } from "../note/lines";
import { ownTextEnd, sectionNamed } from "../note/note-queries";
import { parsePrepNote } from "../note/prep-note-parser";
import { PrepNoteParser } from "../note/prep-note-parser";
import type { Heading } from "../note/prep-note";

export interface InsertSectionsOptions {
	/** The heading whose section receives missing sections; default `Notes`, any depth. */
	parent?: string;
	/** Values for `{{name}}` in the template; unknown names stay as written. */
	vars?: Record<string, string>;
	/** A parser whose cache already holds this note, so a long note is not parsed again in full. */
	parser?: PrepNoteParser;
	/** Only these of the template's sections, by heading. */
	only?: string[];
}

export interface InsertSectionsResult {
	text: string;
	inserted: string[];
	filled: string[];
	skipped: string[];
	/** Why nothing was inserted, when the note would swallow the new headings (an unclosed fence or HTML block). */
	problem?: string;
}

/** Text to insert at an offset of the original note. Offsets never fall inside a line. */
export interface TextInsertion {
	offset: number;
	text: string;
}

export interface SectionPlan extends Omit<InsertSectionsResult, "text"> {
	insertions: TextInsertion[];
}

interface TemplateSection {
	heading: string;
	headingLine: string;
	/** Whether the template leaves a blank line between the heading and its body. */
	gap: boolean;
	body: string[];
}

/**
 * Adds the template's sections to the note: missing ones are inserted, empty
 * ones filled, the rest left alone. Every original line stays, unchanged and
 * in order; only lines are added, each in the line ending of the line it
 * follows (see `eolAt`), so a note with lone-CR or mixed endings keeps them.
 */
export function insertSections(markdown: string, template: string, options: InsertSectionsOptions = {}): InsertSectionsResult {
	const { insertions, ...summary } = planSections(markdown, template, options);
	return { text: applyInsertions(markdown, insertions), ...summary };
}

const SWALLOWED =
	"the new headings would land inside an unclosed code block, HTML block or %% comment in the note. Close it, then try again.";

export type SectionSummary = Omit<InsertSectionsResult, "text">;

/** `planSections` as a write plan; a note that would swallow the new headings is refused, with the reason. */
export function sectionsPlanner(template: string, options: InsertSectionsOptions = {}): Planner<SectionSummary> {
	return (text) => {
		const { insertions, ...summary } = planSections(text, template, options);
		if (summary.problem) return refuse(summary.problem);
		return change(insertions.map((i) => insertAt(i.offset, i.text)), summary);
	};
}

/** The same decision as `insertSections`, as insertions, so an editor can apply them as one transaction. */
export function planSections(markdown: string, template: string, options: InsertSectionsOptions = {}): SectionPlan {
	const only = options.only;
	const sections = templateSections(fillVariables(template, options.vars ?? {})).filter(
		(section) => !only || only.some((name) => sameHeadingName(name, section.heading)),
	);
	const lines = splitLines(markdown);
	// One chunked parser for the note before and after, so the check below re-parses only what was added.
	const parser = options.parser ?? new PrepNoteParser();
	const note = parser.parse(markdown);
	const headings = note.headings;
	const blocks = new Map<number, string[][]>();
	const add = (gap: number, block: string[]) => blocks.set(gap, [...(blocks.get(gap) ?? []), block]);
	const plan: SectionPlan = { insertions: [], inserted: [], filled: [], skipped: [] };

	// A gap is the number of lines before it: a section's `endLine` is the gap after its last line.
	let previousEnd: number | null = null;
	const missing: string[][] = [];
	for (const section of sections) {
		const index = note.sections.findIndex((s) => sameHeadingName(s.heading, section.heading));
		const found = note.sections[index];
		if (!found) {
			const block = [section.headingLine, ...(section.gap && section.body.length > 0 ? [""] : []), ...section.body];
			plan.inserted.push(section.heading);
			if (previousEnd !== null) add(previousEnd, block);
			else missing.push(block);
			continue;
		}
		const isEmpty = lines.slice(found.line, ownTextEnd(headings, index, lines.length)).every(isBlankLine);
		if (isEmpty && section.body.length > 0) {
			add(found.line, section.body);
			plan.filled.push(section.heading);
		} else {
			plan.skipped.push(section.heading);
		}
		previousEnd = found.endLine;
	}

	// Sections missing before any matched one go to the end of the parent section, made if needed.
	const expected = sections.map((section) => section.heading);
	if (missing.length > 0) {
		const parentName = options.parent ?? "Notes";
		const parent = sectionNamed(note, parentName);
		const parentGap = parent?.endLine ?? lines.length;
		const existing = blocks.get(parentGap) ?? [];
		const templateHasParent = sections.some((section) => sameHeadingName(section.heading, parentName));
		const newParent = parent || templateHasParent ? [] : [[`# ${parentName.trim()}`]];
		if (newParent.length > 0) expected.push(parentName);
		// Blocks already at this gap fill or follow a heading just above it, so they stay first.
		blocks.set(parentGap, [...existing, ...newParent, ...missing]);
	}

	plan.insertions = renderBlocks(markdown, lines, blocks);
	if (plan.insertions.length > 0 && !keepsHeadings(headings, parser.parse(applyInsertions(markdown, plan.insertions)).headings, expected)) {
		return { insertions: [], inserted: [], filled: [], skipped: plan.skipped, problem: SWALLOWED };
	}
	return plan;
}

/** Whether every heading of the note is still a heading, and every expected one (the template's and a new parent) now is one. */
function keepsHeadings(before: readonly Heading[], after: readonly Heading[], expected: readonly string[]): boolean {
	const now = after.map((h) => h.text);
	const then = before.map((h) => h.text);
	let i = 0;
	for (const text of now) if (text === then[i]) i++;
	return i === then.length && expected.every((name) => now.some((text) => sameHeadingName(text, name)));
}

/**
 * Whole lines inserted before the line at 0-based `gap`, or after the last
 * line, each ended with the ending of the line above. `starts` are the text's line starts.
 */
export function insertLinesAt(text: string, starts: readonly number[], gap: number, lines: readonly string[]): TextInsertion {
	const offset = starts[gap] ?? text.length;
	const eol = eolAt(text, offset);
	// A last line without a line break gets one, so the new lines start on their own line.
	const lead = offset === text.length && text.length > bomLength(text) && !/[\r\n]$/.test(text) ? eol : "";
	return { offset, text: lead + lines.map((line) => line + eol).join("") };
}

/** The note with the insertions made: insertions are changes that replace nothing. */
export function applyInsertions(markdown: string, insertions: readonly TextInsertion[]): string {
	return applyChanges(markdown, insertions.map((i) => insertAt(i.offset, i.text)));
}

/** Joins each gap's blocks with one blank line, and separates them from the lines around. */
function renderBlocks(markdown: string, lines: readonly string[], blocks: Map<number, string[][]>): TextInsertion[] {
	const starts = lineStarts(markdown);
	const blank = (i: number) => isBlankLine(lines[i] ?? "");
	const insertions: TextInsertion[] = [];
	for (const [gap, group] of blocks) {
		const out: string[] = [];
		if (gap > 0 && !blank(gap - 1)) out.push("");
		group.forEach((block, i) => {
			if (i > 0) out.push("");
			out.push(...block);
		});
		if (gap < lines.length && !blank(gap)) out.push("");
		insertions.push(insertLinesAt(markdown, starts, gap, out));
	}
	return insertions;
}

function templateSections(template: string): TemplateSection[] {
	const lines = splitLines(template);
	const headings = parsePrepNote(template).headings;
	return headings.map((heading, i) => {
		const body = lines.slice(heading.line, ownTextEnd(headings, i, lines.length));
		const gap = isBlankLine(body[0] ?? "x");
		while (body.length > 0 && isBlankLine(body[0] ?? "")) body.shift();
		while (body.length > 0 && isBlankLine(body[body.length - 1] ?? "")) body.pop();
		return { heading: heading.text, headingLine: lines[heading.line - 1] ?? `## ${heading.text}`, gap, body };
	});
}

/** `{{name}}`, or `{{name:format}}` as Obsidian's Templates plugin writes a date or a time in a format of its own. */
const VARIABLE = /\{\{\s*([\w-]+)(?::([^{}]*?))?\s*\}\}/g;

/**
 * Fills `{{name}}` from `vars`, and `{{name:format}}` from the value under `name:format` (see `variableFormats`);
 * unknown names stay as written.
 */
export function fillVariables(template: string, vars: Record<string, string>): string {
	return template.replace(VARIABLE, (whole, name: string, format: string | undefined) => {
		const key = format === undefined ? name : `${name}:${format}`;
		return Object.prototype.hasOwnProperty.call(vars, key) ? (vars[key] ?? whole) : whole;
	});
}

/** Each `{{name:format}}` of one of `names` in the template, once, so the caller can format those values; `key` is what `fillVariables` looks up. */
export function variableFormats(template: string, names: readonly string[]): { key: string; name: string; format: string }[] {
	const found = new Map<string, { key: string; name: string; format: string }>();
	for (const [, name = "", format] of template.matchAll(VARIABLE)) {
		if (format !== undefined && names.includes(name)) found.set(`${name}:${format}`, { key: `${name}:${format}`, name, format });
	}
	return [...found.values()];
}
