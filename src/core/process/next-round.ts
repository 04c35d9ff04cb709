import { bodyAfterLines, detectEol, lineStarts, sameHeadingName, splitLines } from "../note/lines";
import type { TextChange } from "../edits/edit-plan";
import { frontmatterLineCount } from "../note/frontmatter";
import { headingLastLine } from "../note/note-queries";
import type { PrepNoteParser } from "../note/prep-note-parser";
import { DEFAULT_HEADING_NAMES, type HeadingNames, type Section } from "../note/prep-note";
import { indentOf } from "../note/chunks";
import { dedentToFirst, reindent } from "../note/reindent";
import { setItemChecked } from "../note/task-line";
import { betterAnswerTasks } from "./better-answers";
import { unaskedQuestions } from "./interview-process";
import type { Round } from "./round";
import { identityKey } from "./text-identity";

import { CHOSEN_GROUP as CHOSEN, EXTRA_GROUP as EXTRA } from "../note/questions";
export const EARLIER_ROUNDS = "Earlier rounds";

export interface NextRoundInput {
	/** The process's rounds in date order; the last is the latest. */
	rounds: readonly Round[];
	roundName: string;
	/** The new-note template, its variables filled. */
	template: string;
	headings: Pick<HeadingNames, "questions" | "stories" | "notes"> & Partial<Pick<HeadingNames, "preparation">>;
	/** The characters that count as checked; the first is the one a mark is checked with. Plain data: the note is planned in the worker. */
	doneChars: string;
	/** Lines of the latest round's told stories that were plain bullets before they were marked, so clearing restores the bullet. */
	plainStoryLines?: readonly number[];
}

/** The name the next round is offered: "Round N", N counting the new one. */
export function nextRoundName(rounds: readonly Round[]): string {
	return `Round ${rounds.length + 1}`;
}

/** `<date> <company> <round>`, without the characters a file name or a link cannot hold. */
export function nextRoundBaseName(date: string, company: string, round: string): string {
	return `${date} ${company} ${round}`.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim();
}

/** A vault path without its `.md`, as links write it. */
export function linkTarget(path: string): string {
	return path.replace(/\.md$/i, "");
}

/** The template with the process's frontmatter: the frame of the next round's note, which the parser reads for its sections. */
export function nextRoundFrame(input: NextRoundInput): string {
	const latest = input.rounds[input.rounds.length - 1];
	if (!latest) throw new Error("a process has at least one round");
	// A round with someone other than the recruiter asks for the interviewer in the template's field line.
	const template = /recruit/i.test(input.roundName) ? input.template : input.template.replace(/^([ \t]*[-*+][ \t]+)Recruiter:/m, "$1Interviewer:");
	return withFrontmatterValues(template, [
		["company", latest.company],
		...(latest.role === null ? [] : ([["role", latest.role]] as [string, string][])),
		["round", input.roundName],
		["with", ""],
		["meeting", ""],
		["previous", `[[${linkTarget(latest.path)}]]`],
	]);
}

/**
 * The next round's note: the template, with the frontmatter of the process, every question no round has
 * asked under Chosen or Extra as it last stood, the latest round's stories with their told marks cleared,
 * and a section that links each earlier round and embeds what was said there. It is the frame
 * (`nextRoundFrame`, read by `parser` for where its sections are) and the changes that carry the rest into
 * it, so the write check can see that the frame's own lines still read as they did: a carried question that
 * opens a code block would otherwise hide Earlier rounds and Notes. The plugin runs it in its worker.
 */
