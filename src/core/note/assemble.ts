import type { BlockFacts } from "./block-facts";
import { fieldLinesOf } from "./field-lines";
import { firstAtOrAfter, sameHeadingName } from "./lines";
import { tasksBetween } from "./note-queries";
import { theirQuestionOf } from "./their-questions";
import {
	DEFAULT_CANCELLED_CHARS,
	DEFAULT_DONE_CHARS,
	DEFAULT_HEADING_NAMES,
	type Heading,
	type NestedLine,
	type ParseOptions,
	type PrepNote,
	type Question,
	type Section,
	type Story,
	type Table,
	type TaskCounts,
	type TaskItem,
	type TaskStatus,
	type TheirQuestion,
} from "./prep-note";

/** Facts of one piece of the note, and the number of note lines before it. */
export interface PlacedFacts {
	facts: BlockFacts;
	lineOffset: number;
}

/** Builds the note model from the facts of its pieces, in note order. */
export function assemble(pieces: readonly PlacedFacts[], lineCount: number, options: ParseOptions = {}): PrepNote {
	const names = { ...DEFAULT_HEADING_NAMES, ...options.headings };
	const classify = statusClassifier(options);

	const headings: Heading[] = [];
	const taskItems: TaskItem[] = [];
	const rootItems: { line: number; endLine: number; text: string; details: string[]; nested: NestedLine[]; raw: string; task?: TaskStatus }[] = [];
	const tables: Table[] = [];
	for (const { facts, lineOffset } of pieces) {
		for (const t of facts.tables) {
			tables.push({ line: t.line + lineOffset, endLine: t.endLine + lineOffset, rows: t.rows.map((row) => ({ line: row.line + lineOffset, cells: row.cells })) });
		}
		for (const h of facts.headings) headings.push({ ...h, line: h.line + lineOffset });
		for (const t of facts.tasks) {
			taskItems.push({ line: t.line + lineOffset, char: t.char, status: classify(t.char), text: t.text, raw: t.raw });
		}
		for (const item of facts.rootItems) {
			rootItems.push({
				line: item.line + lineOffset,
				endLine: item.endLine + lineOffset,
				text: item.text,
				details: item.details,
				nested: item.nested,
				raw: item.raw,
				...(item.char === undefined ? {} : { task: classify(item.char) }),
			});
		}
	}
	taskItems.sort((a, b) => a.line - b.line);

	const outline = sectionsOf(headings, lineCount);
	// Asked and told marks are checkboxes too, but not prep, nor are the debrief's follow-ups: prep counts leave those sections out.
	const markRanges = outline.filter((s) => [names.questions, names.stories, names.debrief].some((name) => sameHeadingName(s.heading, name)));
	// A box with nothing written beside it, as a template leaves one, is a task to Obsidian but no prep yet: it counts nowhere.
	const prepTasks = taskItems.filter((t) => t.text.trim() !== "" && !markRanges.some((s) => t.line > s.line && t.line <= s.endLine));
	const sections = outline.map((s): Section => {
		const { done, total, cancelled } = countTasks(tasksBetween(prepTasks, s.line, s.endLine));
		return { ...s, done, total, cancelled };
	});
	const title = headings.find((h) => h.depth === 1)?.text ?? options.fallbackTitle ?? "";
	const inSectionNamed = (name: string) => itemsUnder(name, sections, headings, rootItems);

	return {
		title,
		lineCount,
		headings,
		tasks: countTasks(taskItems),
		prep: countTasks(prepTasks),
		taskItems,
		sections,
		stories: inSectionNamed(names.stories).map(({ group, item }): Story => ({
			group,
			title: item.text,
			line: item.line,
			endLine: item.endLine,
			details: item.details,
			nested: item.nested,
			...(item.task === undefined ? {} : { task: item.task }),
			raw: item.raw,
		})),
		questions: inSectionNamed(names.questions).map(({ group, item }): Question => ({
			group,
			text: item.text,
			line: item.line,
			endLine: item.endLine,
			nested: item.nested,
			...(item.task === undefined ? {} : { task: item.task }),
			raw: item.raw,
		})),
		theirQuestions: inSectionNamed(names.theirQuestions)
			.map(({ item }) => theirQuestionOf(item))
			.filter((q): q is TheirQuestion => q !== null),
		tables,
		fields: fieldLinesOf(headings, rootItems),
	};
}

function statusClassifier(options: ParseOptions): (char: string) => TaskStatus {
	const done = options.doneChars ?? DEFAULT_DONE_CHARS;
	const cancelled = options.cancelledChars ?? DEFAULT_CANCELLED_CHARS;
	return (char) => (done.includes(char) ? "done" : cancelled.includes(char) ? "cancelled" : "open");
}

function countTasks(tasks: readonly TaskItem[]): TaskCounts {
	let done = 0;
	let open = 0;
	let cancelled = 0;
	for (const t of tasks) {
		if (t.status === "done") done++;
		else if (t.status === "cancelled") cancelled++;
		else open++;
	}
	return { done, open, cancelled, total: done + open };
}

/** A section runs to the next heading of the same or a lower depth, so it holds its sub-headings. */
function sectionsOf(headings: readonly Heading[], lineCount: number): Omit<Section, "done" | "total" | "cancelled">[] {
	const ends = new Array<number>(headings.length).fill(lineCount);
	const open: number[] = [];
	headings.forEach((h, i) => {
		while (open.length > 0 && (headings[open[open.length - 1] ?? 0]?.depth ?? 0) >= h.depth) {
			ends[open.pop() ?? 0] = h.line - 1;
		}
		open.push(i);
	});
	return headings.map((h, i) => ({ heading: h.text, depth: h.depth, line: h.line, endLine: Math.max(h.line, ends[i] ?? lineCount) }));
}

function itemsUnder<T extends { line: number; text: string; task?: TaskStatus }>(
	name: string,
	sections: readonly Pick<Section, "heading" | "line" | "endLine">[],
	headings: readonly Heading[],
	items: readonly T[],
): { group: string; item: T }[] {
	const ranges = sections.filter((s) => sameHeadingName(s.heading, name));
	if (ranges.length === 0) return [];
	return items
		// An item with neither text nor a box of its own on its line (`-`, `- - nested`) is nothing to ask or tell, and has no line to mark; an empty `- [ ]` is an untitled one.
		.filter((item) => (item.text !== "" || item.task !== undefined) && ranges.some((s) => item.line > s.line && item.line <= s.endLine))
		.map((item) => ({ group: nearestHeadingAbove(headings, item.line), item }));
}

function nearestHeadingAbove(headings: readonly Heading[], line: number): string {
	return headings[firstAtOrAfter(headings, line) - 1]?.text ?? "";
}
