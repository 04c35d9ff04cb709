import { firstAtOrAfter, sameHeadingName } from "./lines";
import type { Heading, HeadingNames, PrepNote, Section, Story, TaskItem } from "./prep-note";

/** The first section whose heading has this name, ignoring case. */
export function sectionNamed(note: PrepNote, name: string): Section | undefined {
	return note.sections.find((section) => sameHeadingName(section.heading, name));
}

/** The tasks under a section's heading, sub-headings included; `tasks` come in line order, as the model gives them. */
export function tasksIn(tasks: readonly TaskItem[], section: Section): TaskItem[] {
	return tasksBetween(tasks, section.line + 1, section.endLine);
}

/** Tasks whose line lies in [from, to]; `tasks` come in line order. */
export function tasksBetween(tasks: readonly TaskItem[], from: number, to: number): TaskItem[] {
	return tasks.slice(firstAtOrAfter(tasks, from), firstAtOrAfter(tasks, to + 1));
}

/** The last line of the heading at `index`'s own text, before the next heading of any depth; 1-based, inclusive. */
export function ownTextEnd(headings: readonly Heading[], index: number, lineCount: number): number {
	const next = headings[index + 1];
	return next ? next.line - 1 : lineCount;
}

const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** A heading's last line, 1-based: its own line, or the underline of a setext heading, whose text may run over lines. */
export function headingLastLine(lines: readonly string[], heading: Pick<Heading, "line">): number {
	if (ATX.test(lines[heading.line - 1] ?? "")) return heading.line;
	for (let i = heading.line; i < lines.length; i++) if (SETEXT_UNDERLINE.test(lines[i] ?? "")) return i + 1;
	return heading.line;
}

/** The first open task under the Preparation heading: what "Check next open task" checks. */
export function nextOpenPrepTask(note: PrepNote, preparation: string): TaskItem | undefined {
	const prep = sectionNamed(note, preparation);
	return prep && tasksIn(note.taskItems, prep).find((t) => t.status === "open" && t.text.trim() !== "");
}

/** Whether the note has any of the headings the sidebar reads: Preparation, Stories or Questions. */
export function isPrepShaped(note: PrepNote, names: Pick<HeadingNames, "preparation" | "stories" | "questions">): boolean {
	return [names.preparation, names.stories, names.questions].some((name) => sectionNamed(note, name) !== undefined);
}

/** The stories a filter shows: those whose title or details hold the query, ignoring case; told ones left out on request. */
export function storiesMatching<S extends Pick<Story, "title" | "details" | "task"> & { nested?: Story["nested"] }>(stories: readonly S[], query: string, hideTold = false): S[] {
	const q = query.trim().toLowerCase();
	const candidates = hideTold ? stories.filter((s) => s.task !== "done") : [...stories];
	return q === "" ? candidates : candidates.filter((s) => [s.title, ...s.details, ...(s.nested ?? []).map((line) => line.text)].join("\n").toLowerCase().includes(q));
}
