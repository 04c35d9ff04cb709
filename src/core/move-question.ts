import { change, refuse, type EditPlan, type TextChange } from "./edit-plan";
import { insertLinesAt } from "./insert-sections";
import { isBlankLine, lineStarts, sameHeadingName, splitLines } from "./lines";
import { listItemSpan } from "./list-item-block";
import { ownTextEnd } from "./note-queries";
import type { Heading } from "./prep-note";
import type { PrepNoteParser } from "./prep-note-parser";
import { parsePrepNote } from "./parse-prep-note";

export const CHOSEN_GROUP = "Chosen";
export const EXTRA_GROUP = "Extra";

export interface MoveQuestionOptions {
	/** The Questions heading's name. */
	questions: string;
	/** A parser warm with this note, so a long note is not parsed again in full. */
	parser?: PrepNoteParser;
}

/** The group a question in `group` moves to: Extra from Chosen, Chosen from anywhere else. */
export function otherGroup(group: string): string {
	return sameHeadingName(group, CHOSEN_GROUP) ? EXTRA_GROUP : CHOSEN_GROUP;
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
	const note = options.parser ? options.parser.parse(text, { headings: { questions: options.questions } }) : parsePrepNote(text, { headings: { questions: options.questions } });
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
		const end = ownTextEnd(headings, targetIndex, note.lineCount);
		const last = lastTextLine(lines, target.line, end);
		let at: number;
		let blockLines: string[];
		if (last !== null) {
			at = last;
			blockLines = [...new Array<string>(gap).fill(""), ...block];
		} else {
			// An empty group: under its heading, after the blank line below it when there is one.
			at = isBlankLine(lines[target.line] ?? "x") && target.line < end ? target.line + 1 : target.line;
			const lead = at === target.line ? [""] : [];
			const trail = at < lines.length && !isBlankLine(lines[at] ?? "") ? [""] : [];
			blockLines = [...lead, ...block, ...trail];
		}
		const added = insertLinesAt(text, starts, at, blockLines);
		insertion = { from: added.offset, to: added.offset, text: added.text };
	}
	if (insertion.from > removal.from && insertion.from < removal.to) return refuse("the question could not be moved there.");
	return change([removal, insertion].sort((a, b) => a.from - b.from), { group });
}

/** The last line with text after `heading` up to `end` (1-based lines), as a 0-based index plus one; null when there is none. */
function lastTextLine(lines: readonly string[], heading: number, end: number): number | null {
	for (let i = end - 1; i >= heading; i--) if (!isBlankLine(lines[i] ?? "")) return i + 1;
	return null;
}
