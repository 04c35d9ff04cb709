import { appendPlaces } from "./append-item";
import { applyChanges, change, composeChanges, insertAt, refuse, type EditPlan, type TextChange } from "./edit-plan";
import { planSections } from "./insert-sections";
import { landingProblem } from "./landing-problem";
import { indentOf } from "../note/chunks";
import { lineStarts, sameHeadingName, splitLines } from "../note/lines";
import type { PrepNote } from "../note/prep-note";
import type { PrepNoteParser } from "../note/prep-note-parser";
import { itemShift, reindent } from "../note/reindent";
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
 *
 * The story lands at the indent of the group's last story, so it is that story's sibling, and is read back
 * before it is offered: it must be a story of the group with its details, and no other story may change.
 * Where it would join the text above (a paragraph, an HTML block), it goes after a blank line; where even
 * that cannot part it (an unclosed code block, HTML block or comment), the refusal names that block.
 */
export function planInsertStory(original: string, story: StoryToInsert, group: string, options: InsertStoryOptions): EditPlan<{ inserted: boolean }> {
	const parseOptions = { headings: { stories: options.stories } };
	const parser = options.parser;
	let text = original;
	let note = parser.parse(text, parseOptions);
	const key = identityKey(story.title);
	if (note.stories.some((s) => identityKey(s.title) === key)) return { kind: "none", result: { inserted: false } };
	let section = note.sections.find((s) => sameHeadingName(s.heading, options.stories));
	/** The Stories heading, when the note had none: made first, under the note's title, as the captures make theirs. */
	let created: TextChange[] = [];
	if (!section) {
		// Without a title there is no telling where the section belongs.
		if (note.title === "") return refuse(`the note has no ${options.stories} heading, and no title to add one under.`);
		const made = planSections(text, `## ${options.stories}\n`, { parser, parent: note.title });
		if (made.problem || made.insertions.length === 0) return refuse(`could not add the ${options.stories} heading: ${made.problem ?? "the note ends inside an unclosed block"}`);
		created = made.insertions.map((i) => insertAt(i.offset, i.text));
		text = applyChanges(text, created);
		note = parser.parse(text, parseOptions);
		section = note.sections.find((s) => sameHeadingName(s.heading, options.stories));
		if (!section) return refuse(`could not add the ${options.stories} heading.`);
	}
	const { headings } = note;
	const index =
		group === ""
			? headings.findIndex((h) => h.line === section.line)
			: headings.findIndex((h) => h.line > section.line && h.line <= section.endLine && h.depth > section.depth && sameHeadingName(h.text, group));
	const heading = headings[index];
	if (!heading) return refuse(`the ${options.stories} section has no group "${group}".`);
	const lines = splitLines(text);
	const last = appendPlaces(text, lines, lineStarts(text), headings, index, note.lineCount, []).last;
	// At the indent of the story that the group's text ends with, so the new one is its sibling.
	const lastStory = last === null ? undefined : note.stories.find((s) => s.endLine === last && s.line > heading.line);
	const block = reindent(story.lines, itemShift(story.lines, (lastStory ? indentOf(lastStory.raw) : 0) - indentOf(story.lines[0] ?? "")));
	const { places } = appendPlaces(text, lines, lineStarts(text), headings, index, note.lineCount, block);
	for (const place of places) {
		const after = parser.parse(applyChanges(text, [place]), parseOptions);
		if (!readsAsAdded(note, after, heading.text, key, block.length)) continue;
		const changes = created.length === 0 ? [place] : composeChanges(created, [place]);
		if (changes) return change(changes, { inserted: true });
	}
	return refuse(landingProblem(text, (last ?? heading.line) - 1, `a story of ${heading.text}`));
}

/** Whether the note after the insert has every story it had, unchanged, and the new one in its group, spanning all its `lines`. */
function readsAsAdded(before: PrepNote, after: PrepNote, group: string, key: string, lines: number): boolean {
	const shape = (s: PrepNote["stories"][number]) => `${identityKey(s.group)}\u0000${s.title}\u0000${s.details.join("\u0000")}`;
	const had = new Set(before.stories.map(shape));
	const added = after.stories.filter((s) => !had.has(shape(s)));
	const story = added[0];
	return (
		after.stories.length === before.stories.length + 1 &&
		added.length === 1 &&
		story !== undefined &&
		identityKey(story.group) === identityKey(group) &&
		identityKey(story.title) === key &&
		story.endLine - story.line + 1 === lines
	);
}
