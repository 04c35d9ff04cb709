import { DEFAULT_CANCELLED_CHARS, DEFAULT_DONE_CHARS, DEFAULT_HEADING_NAMES, type HeadingNames, type ParseOptions, type TimerMode } from "../core";

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
	/** Minutes before the end to warn at, comma-separated. */
	timerWarnMinutes: string;
	/** Minutes past the end to say the call runs over, comma-separated. */
	timerOverrunMinutes: string;
	/** The four STAR words, comma-separated, in any language. */
	starWords: string;
	/** Minutes before the call's `meeting:` time to remind at, comma-separated. */
	callReminderMinutes: string;
	/** The capture target used last; not shown in the settings tab. */
	captureTarget: string;
}

export const DEFAULT_SETTINGS: Readonly<PrepSettings> = Object.freeze({
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
	timerWarnMinutes: "5",
	timerOverrunMinutes: "5",
	starWords: "Situation, Task, Action, Result",
	callReminderMinutes: "30, 10",
	captureTarget: "Agenda",
});

/** Reads saved settings over the defaults, field by field; a field of the wrong type keeps its default. */
export function readSettings(raw: unknown): { settings: PrepSettings; rejected: string[] } {
	const rejected: string[] = [];
	const source = isRecord(raw) ? raw : {};
	if (raw !== undefined && raw !== null && !isRecord(raw)) rejected.push("settings");
	const headingsRaw = isRecord(source.headings) ? source.headings : {};
	const text = (value: unknown, fallback: string, name: string): string => {
		if (value === undefined) return fallback;
		if (typeof value === "string" && value.trim() !== "") return value;
		rejected.push(name);
		return fallback;
	};
	const path = (value: unknown, fallback: string, name: string): string => {
		if (value === undefined) return fallback;
		if (typeof value === "string") return value.trim();
		rejected.push(name);
		return fallback;
	};
	const count = (value: unknown, fallback: number, name: string): number => {
		if (value === undefined) return fallback;
		if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
		rejected.push(name);
		return fallback;
	};
	const reject = <T>(name: string, value: unknown, fallback: T): T => {
		if (value !== undefined) rejected.push(name);
		return fallback;
	};
	const minutesList = (value: unknown, fallback: string, name: string): string => {
		if (value === undefined) return fallback;
		if (typeof value === "string" && readMinutes(value) !== null) return value;
		rejected.push(name);
		return fallback;
	};
	const headings = {} as HeadingNames;
	for (const key of Object.keys(DEFAULT_HEADING_NAMES) as (keyof HeadingNames)[]) {
		headings[key] = text(headingsRaw[key], DEFAULT_HEADING_NAMES[key], `headings.${key}`);
	}
	const questionsMin = count(source.questionsMin, DEFAULT_SETTINGS.questionsMin, "questionsMin");
	return {
		settings: {
			headings,
			doneChars: text(source.doneChars, DEFAULT_SETTINGS.doneChars, "doneChars"),
			cancelledChars: text(source.cancelledChars, DEFAULT_SETTINGS.cancelledChars, "cancelledChars"),
			questionsMin,
			questionsMax: Math.max(questionsMin, count(source.questionsMax, DEFAULT_SETTINGS.questionsMax, "questionsMax")),
			notesTemplatePath: path(source.notesTemplatePath, DEFAULT_SETTINGS.notesTemplatePath, "notesTemplatePath"),
			prepTemplatePath: path(source.prepTemplatePath, DEFAULT_SETTINGS.prepTemplatePath, "prepTemplatePath"),
			newNoteTemplatePath: path(source.newNoteTemplatePath, DEFAULT_SETTINGS.newNoteTemplatePath, "newNoteTemplatePath"),
			newNoteFolder: path(source.newNoteFolder, DEFAULT_SETTINGS.newNoteFolder, "newNoteFolder"),
			dateFormat: text(source.dateFormat, DEFAULT_SETTINGS.dateFormat, "dateFormat"),
			timeFormat: text(source.timeFormat, DEFAULT_SETTINGS.timeFormat, "timeFormat"),
			timerMinutes: Math.max(1, count(source.timerMinutes, DEFAULT_SETTINGS.timerMinutes, "timerMinutes")),
			timerMode: source.timerMode === "countup" || source.timerMode === "countdown" ? source.timerMode : reject("timerMode", source.timerMode, DEFAULT_SETTINGS.timerMode),
			timerWarnMinutes: minutesList(source.timerWarnMinutes, DEFAULT_SETTINGS.timerWarnMinutes, "timerWarnMinutes"),
			timerOverrunMinutes: minutesList(source.timerOverrunMinutes, DEFAULT_SETTINGS.timerOverrunMinutes, "timerOverrunMinutes"),
			starWords: text(source.starWords, DEFAULT_SETTINGS.starWords, "starWords"),
			callReminderMinutes: minutesList(source.callReminderMinutes, DEFAULT_SETTINGS.callReminderMinutes, "callReminderMinutes"),
			captureTarget: text(source.captureTarget, DEFAULT_SETTINGS.captureTarget, "captureTarget"),
		},
		rejected,
	};
}

/** `"5, 10"` as `[5, 10]`; an empty text is no minutes; null when any part is not a positive number. */
export function readMinutes(text: string): number[] | null {
	const parts = text.split(",").map((p) => p.trim()).filter((p) => p !== "");
	const minutes = parts.map(Number);
	return minutes.every((m) => Number.isFinite(m) && m > 0) ? minutes : null;
}

export function parseOptionsOf(settings: PrepSettings, fallbackTitle: string): ParseOptions {
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
