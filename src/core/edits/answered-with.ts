import { change, refuse, type EditPlan, type TextChange } from "./edit-plan";
import { insertLinesAt } from "./insert-sections";
import type { LineEdit } from "./line-edit";
import { indentOf } from "../note/chunks";
import { isBlankLine, lineStarts, splitLines } from "../note/lines";
import { parsePrepNote, type PrepNoteParser } from "../note/prep-note-parser";
import { readListLine } from "../note/task-line";
import { isAnsweredWith } from "../note/their-questions";
import { identityKey } from "../process/text-identity";

export interface AnsweredWithOptions {
	/** The Their questions heading's name. */
	theirQuestions: string;
	/** A parser warm with this note, so a long note is not parsed again in full. */
	parser?: PrepNoteParser;
}

export interface AnsweredWithArgs {
	/** The question's line (1-based) and what it must still say. */
	question: { line: number; raw: string };
	/** The story's title, as the note writes it. */
	story: string;
	/** The told mark of the story's own line, made in the same step; null when it is told already. */
	told: LineEdit | null;
}

const LABEL = /^(answered with[ \t]*:)([ \t]*)(.*)$/i;

/**
 * Names the story that answered a question they asked: a nested `Answered with: <story>` bullet, added as
 * the question's first nested bullet or replacing the one it has, and the story's told mark, as one edit
 * so that one undo reverts both. A question already answered with that story, the told mark already set,
 * has nothing to do.
 */
export function planAnsweredWith(text: string, args: AnsweredWithArgs, options: AnsweredWithOptions): EditPlan<{ replaced: boolean }> {
	const lines = splitLines(text);
	const { question } = args;
	// A title read from a paragraph may hold a line break; the bullet is one line.
	const story = args.story.replace(/\s+/g, " ").trim();
	if (lines[question.line - 1] !== question.raw) return refuse("the question's line changed since it was read. Try again.");
	if (identityKey(story) === "") return refuse("the story has no title.");
	const parseOptions = { headings: { theirQuestions: options.theirQuestions } };
	const note = options.parser ? options.parser.parse(text, parseOptions) : parsePrepNote(text, parseOptions);
	const read = note.theirQuestions.find((q) => q.line === question.line);
	if (!read) return refuse(`that line is not a question under the ${options.theirQuestions} heading.`);
	const starts = lineStarts(text);
	const changes: TextChange[] = [];

	// The question's lines as the parser spans it: nested and lazy continuation lines, not what only looks indented under it.
	const span = { first: question.line - 1, last: read.endLine - 1 };
	const nested = nestedItems(lines, span.first, span.last);
	const existing = nested.find((i) => isAnsweredWith(readListLine(lines[i] ?? "")?.rest ?? ""));
	if (existing !== undefined) {
		const line = lines[existing] ?? "";
		const item = readListLine(line);
		const parts = item && LABEL.exec(item.rest);
		if (!item || !parts) return refuse("the question's Answered with line could not be read.");
		const [, label = "", gap = "", written = ""] = parts;
		if (identityKey(written) !== identityKey(story)) {
			const from = starts[existing] ?? text.length;
			const head = line.slice(0, line.length - item.rest.length);
			changes.push({ from, to: from + line.length, text: `${head}${label}${gap === "" ? " " : gap}${story}` });
		}
	} else {
		const first = nested[0];
		const indent = first === undefined ? childIndent(question.raw) : /^[ \t]*/.exec(lines[first] ?? "")?.[0] ?? "";
		const marker = /^[ \t]*([-*+])/.exec(question.raw)?.[1] ?? "-";
		const at = first ?? span.last + 1;
		const added = insertLinesAt(text, starts, at, [`${indent}${marker} Answered with: ${story}`]);
		changes.push({ from: added.offset, to: added.offset, text: added.text });
	}

	const told = args.told;
	if (told && lines[told.line - 1] !== told.replacement) {
		if (lines[told.line - 1] !== told.expected) return refuse("the story's line changed since it was read. Try again.");
		const from = starts[told.line - 1] ?? text.length;
		changes.push({ from, to: from + told.expected.length, text: told.replacement });
	}
	return change(
		changes.sort((a, b) => a.from - b.from),
		{ replaced: existing !== undefined },
	);
}

/** The 0-based lines of the list items nested right under the item spanning [first, last]: the shallowest list lines in it. */
function nestedItems(lines: readonly string[], first: number, last: number): number[] {
	const items: { index: number; indent: number }[] = [];
	for (let i = first + 1; i <= last; i++) {
		const line = lines[i] ?? "";
		if (!isBlankLine(line) && readListLine(line)) items.push({ index: i, indent: indentOf(line) });
	}
	const shallowest = Math.min(...items.map((i) => i.indent));
	return items.filter((i) => i.indent === shallowest).map((i) => i.index);
}

/** Where a bullet nested under a question starts: under the question's text, past its list marker. */
function childIndent(raw: string): string {
	const item = readListLine(raw);
	const lead = /^[ \t]*/.exec(raw)?.[0] ?? "";
	const marker = item ? item.prefix.slice(lead.length).replace(/[ \t]+$/, "") : "-";
	return lead + " ".repeat(marker.length + 1);
}