export function nextRoundEdits(input: NextRoundInput, parser: PrepNoteParser): { frame: string; changes: TextChange[] } {
	const eol = detectEol(input.template);
	const lines = splitLines(nextRoundFrame(input));
	const frame = lines.map((line) => line + eol).join("");
	const { sections } = parser.parse(frame, { headings: input.headings });
	const { rounds, headings } = input;
	const latest = rounds[rounds.length - 1];
	if (!latest) throw new Error("a process has at least one round");
	const find = (name: string, depth?: number) => sections.find((s) => sameHeadingName(s.heading, name) && (depth === undefined || s.depth === depth));
	const questions = find(headings.questions);
	const stories = find(headings.stories);
	const notes = find(headings.notes, 1);
	const sectionDepth = questions?.depth ?? stories?.depth ?? 2;

	/** Replacements of line ranges [from, to), 0-based; applied from the bottom so the others stay put. */
	const edits: { from: number; to: number; lines: string[] }[] = [];
	const questionBody = carriedQuestions(rounds, sectionDepth + 1);
	// After a heading's last line: a setext heading's underline is part of it.
	if (questions) edits.push({ from: headingLastLine(lines, questions), to: questions.endLine, lines: questionBody });
	const storyBody = latestStories(latest, input, stories?.depth ?? sectionDepth);
	if (stories && storyBody) edits.push({ from: headingLastLine(lines, stories), to: stories.endLine, lines: storyBody });
	// A weak or so-so answer comes back as a prep task.
	const betterAnswers = betterAnswerTasks(rounds);
	const preparationName = headings.preparation ?? DEFAULT_HEADING_NAMES.preparation;
	const preparation = find(preparationName);
	if (preparation && betterAnswers.length > 0) edits.push(appendedToOwnText(lines, sections, preparation, betterAnswers));
	const at = notes ? notes.line - 1 : lines.length;
	const added = [
		...(preparation || betterAnswers.length === 0 ? [] : [`${"#".repeat(sectionDepth)} ${preparationName}`, "", ...betterAnswers, ""]),
		...(questions ? [] : [`${"#".repeat(sectionDepth)} ${headings.questions}`, ...questionBody]),
		...(stories || !storyBody ? [] : [`${"#".repeat(sectionDepth)} ${headings.stories}`, ...storyBody]),
		`${"#".repeat(sectionDepth)} ${EARLIER_ROUNDS}`,
		...earlierRounds(rounds),
	];
	edits.push({ from: at, to: at, lines: added });
	const starts = lineStarts(frame);
	const offset = (line: number) => (line < lines.length ? (starts[line] ?? frame.length) : frame.length);
	const changes = edits.map((edit) => ({ from: offset(edit.from), to: offset(edit.to), text: edit.lines.map((line) => line + eol).join("") }));
	return { frame, changes: changes.sort((a, b) => a.from - b.from) };
}

/** Lines added after the last line with text under a section's heading, above its first sub-heading. */
function appendedToOwnText(lines: readonly string[], sections: readonly Section[], section: Section, added: string[]): { from: number; to: number; lines: string[] } {
	const next = sections.find((s) => s.line > section.line);
	const end = next ? next.line - 1 : lines.length;
	let last = section.line - 1;
	for (let i = end - 1; i >= section.line; i--) {
		if ((lines[i] ?? "").trim() !== "") {
			last = i;
			break;
		}
	}
	const at = last + 1;
	const lead = last === section.line - 1 ? [""] : [];
	const trail = at < lines.length && (lines[at] ?? "").trim() !== "" ? [""] : [];
	return { from: at, to: at, lines: [...lead, ...added, ...trail] };
}

/** Chosen and Extra, each with the unasked questions that last stood there; a question from another group goes to Extra. */
function carriedQuestions(rounds: readonly Round[], depth: number): string[] {
	const unasked = unaskedQuestions(rounds);
	const chosen = unasked.filter((q) => identityKey(q.group) === identityKey(CHOSEN));
	const extra = unasked.filter((q) => identityKey(q.group) !== identityKey(CHOSEN));
	const group = (name: string, items: typeof unasked) => [`${"#".repeat(depth)} ${name}`, "", ...groupItems(items.map((q) => q.block)), ...(items.length > 0 ? [""] : [])];
	return ["", ...group(CHOSEN, chosen), ...group(EXTRA, extra)];
}

/**
 * Carried items, all at one indent, by columns, so none is a detail of the one above it: the top level, or
 * the indent an item must keep so its lazy continuation lines read as they did (see `itemShift`). After an
 * item, a blank line comes first where a line could not start a list after that item's text (`2)`), so it
 * never joins that text.
 */
function groupItems(blocks: readonly (readonly string[])[]): string[] {
	const dedented = blocks.map((block) => dedentToFirst(block));
	const indent = Math.max(0, ...dedented.map((lines) => indentOf(lines[0] ?? "")));
	return dedented.flatMap((lines, i) => {
		const shifted = reindent(lines, indent - indentOf(lines[0] ?? ""));
		return i > 0 && !INTERRUPTS.test((shifted[0] ?? "").trimStart()) ? ["", ...shifted] : shifted;
	});
}

