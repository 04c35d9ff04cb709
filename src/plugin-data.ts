import { readTimerState, type TimerState } from "./core";
import { isRecord, readSettings, readStoredSettings, type Settings } from "./settings/prep-settings";
import { NO_CHANGE, readStamp, type ChangeStamp } from "./sync/change-stamp";

/** What the plugin keeps in its data file. */
export interface StoredData {
	settings: Settings;
	timer: TimerState | null;
	/** When each part last changed, and on which device. */
	changes: { settings: ChangeStamp; timer: ChangeStamp };
}

/** The data of a first start: default settings, no timer, nothing changed yet. */
export function emptyData(): StoredData {
	return { settings: readSettings(undefined).settings, timer: null, changes: noChanges() };
}

/** Reads the data file at load, leniently: what cannot be read falls back to defaults and is named in `rejected`. */
export function readStoredData(raw: unknown): StoredData & { rejected: string[] } {
	if (raw === null || raw === undefined) return { ...readSettings(undefined), timer: null, changes: noChanges() };
	if (!isRecord(raw)) return { ...readSettings(undefined), timer: null, changes: noChanges(), rejected: ["data file"] };
	const { settings, rejected } = readStoredSettings(raw.settings);
	const timer = readTimerState(raw.timer);
	if (raw.timer !== undefined && raw.timer !== null && timer === null) rejected.push("timer");
	return { settings, timer, changes: readChanges(raw.changes) ?? noChanges(), rejected };
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
	return { settings, timer, changes };
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
