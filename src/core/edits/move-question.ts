import { applyChanges, refuse, type EditPlan, type TextChange } from "./edit-plan";
import { insertLinesAt } from "./insert-sections";
import { landingProblem } from "./landing-problem";
import { lastTextLine } from "./append-item";
import { indentOf } from "../note/chunks";
import { eolAt, firstAtOrAfter, isBlankLine, lineStarts, sameHeadingName, splitLines } from "../note/lines";
import { headingLastLine } from "../note/note-queries";
import type { Heading, PrepNote, Question } from "../note/prep-note";
import type { PrepNoteParser } from "../note/prep-note-parser";
import { itemShift, reindent } from "../note/reindent";

import { otherGroup } from "../note/questions";

export { CHOSEN_GROUP, EXTRA_GROUP, otherGroup } from "../note/questions";

export interface MoveQuestionOptions {
	/** The Questions heading's name. */
	questions: string;
	/** The note's parser: the worker's, warm with this note, so a long note is not parsed again in full. */
	parser: PrepNoteParser;
}

/**
 * Moves the question on `line` (1-based, expected to read `raw`), with everything the parser reads as part of
 * it (nested and lazy continuation lines, not lines that only look indented), to the end of the other group
 * under Questions: Chosen to Extra and back. It lands at the indent of the target's last question, so it is
 * that question's sibling and not its detail, and it is read back before it is offered: it must be a
 * question of the target group, and every other question must stay where it was.
 *
 * The blank lines that parted it from what is above go with it, with their own line endings, so a move and
 * the move back give the note back byte for byte; a question right under its heading goes right under the
 * target heading. A missing group heading is added at the end of Questions.
 */
export function planMoveQuestion(text: string, question: { line: number; raw: string }, options: MoveQuestionOptions): EditPlan<{ group: string }> {
	const lines = splitLines(text);
	if (lines[question.line - 1] !== question.raw) return refuse("the question's line changed since it was read. Try again.");
	const parser = options.parser;
	const parseOptions = { headings: { questions: options.questions } };
	const note = parser.parse(text, parseOptions);
	const item = note.questions.find((q) => q.line === question.line);
	if (!item) return refuse("that line is not a question under the Questions heading.");
	const section = note.sections.find((s) => sameHeadingName(s.heading, options.questions) && s.line < item.line && item.line <= s.endLine);
	if (!section) return refuse("that line is not a question under the Questions heading.");
	const { headings } = note;
	const group = otherGroup(item.group);
	const starts = lineStarts(text);

	const unit = movedUnit(text, lines, starts, headings, note.lineCount, item);
	const inQuestions = (h: Heading) => h.line > section.line && h.line <= section.endLine && h.depth > section.depth;
	const targetIndex = headings.findIndex((h) => inQuestions(h) && sameHeadingName(h.text, group));
	const target = headings[targetIndex];
	if (!target) {
		// No such group yet: it starts after the last line of Questions with text.
		const depth = Math.min(6, section.depth + 1);
		const last = lastTextLine(lines, section.line, section.endLine) ?? section.line;
		const added = insertLinesAt(text, starts, last, ["", `${"#".repeat(depth)} ${group}`, "", ...lines.slice(item.line - 1, item.endLine)]);
		const changes = ordered(unit.removal, { from: added.offset, to: added.offset, text: added.text });
		if (sameQuestionsMoved(note, parser.parse(applyChanges(text, changes), parseOptions), item, group)) return { kind: "change", changes, result: { group }, repeats: true };
		return refuse(landingProblem(text, last - 1, `a question of a new ${group} group`));
	}

	const headingEnd = headingLastLine(lines, target);
	const ownEnd = headings[targetIndex + 1]?.line ?? note.lineCount + 1;
	const last = lastTextLine(lines, headingEnd, ownEnd - 1);
	// After the target's last line with text, at its last question's indent when that line ends the question; into an empty group, right under its heading.
	const lastQuestion = last === null ? undefined : note.questions.find((q) => q.endLine === last && q.line > headingEnd);
	const shift = itemShift(lines.slice(item.line - 1, item.endLine), (lastQuestion ? indentOf(lastQuestion.raw) : indentOf(item.raw)) - indentOf(item.raw));
	const at = last ?? headingEnd;
	const moved = shift === 0 ? unit.text : reindentText(unit.text, shift);
	// A question that would join the line above gets a blank line of its own: after a paragraph, `2)` starts no list.
	const tries = last === null || unit.blanks > 0 ? [moved] : [moved, eolAt(text, starts[at] ?? text.length) + moved];
	if (joinsBreaks(text, unit.removal)) return refuse(MIXED_BREAKS);
	for (const tried of tries) {
		const insertion = insertUnit(text, starts[at] ?? text.length, tried);
		if (insertion === null) return refuse(MIXED_BREAKS);
		const changes = ordered(unit.removal, insertion);
		const after = parser.parse(applyChanges(text, changes), parseOptions);
		// A move names its question by line: run again, it moves whichever question is on that line then, as a second click would.
		if (sameQuestionsMoved(note, after, item, target.text)) return { kind: "change", changes, result: { group }, repeats: true };
	}
	return refuse(landingProblem(text, at - 1, `a question of ${target.text}`));
}

