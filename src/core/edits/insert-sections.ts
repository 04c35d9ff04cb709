import { applyChanges, change, insertAt, refuse, type Planner } from "./edit-plan";
import { bomLength, eolAt, isBlankLine, lineStarts, sameHeadingName, splitLines } from "../note/lines";
import { headingLastLine, ownTextEnd, sectionNamed } from "../note/note-queries";
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
	depth: number;
	/** The heading line as the template writes it, when it is an ATX heading; a setext one is written as ATX. */
	headingLine: string;
	/** Whether the template leaves a blank line between the heading and its body. */
	gap: boolean;
	body: string[];
	/** The template sections right under this one: its sub-headings, by index. */
	children: number[];
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

/**
 * The same decision as `insertSections`, as insertions, so an editor can apply them as one transaction.
 *
 * Each template heading is matched to the note's heading at the same path: a top-level one to the first
 * heading of its name anywhere, a sub-heading only inside the section its parent matched, and no note
 * heading to two template headings. A missing section comes with its sub-sections, right after the
 * previous section of the template that the note has, or else at the end of its parent's own text (for a
 * top-level one, at the end of the `parent` section); its heading goes one level below the heading that
 * contains it there, so it never closes or splits that section.
 */
export function planSections(markdown: string, template: string, options: InsertSectionsOptions = {}): SectionPlan {
	const only = options.only;
	const sections = templateSections(fillVariables(template, inlineValues(options.vars ?? {})), (name) => !only || only.some((n) => sameHeadingName(n, name)));
	const lines = splitLines(markdown);
	// One chunked parser for the note before and after, so the check below re-parses only what was added.
	const parser = options.parser ?? new PrepNoteParser();
	const note = parser.parse(markdown);
	const headings = note.headings;
	/**
	 * Blocks by gap, each with the depth of the section it goes inside: at one gap, a block that fills or ends a
	 * deeper section comes first, so a sub-section never lands under a sibling added after its parent's parent.
	 */
	const blocks = new Map<number, { inside: number; block: string[] }[]>();
	const add = (gap: number, inside: number, block: string[]) => blocks.set(gap, [...(blocks.get(gap) ?? []), { inside, block }]);
	const plan: SectionPlan = { insertions: [], inserted: [], filled: [], skipped: [] };
	const claimed = new Set<number>();
	const missing: { block: string[]; depth: number }[] = [];

	/** The note heading a template heading matches inside `scope` (a note heading's index, or null for anywhere). */
	const match = (section: TemplateSection, scope: number | null): number => {
		const outer = scope === null ? undefined : note.sections[scope];
		return headings.findIndex(
			(h, i) => !claimed.has(i) && sameHeadingName(h.text, section.heading) && (!outer || (h.line > outer.line && h.line <= outer.endLine && h.depth > outer.depth)),
		);
	};
	/** Template sections `siblings`, under the note heading `scope` (null: the top level). */
	const place = (siblings: readonly number[], scope: number | null) => {
		// A gap is the number of lines before it: a section's `endLine` is the gap after its last line.
		let previous: { end: number; shift: number; inside: number } | null = null;
		for (const t of siblings) {
			const section = sections[t];
			if (!section) continue;
			const index = match(section, scope);
			const found = note.sections[index];
			const heading = headings[index];
			if (!found || !heading) {
				const names: string[] = [];
				const depth = (shift: number) => renderSection(sections, t, shift, names);
				if (previous) add(previous.end, previous.inside, depth(previous.shift));
				else if (scope !== null) {
					const parent = headings[scope];
					// At the end of the parent's own text, before its first sub-heading, one level below it.
					if (parent) add(ownTextEnd(headings, scope, lines.length), parent.depth, depth(parent.depth + 1 - section.depth));
				} else missing.push({ block: renderSection(sections, t, 0, []), depth: section.depth });
				plan.inserted.push(...(names.length > 0 ? names : subtreeNames(sections, t)));
				continue;
			}
			claimed.add(index);
			const bodyStart = headingLastLine(lines, heading);
			const isEmpty = lines.slice(bodyStart, ownTextEnd(headings, index, lines.length)).every(isBlankLine);
			if (isEmpty && section.body.length > 0) {
				add(bodyStart, Infinity, section.body);
				plan.filled.push(section.heading);
			} else {
				plan.skipped.push(section.heading);
			}
			place(section.children, index);
			// What follows the section goes inside the section that holds it, one level up.
			previous = { end: found.endLine, shift: found.depth - section.depth, inside: found.depth - 1 };
		}
	};
	place(
		sections.flatMap((_, i) => (sections.some((s) => s.children.includes(i)) ? [] : [i])),
		null,
	);

	// Sections missing before any matched one go to the end of the parent section, made if needed, one level below it.
	const expected = plan.inserted.slice();
	if (missing.length > 0) {
		const parentName = options.parent ?? "Notes";
		const parent = sectionNamed(note, parentName);
		const parentGap = parent?.endLine ?? lines.length;
		const templateHasParent = sections.some((section) => sameHeadingName(section.heading, parentName));
		const newParent = parent || templateHasParent ? [] : [[`# ${parentName.trim()}`]];
		if (newParent.length > 0) expected.push(parentName);
		const parentDepth = parent ? parent.depth : newParent.length > 0 ? 1 : null;
		const shifted = missing.map(({ block, depth }) => (parentDepth === null ? block : shiftHeadings(block, parentDepth + 1 - depth)));
		// Inside the parent, after what fills or follows its own sub-sections; a new parent is at the top level.
		for (const block of [...newParent, ...shifted]) add(parentGap, parentDepth === null || newParent.length > 0 ? 0 : parentDepth, block);
	}

	plan.insertions = renderBlocks(markdown, lines, blocks);
	if (plan.insertions.length > 0 && !keepsHeadings(headings, parser.parse(applyInsertions(markdown, plan.insertions)).headings, expected)) {
		return { insertions: [], inserted: [], filled: [], skipped: plan.skipped, problem: SWALLOWED };
	}
	return plan;
}

