import { readTimerState, type TimerState } from "../../core";
import { isRecord, readSettings, readStoredSettings, type Settings } from "../../settings/prep-settings";
import { NO_CHANGE, readStamp, type ChangeStamp } from "./change-stamp";

/** What the plugin keeps in its data file. */
export interface StoredData {
	settings: Settings;
	timer: TimerState | null;
	/** Notices shown once across devices, by id, such as the debrief offered after a call: merged as a union, never newest-first. */
	offered: string[];
	/**
	 * Which device is to show a once-only notice, by id: each device that finds one due claims it, and the
	 * earliest claim wins on every device once sync has brought them together (see `winningClaim`).
	 */
	claims: OfferClaim[];
	/** When each part last changed, and on which device. */
	changes: { settings: ChangeStamp; timer: ChangeStamp };
}

/** A device's claim to show a once-only notice: when it claimed it, and which device. */
export interface OfferClaim extends ChangeStamp {
	id: string;
}

/** The data of a first start: default settings, no timer, nothing changed yet. */
export function emptyData(): StoredData {
	return { settings: readSettings(undefined).settings, timer: null, offered: [], claims: [], changes: noChanges() };
}

/** The claim that wins: the earliest, and on the same instant the smaller device id, so every device picks the same one. */
export function winningClaim(claims: readonly OfferClaim[], id: string): OfferClaim | null {
	let winner: OfferClaim | null = null;
	for (const claim of claims) {
		if (claim.id !== id) continue;
		if (!winner || claim.at < winner.at || (claim.at === winner.at && claim.device < winner.device)) winner = claim;
	}
	return winner;
}

/** Two devices' claims as one list: the winning claim of each id, in the order the ids were first claimed. */
export function mergeClaims(incoming: readonly OfferClaim[], local: readonly OfferClaim[]): OfferClaim[] {
	const all = [...incoming, ...local];
	const ids = [...new Set(all.map((claim) => claim.id))];
	return ids.map((id) => winningClaim(all, id)).filter((claim): claim is OfferClaim => claim !== null);
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
	return { settings, timer, offered: readOffered(raw.offered), claims: readClaims(raw.claims), changes: readChanges(raw.changes) ?? noChanges(), rejected, olderCaptureTarget };
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
	return { settings, timer, offered: readOffered(raw.offered), claims: readClaims(raw.claims), changes };
}

/** The ids of notices shown once; a file from a version without them has none. */
function readOffered(raw: unknown): string[] {
	return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === "string") : [];
}

/** The claims to show a once-only notice; a file from a version without them has none, and an unreadable one is left out. */
function readClaims(raw: unknown): OfferClaim[] {
	if (!Array.isArray(raw)) return [];
	return raw.flatMap((entry: unknown) => {
		const stamp = readStamp(entry);
		const id = isRecord(entry) ? entry.id : undefined;
		return stamp && typeof id === "string" ? [{ id, ...stamp }] : [];
	});
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
