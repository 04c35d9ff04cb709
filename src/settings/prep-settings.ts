import { DEFAULT_SAID_TOPICS, DISCREPANCIES_HEADING, type RoundOptions, type SaidTopic, DEFAULT_CANCELLED_CHARS, DEFAULT_DONE_CHARS, DEFAULT_HEADING_NAMES, DEFAULT_STAR_WORDS, readStarWords, type HeadingNames, type ParseOptions, type TimerMode } from "../core";

export interface PrepSettings {
	headings: HeadingNames;
	doneChars: string;
	cancelledChars: string;
	questionsMin: number;
	questionsMax: number;
	/** Vault paths of templates; empty means the built-in one. */
	notesTemplatePath: string;
	prepTemplatePath: string;
	newNoteTemplatePath: string;
	newNoteFolder: string;
	dateFormat: string;
	timeFormat: string;
	timerMinutes: number;
	timerMode: TimerMode;
	/** Minutes before the end to warn at. */
	timerWarnMinutes: number[];
	/** Minutes past the end to say the call runs over. */
	timerOverrunMinutes: number[];
	/** The four STAR words, in any language. */
	starWords: string[];
	/** Minutes before the call's `meeting:` time to remind at. */
	callReminderMinutes: number[];
	/** The frontmatter key that puts a prep note into a company's interview process. */
	companyKey: string;
	/** Vault path of the debrief template; empty means the built-in one. */
	debriefTemplatePath: string;
	/** Hours after `meeting:` to offer the debrief, unless the timer was reset first. */
	debriefAfterHours: number;
	/** What said lines are about, such as pay, and the words that put a line under each: the figures said on a topic are compared across rounds. */
	saidTopics: SaidTopic[];
}

/** A value no reader can change: every object and list in it is read-only too. */
export type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** The settings as every reader sees them. Only the settings' owner makes new ones. */
export type Settings = DeepReadonly<PrepSettings>;

export type SettingKey = keyof PrepSettings;

/** A change to some settings; a heading name may change alone. */
export type SettingsChange = { readonly [K in SettingKey]?: K extends "headings" ? Partial<Readonly<HeadingNames>> : DeepReadonly<PrepSettings[K]> };

/** The settings the note is read with: a change to one of them parses the note again. */
export const PARSE_KEYS: readonly SettingKey[] = ["headings", "doneChars", "cancelledChars"];

export const DEFAULT_SETTINGS: Settings = deepFreeze({
	headings: { ...DEFAULT_HEADING_NAMES },
	doneChars: DEFAULT_DONE_CHARS,
	cancelledChars: DEFAULT_CANCELLED_CHARS,
	questionsMin: 2,
	questionsMax: 3,
	notesTemplatePath: "",
	prepTemplatePath: "",
	newNoteTemplatePath: "",
	newNoteFolder: "Interviews",
	dateFormat: "YYYY-MM-DD",
	timeFormat: "HH:mm",
	timerMinutes: 30,
	timerMode: "countdown",
	timerWarnMinutes: [5],
	timerOverrunMinutes: [5],
	starWords: [...DEFAULT_STAR_WORDS],
	callReminderMinutes: [30, 10],
	companyKey: "company",
	debriefTemplatePath: "",
	debriefAfterHours: 2,
	saidTopics: DEFAULT_SAID_TOPICS.map((topic) => ({ name: topic.name, words: [...topic.words] })),
});

/** A field's value when it reads right, or null. */
type FieldReader<T> = (value: unknown) => T | null;

const nonEmptyText: FieldReader<string> = (v) => (typeof v === "string" && v.trim() !== "" ? v : null);
const pathText: FieldReader<string> = (v) => (typeof v === "string" ? v.trim() : null);
const wholeNumber: FieldReader<number> = (v) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null);
const minuteList: FieldReader<number[]> = (v) => (isList(v) && v.every(isMinutes) ? [...v] : null);
const starWordList: FieldReader<string[]> = (v) =>
	isList(v) && v.length === 4 && v.every((w): w is string => typeof w === "string" && w.trim() !== "") ? v.map((w) => w.trim()) : null;
const frontmatterKey: FieldReader<string> = (v) => (typeof v === "string" && /^[A-Za-z_][\w-]*$/.test(v.trim()) ? v.trim() : null);
const topicList: FieldReader<SaidTopic[]> = (v) =>
	isList(v) && v.length > 0 && v.every(isTopic) ? v.map((topic) => ({ name: topic.name.trim(), words: topic.words.map((word) => word.trim()) })) : null;
const timerMode: FieldReader<TimerMode> = (v) => (v === "countup" || v === "countdown" ? v : null);