/** A template section and its sub-sections as lines, every heading `shift` levels deeper (within 1 to 6); their names go to `names`. */
function renderSection(sections: readonly TemplateSection[], index: number, shift: number, names: string[]): string[] {
	const section = sections[index];
	if (!section) return [];
	names.push(section.heading);
	const out = [headingAt(section, shift), ...(section.gap && section.body.length > 0 ? [""] : []), ...section.body];
	for (const child of section.children) out.push("", ...renderSection(sections, child, shift, names));
	return out;
}

function subtreeNames(sections: readonly TemplateSection[], index: number): string[] {
	const names: string[] = [];
	renderSection(sections, index, 0, names);
	return names;
}

function headingAt(section: TemplateSection, shift: number): string {
	const depth = Math.min(6, Math.max(1, section.depth + shift));
	const atx = /^ {0,3}#{1,6}(?=[ \t]|$)/.exec(section.headingLine);
	return atx ? "#".repeat(depth) + section.headingLine.slice(atx[0].length) : `${"#".repeat(depth)} ${section.heading}`;
}

/** The ATX headings of rendered lines, `shift` levels deeper; rendered sections write every heading as ATX. */
function shiftHeadings(block: readonly string[], shift: number): string[] {
	if (shift === 0) return [...block];
	return block.map((line) => line.replace(/^(#{1,6})(?=[ \t]|$)/, (hashes) => "#".repeat(Math.min(6, Math.max(1, hashes.length + shift)))));
}

/** Values as text of one line that reads as typed: line breaks become spaces, and a `%%` is escaped, so a value never opens a comment. */
function inlineValues(vars: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(vars).map(([key, value]) => [key, escapeInline(value)]));
}

/** Text for one line of a note, read as typed: line breaks become spaces, and `%%`, which would open a comment, is written `%\%`. */
export function escapeInline(text: string): string {
	return text.replace(/\r\n|\n|\r/g, " ").replace(/%%/g, "%\\%");
}

/** Whether every heading of the note is still a heading, and every expected one (each inserted and a new parent) is one more. */
function keepsHeadings(before: readonly Heading[], after: readonly Heading[], expected: readonly string[]): boolean {
	const now = after.map((h) => h.text);
	const then = before.map((h) => h.text);
	let i = 0;
	for (const text of now) if (text === then[i]) i++;
	// Each new heading is one more of its name: a name the note already has is no proof the new one reads as a heading.
	const count = (texts: readonly string[], name: string) => texts.filter((text) => sameHeadingName(text, name)).length;
	return i === then.length && expected.every((name) => count(now, name) >= count(then, name) + count(expected, name));
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
function renderBlocks(markdown: string, lines: readonly string[], byGap: Map<number, { inside: number; block: string[] }[]>): TextInsertion[] {
	// Deeper first, and in the order they were added among those of one depth (the sort is stable).
	const blocks = new Map([...byGap].map(([gap, group]) => [gap, [...group].sort((a, b) => b.inside - a.inside).map((entry) => entry.block)]));
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

/** The template's sections that `keep` keeps, each with the kept sections right under it. */
function templateSections(template: string, keep: (name: string) => boolean): TemplateSection[] {
	const lines = splitLines(template);
	const headings = parsePrepNote(template).headings;
	const sections: TemplateSection[] = [];
	const open: number[] = [];
	headings.forEach((heading, i) => {
		if (!keep(heading.text)) return;
		const body = lines.slice(headingLastLine(lines, heading), ownTextEnd(headings, i, lines.length));
		const gap = isBlankLine(body[0] ?? "x");
		while (body.length > 0 && isBlankLine(body[0] ?? "")) body.shift();
		while (body.length > 0 && isBlankLine(body[body.length - 1] ?? "")) body.pop();
		while (open.length > 0 && (sections[open[open.length - 1] ?? 0]?.depth ?? 0) >= heading.depth) open.pop();
		const index = sections.length;
		sections[open[open.length - 1] ?? -1]?.children.push(index);
		sections.push({ heading: heading.text, depth: heading.depth, headingLine: lines[heading.line - 1] ?? `## ${heading.text}`, gap, body, children: [] });
		open.push(index);
	});
	return sections;
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
