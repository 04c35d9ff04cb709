import { meetingOf } from "../note/meeting-of";
import { readFrontmatter, readFrontmatterList } from "../note/frontmatter";
import { sameHeadingName, splitLines } from "../note/lines";
import { headingLastLine, sectionNamed, tasksIn } from "../note/note-queries";
import { writtenStories } from "../note/star";
import { DEFAULT_HEADING_NAMES, type PrepNote, type Section, type TheirQuestion } from "../note/prep-note";
import { sectionItems, type SectionItem } from "./section-entries";
import { peopleText, readPeople, type Person } from "./person";
import { isCalendarDay } from "../timer/call-countdown";
import { CHOSEN_GROUP } from "../note/questions";

export interface RoundQuestion {
	text: string;
	/** The heading it sits under, such as Chosen or Extra. */
	group: string;
	asked: boolean;
	/** The question's list item as written, nested lines included. */
	block: string[];
}

export interface RoundStory {
	title: string;
	/** The heading it sits under inside Stories, or "" directly under Stories. */
	group: string;
	told: boolean;
	line: number;
	raw: string;
	details: string[];
	/** The story's list item as written, nested lines included. */
	block: string[];
}

/** An open task under the note's Debrief heading: something to do after the call. */
export interface FollowUp {
	text: string;
	line: number;
}

/** One prep note of a process, and what it contributes to the next round. */
export interface Round {
	/** The note's path: in the vault, or relative to the report's folder. */
	path: string;
	company: string;
	role: string | null;
	/** Frontmatter `round:`, or the note's title. */
	round: string;
	/** The people met, as one line (`Dana Lee, Sam Park`): frontmatter `with:`, or the person a field bullet names, such as `* Recruiter: Dana`. */
	with: string | null;
	/** The same people one by one, each with the link to their note where `with:` links one. */
	people: Person[];
	/** Frontmatter `meeting:` as written; null without one. A file name's date is the day the note was made, never a call. */
	meeting: string | null;
	/** `YYYY-MM-DD` of `meeting`, or else of the file name's leading date, for ordering and for past or upcoming; null when neither has one. */
	date: string | null;
	/** The round this one follows, as frontmatter `previous:` links it (the link's target, without brackets); Start next round writes it. */
	previous?: string | null;
	progress: { done: number; total: number };
	questions: RoundQuestion[];
	stories: RoundStory[];
	asked: string[];
	told: string[];
	said: string[];
	/** The said section's entries with their lines. */
	saidLines: SectionItem[];
	/** The Concerns section's bullets, with the lines nested under each: what the candidate means to say. */
	concerns: SectionItem[];
	discrepancies: string[];
	/** The questions the interviewers asked, each with its rating and the story that answered it. */
	theirQuestions: TheirQuestion[];
	/** The said section's heading as written, for an embed; null when the note has none. */
	saidHeading: string | null;
	/**
	 * The lines under the Stories heading, for the next round, with that heading's depth and the headings among
	 * the lines (each by its index in `lines`, with its depth and text); null when the note has none.
	 */
	storiesBody: { firstLine: number; lines: string[]; depth: number; headings: { index: number; depth: number; text: string }[] } | null;
	/** Whether the note has a Debrief section. */
	debriefed: boolean;
	followUps: FollowUp[];
	/** Questions to ask: those under Chosen, or all of them when none is. */
	questionsPlanned: number;
}

export interface RoundOptions {
	/** The frontmatter key that names the company. */
	companyKey: string;
	/** The heading of the lines the candidate said. */
	saidHeading: string;
	discrepanciesHeading: string;
	storiesHeading: string;
	/** The Debrief heading; `Debrief` when not given. */
	debriefHeading?: string;
	/** The Concerns heading; `Concerns` when not given. */
	concernsHeading?: string;
}

/** The heading of what the candidate means to say, such as the salary range; the prep sections template writes it. */
export const CONCERNS_HEADING = "Concerns";

/** Field bullets whose value is the person met. */
const PERSON_KEYS = ["with", "recruiter", "interviewer", "interviewers", "hiring manager", "manager", "panel", "contact"];

/** The company a note's frontmatter names, or null when it names none. */
export function companyOf(frontmatter: Record<string, string>, companyKey: string): string | null {
	const company = frontmatter[companyKey]?.trim() ?? "";
	return company === "" ? null : company;
}

