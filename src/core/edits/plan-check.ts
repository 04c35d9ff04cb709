/**
 * The last line of defence before a write: a plan is applied to the text it was planned on and the
 * result is read again, as Obsidian would read it. A plan passes when
 * - every line of the note it leaves in place, or edits within the line, reads as the same kind of
 *   block as before;
 * - every line it writes reads as what it is written as: a heading as a heading, text as text, and
 *   nothing swallowed by code, HTML, a `%%` comment or the frontmatter;
 * - running the planner again on the result changes nothing, unless the plan adds afresh each time;
 * - it breaks lines only as the note does, and never between a `\r` and its `\n`.
 */

import { applyChanges, rerunProblem, type EditPlan, type Planner, type TextChange } from "./edit-plan";
import { indentOf } from "../note/chunks";
import { NoteLineKinds, pieceKinds, type LineKind } from "../note/line-kinds";
import { isBlankLine, lineStarts, splitLines } from "../note/lines";

type ChangePlan<R> = Extract<EditPlan<R>, { kind: "change" }>;

/**
 * Why the plan must not be written, or null when it may. How the result reads is asked first: a line that
 * lands in a block left open names that block, where a second run would only say that it changes again.
 */
export function checkPlan<R>(before: string, plan: ChangePlan<R>, planner: Planner<R>): string | null {
	return checkChanges(before, plan.changes) ?? rerunProblem(before, plan, planner);
}

/** The part of the check that needs the parser and not the planner: line endings, and how the result reads. */
export function checkChanges(before: string, changes: readonly TextChange[]): string | null {
	return lineEndingProblem(before, changes) ?? readingProblem(before, applyChanges(before, changes), changes);
}

const BREAK = /\r\n|\n|\r/g;

function lineEndingProblem(before: string, changes: readonly TextChange[]): string | null {
	const own = new Set(before.match(BREAK) ?? ["\n"]);
	for (const c of changes) {
		const splits = (at: number) => before.charCodeAt(at - 1) === 13 && before.charCodeAt(at) === 10;
		if (splits(c.from) || splits(c.to)) return "the change would split a line ending in two.";
		for (const eol of c.text.match(BREAK) ?? []) if (!own.has(eol)) return "the change would break lines unlike the rest of the note.";
	}
	return null;
}

/** A line of the note before the change: its content's extent, without its line break. */
interface SourceLine {
	start: number;
	end: number;
}

function sourceLines(text: string): SourceLine[] {
	const starts = lineStarts(text);
	return splitLines(text).map((line, i) => {
		const start = starts[i] ?? text.length;
		return { start, end: start + line.length };
	});
}

const breaksIn = (text: string) => text.match(BREAK)?.length ?? 0;

const endsLine = (text: string) => /[\r\n]$/.test(text);

/** Whether a change alters the line's own text, rather than adding whole lines before or after it. */
function touches(c: TextChange, line: SourceLine): boolean {
	if (c.from !== c.to) return c.from < line.end && c.to > line.start;
	// At the line's start, text that does not end a line joins it; at its end, text that does not start a new one.
	if (c.from === line.start) return !endsLine(c.text);
	if (c.from === line.end) return !/^[\r\n]/.test(c.text);
	return c.from > line.start && c.from < line.end;
}

/** Whether a change lies wholly before the line, so the lines it adds or removes move the line. */
function before(c: TextChange, line: SourceLine): boolean {
	if (c.from === c.to && c.from === line.start) return endsLine(c.text);
	return c.to <= line.start;
}

