import { appendUnderHeading } from "./append-item";
import { change, refuse, type EditPlan } from "./edit-plan";
import { lineStarts, sameHeadingName, splitLines } from "../note/lines";
import type { PrepNoteParser } from "../note/prep-note-parser";
import { identityKey } from "../process/text-identity";

export interface InsertStoryOptions {
	/** The Stories heading's name. */
	stories: string;
	/** The note's parser: the worker's, warm with this note, so a long note is not parsed again in full. */
	parser: PrepNoteParser;
}

/** The story's title and its lines, as `storyToCopy` gives them. */
export interface StoryToInsert {
	title: string;
	lines: string[];
}

/**
 * Adds a story's list item, nested lines included, at the end of a group under the note's Stories heading,
 * or directly under Stories when `group` is empty. A story whose title the note already has is not added
 * again: the plan has nothing to do, and says so with `inserted: false`.
 */
export function planInsertStory(text: string, story: StoryToInsert, group: string, options: InsertStoryOptions): EditPlan<{ inserted: boolean }> {
	const parseOptions = { headings: { stories: options.stories } };
	const note = options.parser.parse(text, parseOptions);
	const key = identityKey(story.title);
	if (note.stories.some((s) => identityKey(s.title) === key)) return { kind: "none", result: { inserted: false } };
	const section = note.sections.find((s) => sameHeadingName(s.heading, options.stories));
	if (!section) return refuse(`the note has no ${options.stories} heading.`);
	const { headings } = note;
	const index =
		group === ""
			? headings.findIndex((h) => h.line === section.line)
			: headings.findIndex((h) => h.line > section.line && h.line <= section.endLine && h.depth > section.depth && sameHeadingName(h.text, group));
	if (index < 0) return refuse(`the ${options.stories} section has no group "${group}".`);
	const insertion = appendUnderHeading(text, splitLines(text), lineStarts(text), headings, index, note.lineCount, story.lines);
	return insertion ? change([insertion], { inserted: true }) : refuse("the story could not be added there.");
}