/** Reads settings over the defaults, field by field; a field of the wrong type keeps its default. The result is frozen. */
export function readSettings(raw: unknown): { settings: Settings; rejected: string[] } {
	const rejected: string[] = [];
	const source = isRecord(raw) ? raw : {};
	if (raw !== undefined && raw !== null && !isRecord(raw)) rejected.push("settings");
	const headingsRaw = isRecord(source.headings) ? source.headings : {};
	/** An absent field takes its default; a wrong one too, and is named in `rejected`. */
	const field = <T>(name: string, value: unknown, fallback: T, read: FieldReader<T>): T => {
		if (value === undefined) return fallback;
		const accepted = read(value);
		if (accepted !== null) return accepted;
		rejected.push(name);
		return fallback;
	};
	// A default goes into settings that are frozen whole, so its being read-only holds.
	const take = <K extends keyof PrepSettings>(key: K, read: FieldReader<PrepSettings[K]>) => field(key, source[key], DEFAULT_SETTINGS[key] as PrepSettings[K], read);
	const headings = {} as HeadingNames;
	for (const key of Object.keys(DEFAULT_HEADING_NAMES) as (keyof HeadingNames)[]) {
		headings[key] = field(`headings.${key}`, headingsRaw[key], DEFAULT_HEADING_NAMES[key], nonEmptyText);
	}
	const questionsMin = take("questionsMin", wholeNumber);
	return {
		settings: deepFreeze<PrepSettings>({
			headings,
			doneChars: take("doneChars", nonEmptyText),
			cancelledChars: take("cancelledChars", nonEmptyText),
			questionsMin,
			questionsMax: Math.max(questionsMin, take("questionsMax", wholeNumber)),
			notesTemplatePath: take("notesTemplatePath", pathText),
			prepTemplatePath: take("prepTemplatePath", pathText),
			newNoteTemplatePath: take("newNoteTemplatePath", pathText),
			newNoteFolder: take("newNoteFolder", pathText),
			dateFormat: take("dateFormat", nonEmptyText),
			timeFormat: take("timeFormat", nonEmptyText),
			timerMinutes: Math.max(1, take("timerMinutes", wholeNumber)),
			timerMode: take("timerMode", timerMode),
			timerWarnMinutes: take("timerWarnMinutes", minuteList),
			timerOverrunMinutes: take("timerOverrunMinutes", minuteList),
			starWords: take("starWords", starWordList),
			callReminderMinutes: take("callReminderMinutes", minuteList),
			companyKey: take("companyKey", frontmatterKey),
			debriefTemplatePath: take("debriefTemplatePath", pathText),
			debriefAfterHours: take("debriefAfterHours", wholeNumber),
			saidTopics: take("saidTopics", topicList),
		}),
		rejected,
	};
}

/**
 * Reads settings from a data file. Earlier versions saved the minute lists
 * and the STAR words as the text typed into the settings tab; that text is
 * read into values here, so an old data file loads as it meant, and a list
 * that cannot be read is rejected as any wrong field is.
 */
export function readStoredSettings(raw: unknown): { settings: Settings; rejected: string[] } {
	if (!isRecord(raw)) return readSettings(raw);
	const values: Record<string, unknown> = { ...raw };
	for (const key of MINUTE_KEYS) {
		const text = raw[key];
		if (typeof text === "string") values[key] = readMinutes(text) ?? text;
	}
	if (typeof raw.starWords === "string" && raw.starWords.trim() !== "") values.starWords = readStarWords(raw.starWords);
	return readSettings(values);
}

const MINUTE_KEYS = ["timerWarnMinutes", "timerOverrunMinutes", "callReminderMinutes"] as const;

/** `"5, 10"` as `[5, 10]`; an empty text is no minutes; null when any part is not a positive number. */
export function readMinutes(text: string): number[] | null {
	const parts = text.split(",").map((p) => p.trim()).filter((p) => p !== "");
	const minutes = parts.map(Number);
	return minutes.every(isMinutes) ? minutes : null;
}

function isMinutes(value: unknown): value is number {
	return typeof value === "number" && Number.isFinite(value) && value > 0;
}

/** A topic as the data file holds it: a name and at least one word, none of them blank. */
function isTopic(value: unknown): value is SaidTopic {
	const nonBlank = (text: unknown) => typeof text === "string" && text.trim() !== "";
	return isRecord(value) && nonBlank(value.name) && isList(value.words) && value.words.length > 0 && value.words.every(nonBlank);
}

function isList(value: unknown): value is unknown[] {
	return Array.isArray(value);
}

export function parseOptionsOf(settings: Settings, fallbackTitle: string): ParseOptions {
	return {
		headings: settings.headings,
		doneChars: settings.doneChars,
		cancelledChars: settings.cancelledChars,
		fallbackTitle,
	};
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Freezes a value and everything in it, so a reader that tries to change it fails at once. */
function deepFreeze<T>(value: T): DeepReadonly<T> {
	if (typeof value === "object" && value !== null) {
		for (const inner of Object.values(value)) deepFreeze(inner);
		Object.freeze(value);
	}
	return value as DeepReadonly<T>;
}

/** What a round is read with: where its company, said lines, discrepancies and stories are. */
export function roundOptionsOf(settings: Settings): RoundOptions {
	return {
		companyKey: settings.companyKey,
		saidHeading: settings.headings.said,
		discrepanciesHeading: DISCREPANCIES_HEADING,
		storiesHeading: settings.headings.stories,
		debriefHeading: settings.headings.debrief,
	};
}

/** The settings a process is read with: a change to one of them reads every process note again. */
export const PROCESS_KEYS: readonly SettingKey[] = [...PARSE_KEYS, "companyKey"];