function readingProblem(text: string, after: string, changes: readonly TextChange[]): string | null {
	const was = new NoteLineKinds(text);
	const now = new NoteLineKinds(after);
	const kept = new Set<number>();
	const lines = sourceLines(text);
	for (const [i, line] of lines.entries()) {
		const edits = changes.filter((c) => touches(c, line));
		// A line edited in place, a toggled box or a stamp typed at the cursor, is still the line it was;
		// an edit that adds or removes line breaks makes new lines, which are read as written below.
		if (edits.some((c) => breaksIn(c.text) > 0 || breaksIn(text.slice(c.from, c.to)) > 0)) continue;
		const shift = changes.filter((c) => before(c, line)).reduce((sum, c) => sum + breaksIn(c.text) - breaksIn(text.slice(c.from, c.to)), 0);
		const moved = i + shift;
		kept.add(moved);
		if (isBlankLine(text.slice(line.start, line.end)) || sameChunkPlace(was, i, now, moved)) continue;
		const then = was.kind(i);
		const later = now.kind(moved);
		if (!then || !later || then.chain !== later.chain || then.literal !== later.literal) {
			return `it would change how line ${i + 1} reads, from ${describe(then)} to ${describe(later)}. Check the note for an unclosed code block, HTML block or %% comment.`;
		}
	}
	// The lines the plan writes, in runs, each run read alone and then where it lands.
	const written = splitLines(after);
	for (let i = 0; i < written.length; ) {
		if (kept.has(i)) {
			i++;
			continue;
		}
		let end = i;
		while (end < written.length && !kept.has(end)) end++;
		// A run at the very top may open with frontmatter, as a new note's does, which only a note's first line can.
		const run = written.slice(i, end);
		const alone = i === 0 ? topKinds(run) : pieceKinds(dedent(run).join("\n"));
		for (let j = i; j < end; j++) {
			if (isBlankLine(written[j] ?? "")) continue;
			const meant = alone[j - i];
			const landed = now.kind(j);
			if (!meant || !landed || meant.literal !== landed.literal || meant.heading !== landed.heading) {
				return `the new line ${j + 1} would read as ${describe(landed)}, not as ${describe(meant)}. Check the note for an unclosed code block, HTML block or %% comment.`;
			}
		}
		i = end;
	}
	return null;
}

/** The kinds of the lines at the top of a note, frontmatter included, read on their own. */
function topKinds(lines: readonly string[]): (LineKind | undefined)[] {
	const kinds = new NoteLineKinds(lines.join("\n"));
	return lines.map((_, line) => kinds.kind(line));
}

/** A line in a chunk the write left as it was, at the same place in it, reads as it did: no need to read it. */
function sameChunkPlace(was: NoteLineKinds, line: number, now: NoteLineKinds, moved: number): boolean {
	const then = was.chunkAt(line);
	const later = now.chunkAt(moved);
	return then !== undefined && later !== undefined && then.text === later.text && line - then.first === moved - later.first;
}

/** Lines without the indentation they share, so a nested item read alone is an item, not indented code. */
function dedent(lines: readonly string[]): string[] {
	const columns = lines.map((line) => (isBlankLine(line) ? Infinity : indentOf(line)));
	const shared = Math.min(...columns);
	if (shared === 0 || shared === Infinity) return [...lines];
	return lines.map((line) => {
		if (isBlankLine(line)) return "";
		let column = 0;
		let at = 0;
		while (at < line.length && column < shared) {
			column += line[at] === "\t" ? 4 - (column % 4) : 1;
			at++;
		}
		// A tab that reaches past the shared indentation leaves its remaining columns as spaces.
		return " ".repeat(column - shared) + line.slice(at);
	});
}


function describe(kind: LineKind | undefined): string {
	if (!kind) return "nothing";
	if (kind.literal === "code") return "code";
	if (kind.literal === "html") return "HTML";
	if (kind.literal === "comment") return "a comment";
	if (kind.literal === "frontmatter") return "frontmatter";
	if (kind.heading) return `a heading`;
	if (kind.chain.endsWith("listItem>paragraph")) return "a list item";
	if (kind.chain.endsWith("tableRow")) return "a table row";
	if (kind.chain.endsWith("thematicBreak")) return "a rule";
	if (kind.chain.endsWith("definition")) return "a link definition";
	return kind.chain.includes("blockquote") ? "text in a quote" : "text";
}
