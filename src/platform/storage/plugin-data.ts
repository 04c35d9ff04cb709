import { readTimerState, type TimerState } from "../../core";
import { isRecord, readSettings, readStoredSettings, type Settings } from "../../settings/prep-settings";
import { NO_CHANGE, readStamp, type ChangeStamp } from "./change-stamp";

/** What the plugin keeps in its data file. */
export interface StoredData {
	settings: Settings;
	timer: TimerState | null;
	/** Notices shown once across devices, by id, such as the debrief offered after a call: merged as a union, never newest-first. */
	offered: string[];
	/** When each part last changed, and on which device. */
	changes: { settings: ChangeStamp; timer: ChangeStamp };
}

/** The data of a first start: default settings, no timer, nothing changed yet. */
export function emptyData(): StoredData {
	return { settings: readSettings(undefined).settings, timer: null, offered: [], changes: noChanges() };
}

/** A data file as read at load. */
export interface LoadedData extends StoredData {
	/** What could not be read, and fell back to its default. */
	rejected: string[];
	/** The capture target, which earlier versions kept in the synced settings and this device now remembers itself. */
	olderCaptureTarget: string | null;
}

/** Reads the data file at load, leniently: what cannot be read falls back to defaults and is named in `rejected`. */
export function readStoredData(raw: unknown): LoadedData {
	if (raw === null || raw === undefined) return { ...emptyData(), rejected: [], olderCaptureTarget: null };
	if (!isRecord(raw)) return { ...emptyData(), rejected: ["data file"], olderCaptureTarget: null };
	const { settings, rejected } = readStoredSettings(raw.settings);
	const timer = readTimerState(raw.timer);
	if (raw.timer !== undefined && raw.timer !== null && timer === null) rejected.push("timer");
	const older = isRecord(raw.settings) ? raw.settings.captureTarget : undefined;
	const olderCaptureTarget = typeof older === "string" && older.trim() !== "" ? older : null;
	return { settings, timer, offered: readOffered(raw.offered), changes: readChanges(raw.changes) ?? noChanges(), rejected, olderCaptureTarget };
}

/**
 * Reads data that another device wrote, strictly: half-written JSON, a missing
 * field or a wrong type makes the whole of it unusable, and null is returned.
 */
export function readIncomingData(raw: unknown): StoredData | null {
	if (!isRecord(raw) || !isRecord(raw.settings)) return null;
	const { settings, rejected } = readStoredSettings(raw.settings);
	const timer = raw.timer === null ? null : readTimerState(raw.timer);
	const changes = readChanges(raw.changes);
	if (rejected.length > 0 || (raw.timer !== null && timer === null) || !changes) return null;
	return { settings, timer, offered: readOffered(raw.offered), changes };
}

/** The ids of notices shown once; a file from a version without them has none. */
function readOffered(raw: unknown): string[] {
	return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === "string") : [];
}

function readChanges(raw: unknown): StoredData["changes"] | null {
	if (!isRecord(raw)) return null;
	const settings = readStamp(raw.settings);
	const timer = readStamp(raw.timer);
	return settings && timer ? { settings, timer } : null;
}

function noChanges(): StoredData["changes"] {
	return { settings: NO_CHANGE, timer: NO_CHANGE };
}
