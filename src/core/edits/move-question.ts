import { change, refuse, type EditPlan, type TextChange } from "./edit-plan";
import { insertLinesAt } from "./insert-sections";
import { isBlankLine, lineStarts, sameHeadingName, splitLines } from "../note/lines";
import { listItemSpan } from "../note/list-item-block";
import { appendUnderHeading, lastTextLine } from "./append-item";
import type { Heading } from "../note/prep-note";
import type { PrepNoteParser } from "../note/prep-note-parser";

import { otherGroup } from "../note/questions";

export { CHOSEN_GROUP, EXTRA_GROUP, otherGroup } from "../note/questions";

export interface MoveQuestionOptions {
	/** The Questions heading's name. */
	questions: string;
	/** The note's parser: the worker's, warm with this note, so a long note is not parsed again in full. */
	parser: PrepNoteParser;
}

/**
 * Moves the question on `line` (1-based, expected to read `raw`), with everything nested under it, to
 * the end of the other group under Questions: Chosen to Extra and back. The blank lines that parted it
 * from the item above go with it, so moving the last question there and back gives the note back byte
 * for byte. A missing group heading is added at the end of Questions.
 */
export function planMoveQuestion(text: string, question: { line: number; raw: string }, options: MoveQuestionOptions): EditPlan<{ group: string }> {
	const lines = splitLines(text);
	if (lines[question.line - 1] !== question.raw) return refuse("the question's line changed since it was read. Try again.");
	const note = options.parser.parse(text, { headings: { questions: options.questions } });
	const item = note.questions.find((q) => q.line === question.line);
	if (!item) return refuse("that line is not a question under the Questions heading.");
	const section = note.sections.find((s) => sameHeadingName(s.heading, options.questions) && s.line < item.line && item.line <= s.endLine);
	if (!section) return refuse("that line is not a question under the Questions heading.");
	const { headings } = note;
	const group = otherGroup(item.group);
	const starts = lineStarts(text);

	// The item and the blank lines above it, when an item or text of its group comes before them.
	const span = listItemSpan(lines, item.line - 1);
	let from = span.first;
	while (from > 0 && isBlankLine(lines[from - 1] ?? "")) from--;
	const aboveIsHeading = from === 0 || /^ {0,3}#{1,6}(?:[ \t]|$)/.test(lines[from - 1] ?? "");
	if (aboveIsHeading) from = span.first;
	const gap = span.first - from;
	const removal: TextChange = { from: starts[from] ?? text.length, to: starts[span.last + 1] ?? text.length, text: "" };
	const block = lines.slice(span.first, span.last + 1);

	const inQuestions = (h: Heading) => h.line > section.line && h.line <= section.endLine && h.depth > section.depth;
	const targetIndex = headings.findIndex((h) => inQuestions(h) && sameHeadingName(h.text, group));
	const target = headings[targetIndex];
	let insertion: TextChange;
	if (!target) {
		// No such group yet: it starts after the last line of Questions with text.
		const depth = Math.min(6, section.depth + 1);
		const last = lastTextLine(lines, section.line, section.endLine) ?? section.line;
		const added = insertLinesAt(text, starts, last, ["", `${"#".repeat(depth)} ${group}`, "", ...block]);
		insertion = { from: added.offset, to: added.offset, text: added.text };
	} else {
		const added = appendUnderHeading(text, lines, starts, headings, targetIndex, note.lineCount, block, gap);
		if (!added) return refuse("the question could not be moved there.");
		insertion = added;
	}
	if (insertion.from > removal.from && insertion.from < removal.to) return refuse("the question could not be moved there.");
	return change([removal, insertion].sort((a, b) => a.from - b.from), { group });
}