/**
 * The stretch a move takes out: the question's lines and the blank lines above it, with their own line
 * endings. A first question of its group followed by others leaves the blank lines under the heading. When
 * the question is the note's last line, without a line break, the break before it goes with it, so the line
 * above becomes the last without one, and the moved text ends with that break.
 */
function movedUnit(text: string, lines: readonly string[], starts: readonly number[], headings: readonly Heading[], lineCount: number, item: Question) {
	const heading = headings[firstAtOrAfter(headings, item.line) - 1];
	const headingEnd = heading ? headingLastLine(lines, heading) : 0;
	const nextHeading = headings[firstAtOrAfter(headings, item.line)]?.line ?? lineCount + 1;
	let first = item.line - 1;
	while (first > headingEnd && isBlankLine(lines[first - 1] ?? "")) first--;
	const firstInGroup = first === headingEnd;
	const lastInGroup = lines.slice(item.endLine, nextHeading - 1).every(isBlankLine);
	if (firstInGroup && !lastInGroup) first = item.line - 1;
	const from = starts[first] ?? text.length;
	const to = starts[item.endLine] ?? text.length;
	const blanks = item.line - 1 - first;
	if (to === text.length && !/[\r\n]$/.test(text)) {
		const eol = eolAt(text, from);
		const back = from - eol.length;
		return { removal: { from: back, to, text: "" }, text: text.slice(from, to) + eol, blanks };
	}
	return { removal: { from, to, text: "" }, text: text.slice(from, to), blanks };
}

/** The moved text at a line start, or at the end of a note whose last line has no break: then the break leads. Null when a lone CR would meet an LF. */
function insertUnit(text: string, offset: number, unit: string): TextChange | null {
	if (offset === text.length && text.length > 0 && !/[\r\n]$/.test(text)) {
		const eol = /(\r\n|\n|\r)$/.exec(unit)?.[0] ?? "\n";
		return { from: offset, to: offset, text: eol + unit.slice(0, unit.length - eol.length) };
	}
	const joins = (text[offset - 1] === "\r" && unit.startsWith("\n")) || (unit.endsWith("\r") && text[offset] === "\n");
	return joins ? null : { from: offset, to: offset, text: unit };
}

/** Whether taking a stretch out leaves a lone CR right before an LF, which would read as one break. */
function joinsBreaks(text: string, removal: TextChange): boolean {
	return text[removal.from - 1] === "\r" && text[removal.to] === "\n";
}

/** Text of whole lines, each moved by `delta` columns, its line endings kept. */
function reindentText(unit: string, delta: number): string {
	const parts = unit.split(/(\r\n|\n|\r)/);
	const contents = parts.filter((_, i) => i % 2 === 0);
	const shifted = reindent(contents, delta);
	return parts.map((part, i) => (i % 2 === 0 ? (shifted[i / 2] ?? part) : part)).join("");
}

const MIXED_BREAKS = "the note's mixed line endings would run two lines together there: a lone CR would meet an LF.";

function ordered(a: TextChange, b: TextChange): TextChange[] {
	return [a, b].sort((x, y) => x.from - y.from);
}

/** Whether the note after the move has the same questions, with the moved one now in `group` and read as it was. */
function sameQuestionsMoved(before: PrepNote, after: PrepNote, moved: Question, group: string): boolean {
	if (after.questions.length !== before.questions.length) return false;
	const key = (q: Pick<Question, "group" | "text">) => `${q.group.trim().toLowerCase()}\u0000${q.text}`;
	const want = before.questions.map((q) => (q === moved ? key({ group, text: q.text }) : key(q))).sort();
	const have = after.questions.map(key).sort();
	return want.every((k, i) => k === have[i]) && after.questions.some((q) => sameHeadingName(q.group, group) && q.text === moved.text && q.task === moved.task);
}
