/** The model of a prep note: what the sidebar, the report and the commands read. */

export interface Heading {
	depth: number;
	text: string;
	/** 1-based line of the heading's first line. */
	line: number;
}

export type TaskStatus = "open" | "done" | "cancelled";

export interface TaskItem {
	line: number;
	/** The character between the brackets, as written. */
	char: string;
	status: TaskStatus;
	/** The item's first-paragraph text, without its checkbox. */
	text: string;
	/** The whole source line, so an edit can check the line is unchanged. */
	raw: string;
}

export interface TaskCounts {
	done: number;
	open: number;
	cancelled: number;
	/** done + open: cancelled tasks drop out of the total. */
	total: number;
}

/** A heading's section; its counts are prep counts, which leave asked and told marks out. */
export interface Section {
	heading: string;
	depth: number;
	line: number;
	/** Last line of the section, inclusive: the line before the next heading of the same or a lower depth. */
	endLine: number;
	done: number;
	total: number;
	cancelled: number;
}

/** A line nested under a story or a question, at its depth below it: 1 for a detail, 2 for what is nested under that. */
export interface NestedLine {
	text: string;
	depth: number;
}

export interface Story {
	group: string;
	title: string;
	line: number;
	/** The item's last line, nested and lazy continuation lines included, as the parser reads them. */
	endLine: number;
	/** The items right under the story: its short version, read for STAR readiness. */
	details: string[];
	/** Everything nested under it, at every depth, as the cards and the cue card show it. */
	nested: NestedLine[];
	/** The checkbox on the story's own line, if it has one. */
	task?: TaskStatus;
	/** The story's whole first line, so an edit can check it is unchanged. */
	raw: string;
}

export interface Question {
	group: string;
	text: string;
	line: number;
	/** The item's last line, nested and lazy continuation lines included, as the parser reads them. */
	endLine: number;
	/** Follow-ups and notes nested under it, at every depth. */
	nested: NestedLine[];
	task?: TaskStatus;
	raw: string;
}

/** How the candidate judged an answer, by the marker at the end of the question's line: 🟢, 🟡 or 🔴. */
export type Rating = "strong" | "ok" | "weak";

/** A question an interviewer asked: a top-level bullet under the Their questions heading. */
export interface TheirQuestion {
	/** The question without its stamp and rating marker. */
	text: string;
	line: number;
	/** The item's last line, nested and lazy continuation lines included, as the parser reads them. */
	endLine: number;
	/** The stamp a capture wrote, such as `[+12:40]` or `[15:05]`; null without one. */
	stamp: string | null;
	rating: Rating | null;
	/** The story named by a nested `Answered with:` bullet, as written; null without one. */
	answeredWith: string | null;
	/** The other nested bullets: the candidate's own notes on the answer. */
	notes: string[];
	/** The question's whole first line, so an edit can check it is unchanged. */
	raw: string;
}

export interface TableRow {
	line: number;
	/** Each cell's text, as read. */
	cells: string[];
}

/** A table at the top level of the note; its first row is the header, and the delimiter row is not a row. */
export interface Table {
	line: number;
	endLine: number;
	rows: TableRow[];
}

/** A `Key: value` top-level bullet before the note's first section, such as `* Recruiter: Dana`. */
export interface FieldLine {
	key: string;
	value: string;
	line: number;
}

export interface PrepNote {
	title: string;
	lineCount: number;
	headings: Heading[];
	/** Every task in the note. */
	tasks: TaskCounts;
	/** The tasks that are prep: all but those under Questions and Stories, whose checkboxes are asked and told marks, and the debrief's follow-ups. */
	prep: TaskCounts;
	taskItems: TaskItem[];
	sections: Section[];
	stories: Story[];
	questions: Question[];
	/** The questions they asked, under the Their questions heading; a bullet with nothing written is none. */
	theirQuestions: TheirQuestion[];
	tables: Table[];
	/** The note's `Key: value` field bullets, before its first section. */
	fields: FieldLine[];
}

export interface HeadingNames {
	preparation: string;
	stories: string;
	questions: string;
	notes: string;
	/** What the candidate said, under Notes: read by the next rounds. */
	said: string;
	/** How the call went, under Notes: its tasks are follow-ups, not prep. */
	debrief: string;
	/** What the interviewers asked, under Notes: each question with its rating and the story that answered it. */
	theirQuestions: string;
}

export interface ParseOptions {
	/** Heading names, matched ignoring case. */
	headings?: Partial<HeadingNames>;
	/** Checkbox characters that mean done. */
	doneChars?: string;
	/** Checkbox characters that mean cancelled. */
	cancelledChars?: string;
	/** The title when the note has no depth-1 heading: in the plugin, the file's basename. */
	fallbackTitle?: string;
}

export const DEFAULT_HEADING_NAMES: Readonly<HeadingNames> = Object.freeze({
	preparation: "Preparation",
	stories: "Stories",
	questions: "Questions",
	notes: "Notes",
	said: "What I said",
	debrief: "Debrief",
	theirQuestions: "Their questions",
});

export const DEFAULT_DONE_CHARS = "xX";
export const DEFAULT_CANCELLED_CHARS = "-";