/** The target of a `[[link|alias]]` or `[[link#heading]]` as frontmatter writes it, or the plain text; null when empty. */
function linkedTarget(value: string | undefined): string | null {
	return nonEmpty(value?.replace(/^\s*\[\[([^\]|#]*)[^\]]*\]\]\s*$/, "$1"));
}

/** The leading `YYYY-MM-DD` of a text, when it is a day of the calendar: `2026-02-31` is none, not 3 March. */
export function leadingDate(text: string): string | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text.trim());
	return match && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) ? match[0] : null;
}

/** A prep note as a round of its company's process; null when its frontmatter names no company. */
export function roundOf(path: string, text: string, note: PrepNote, options: RoundOptions): Round | null {
	const frontmatter = readFrontmatter(text);
	const company = companyOf(frontmatter, options.companyKey);
	if (company === null) return null;
	const fileName = path.slice(path.lastIndexOf("/") + 1);
	const meeting = meetingOf(frontmatter, note.fields);
	const lines = splitLines(text);
	const person = note.fields.find((field) => field.value !== "" && PERSON_KEYS.includes(field.key.toLowerCase()));
	const said = sectionNamed(note, options.saidHeading);
	const people = readPeople(readFrontmatterList(text, "with"));
	if (people.length === 0 && person) people.push(...readPeople([person.value]));
	const { saidLines, concerns } = saidSectionsOf(lines, note, options);
	const stories = sectionNamed(note, options.storiesHeading);
	const debrief = sectionNamed(note, options.debriefHeading ?? DEFAULT_HEADING_NAMES.debrief);
	// An item's lines as the parser spans it: nested and lazy continuation lines, not what only looks indented under it.
	const block = (item: { line: number; endLine: number }) => lines.slice(item.line - 1, item.endLine);
	const chosen = note.questions.filter((q) => sameHeadingName(q.group, CHOSEN_GROUP)).length;
	const questions = note.questions.map((q): RoundQuestion => ({ text: q.text, group: q.group, asked: q.task === "done", block: block(q) }));
	return {
		path,
		company,
		role: nonEmpty(frontmatter.role),
		round: nonEmpty(frontmatter.round) ?? note.title,
		with: peopleText(people),
		people,
		meeting,
		date: (meeting === null ? null : leadingDate(meeting)) ?? leadingDate(fileName),
		previous: linkedTarget(frontmatter.previous),
		progress: { done: note.prep.done, total: note.prep.total },
		questions,
		stories: writtenStories(note.stories).map((s) => ({ title: s.title, group: s.group, told: s.task === "done", line: s.line, raw: s.raw, details: s.details, block: block(s) })),
		asked: questions.filter((q) => q.asked).map((q) => q.text),
		told: writtenStories(note.stories).filter((s) => s.task === "done").map((s) => s.title),
		said: saidLines.map((item) => item.text),
		saidLines,
		concerns,
		discrepancies: note.sections
			.filter((s) => sameHeadingName(s.heading, options.discrepanciesHeading))
			.flatMap((s) => sectionItems(bodyOf(lines, s), headingLastLine(lines, s) + 1, note.tables).map((item) => item.text)),
		theirQuestions: note.theirQuestions,
		saidHeading: said ? said.heading : null,
		storiesBody: stories ? storiesBodyOf(lines, stories, note) : null,
		debriefed: debrief !== undefined,
		followUps: debrief ? tasksIn(note.taskItems, debrief).filter((t) => t.status === "open").map((t) => ({ text: t.text, line: t.line })) : [],
		questionsPlanned: chosen > 0 ? chosen : note.questions.length,
	};
}

/** What a note says the candidate said, and means to say: its said section's entries and its Concerns bullets, with their lines. */
export function saidSectionsOf(lines: readonly string[], note: PrepNote, options: Pick<RoundOptions, "saidHeading" | "concernsHeading">): Pick<Round, "saidLines" | "concerns"> {
	const entries = (section: Section | undefined) => (section ? sectionItems(bodyOf(lines, section), headingLastLine(lines, section) + 1, note.tables) : []);
	return { saidLines: entries(sectionNamed(note, options.saidHeading)), concerns: entries(sectionNamed(note, options.concernsHeading ?? CONCERNS_HEADING)) };
}

function storiesBodyOf(lines: readonly string[], stories: Section, note: PrepNote): NonNullable<Round["storiesBody"]> {
	const firstLine = headingLastLine(lines, stories) + 1;
	const body = trimBlankEnd(bodyOf(lines, stories));
	const headings = note.headings
		.filter((h) => h.line >= firstLine && h.line < firstLine + body.length)
		.map((h) => ({ index: h.line - firstLine, depth: h.depth, text: h.text }));
	return { firstLine, lines: body, depth: stories.depth, headings };
}

/** The lines under a section's heading, to its end: after a setext heading's underline, which is no line of its text. */
function bodyOf(lines: readonly string[], section: Section): string[] {
	return lines.slice(headingLastLine(lines, section), section.endLine);
}

function trimBlankEnd(lines: string[]): string[] {
	let end = lines.length;
	while (end > 0 && (lines[end - 1] ?? "").trim() === "") end--;
	return lines.slice(0, end);
}

function nonEmpty(value: string | undefined): string | null {
	const trimmed = value?.trim() ?? "";
	return trimmed === "" ? null : trimmed;
}
