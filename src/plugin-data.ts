import { readTimerState, type TimerState } from "./core";
import { isRecord, readSettings, type PrepSettings } from "./settings/prep-settings";

/** What the plugin keeps in its data file. */
export interface StoredData {
	settings: PrepSettings;
	timer: TimerState | null;
}

/** Reads the data file's content over the defaults; `rejected` names what could not be read. */
export function readStoredData(raw: unknown): StoredData & { rejected: string[] } {
	if (raw === null || raw === undefined) return { ...readSettings(undefined), timer: null };
	if (!isRecord(raw)) return { ...readSettings(undefined), timer: null, rejected: ["data file"] };
	const { settings, rejected } = readSettings(raw.settings);
	const timer = readTimerState(raw.timer);
	if (raw.timer !== undefined && raw.timer !== null && timer === null) rejected.push("timer");
	return { settings, timer, rejected };
}