/** A list item that may start right after a paragraph: a bullet, or a list numbered from 1, with text. */
const INTERRUPTS = /^(?:[-*+]|1[.)])[ \t]+\S/;

/**
 * The latest round's Stories section, with each told mark cleared as the told toggle clears it, and its
 * headings at the same depth below the new note's Stories heading (at `depth`) as below the old one, so a
 * group never closes the section it is in.
 */
function latestStories(latest: Round, input: NextRoundInput, depth: number): string[] | null {
	const body = latest.storiesBody;
	if (!body) return null;
	const lines = [...body.lines];
	for (const story of latest.stories) {
		const index = story.line - body.firstLine;
		if (!story.told || lines[index] !== story.raw) continue;
		const plain = input.plainStoryLines?.includes(story.line) ?? false;
		const doneChars = input.doneChars || "x";
		lines[index] = setItemChecked(story.raw, false, doneChars.charAt(0), plain, undefined, (c) => doneChars.includes(c)) ?? story.raw;
	}
	// From the last heading up, as a setext heading of other depth becomes one ATX line.
	for (const heading of [...body.headings].reverse()) {
		const level = Math.min(6, Math.max(depth + 1, heading.depth - body.depth + depth));
		if (level === heading.depth) continue;
		const atx = /^ {0,3}#{1,6}(?=[ \t]|$)/.exec(lines[heading.index] ?? "");
		if (atx) {
			lines[heading.index] = "#".repeat(level) + (lines[heading.index] ?? "").slice(atx[0].length);
		} else {
			const underline = lines.findIndex((line, i) => i > heading.index && /^ {0,3}(?:=+|-+)[ \t]*$/.test(line));
			const end = underline < 0 ? heading.index + 1 : underline;
			const words = lines.slice(heading.index, end).map((line) => line.trim()).join(" ");
			lines.splice(heading.index, end - heading.index + (underline < 0 ? 0 : 1), `${"#".repeat(level)} ${words}`);
		}
	}
	return [...(lines[0]?.trim() === "" ? [] : [""]), ...lines, ""];
}

/** Each earlier round: a link, who and when, and an embed of its said section, or its said lines copied where it has none. */
function earlierRounds(rounds: readonly Round[]): string[] {
	const out: string[] = [""];
	for (const round of rounds) {
		const target = linkTarget(round.path);
		// The meeting as a person writes a time: `2026-12-06 10:09`, not the property's `T`.
		const when = round.meeting === null ? null : round.meeting.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::00)?$/, "$1 $2");
		const who = [round.with ? `with ${round.with}` : null, when].filter((part) => part !== null).join(", ");
		out.push(`[[${target}|${round.round}]]${who === "" ? "" : `, ${who}`}`, "");
		if (round.saidHeading !== null) out.push(`![[${target}#${round.saidHeading}]]`, "");
		else if (round.said.length > 0) out.push(...round.said.map((line) => `- ${line}`), "");
	}
	return out;
}

/** The text with frontmatter keys set, in place where the key is there and before the closing fence where not. */
export function withFrontmatterValues(text: string, values: readonly [string, string][]): string {
	const eol = detectEol(text);
	const count = frontmatterLineCount(text);
	const lines = count === 0 ? ["---", "---"] : splitLines(text).slice(0, count);
	const body = count === 0 ? text : bodyAfterLines(text, count);
	for (const [key, value] of values) {
		const line = value === "" ? `${key}: ` : `${key}: ${yamlScalar(value)}`;
		const index = lines.findIndex((l, i) => i > 0 && i < lines.length - 1 && new RegExp(`^${key}[ \\t]*:`).test(l));
		if (index >= 0) lines[index] = line;
		else lines.splice(lines.length - 1, 0, line);
	}
	return lines.join(eol) + eol + body;
}

/** A value as a one-line YAML scalar: plain where YAML reads it back as written, else double-quoted. */
function yamlScalar(value: string): string {
	const plain = /^[\p{L}\p{N}][\p{L}\p{N} .,'()&/_+-]*$/u.test(value) && !/[ ]$/.test(value);
	return plain ? value : JSON.stringify(value);
}
