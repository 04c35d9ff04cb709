import { firstAtOrAfter, sameHeadingName } from "./lines";
import type { PrepNote, Section, TaskItem } from "./prep-note";

/** The first section whose heading has this name, ignoring case. */
export function sectionNamed(note: PrepNote, name: string): Section | undefined {
	return note.sections.find((section) => sameHeadingName(section.heading, name));
}

/** The tasks under a section's heading, sub-headings included; `tasks` come in line order, as the model gives them. */
export function tasksIn(tasks: readonly TaskItem[], section: Section): TaskItem[] {
	return tasks.slice(firstAtOrAfter(tasks, section.line + 1), firstAtOrAfter(tasks, section.endLine + 1));
}
