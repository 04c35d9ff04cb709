import { firstAtOrAfter, sameHeadingName } from "./lines";
import type { Heading, PrepNote, Section, TaskItem } from "./prep-note";

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
