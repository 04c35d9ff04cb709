import type { App } from "obsidian";

/*
 * Where the plugin keeps what, by one rule:
 *
 * - Synced: what the person chose, and the call in progress. The settings
 *   from the settings tab and the meeting timer are in the plugin's data
 *   file, which Obsidian Sync copies to their other devices.
 * - Device-local: what this device did last, or is. Its id, when the plugin
 *   first ran on it, the section Capture note used last, and the bullets it
 *   turned into tasks are in the app's local storage
 *   (`app.saveLocalStorage`), which sync does not copy.
 *   Such memory is not a choice to carry elsewhere, and keeping it in the
 *   data file would rewrite the shared file at every capture or check.
 */

const CAPTURE_TARGET_KEY = "interview-prep-capture-target";
const FIRST_RUN_KEY = "interview-prep-first-run";
const PLAIN_ITEMS_KEY = "interview-prep-plain-items";
/** Plain items kept, the newest; older ones uncheck into tasks rather than bullets. */
const PLAIN_ITEMS_KEPT = 500;

/** What this device remembers of its own use, in its local storage. */
export class DeviceMemory {
	/**
	 * `olderCaptureTarget` is the capture target a data file of an earlier
	 * version kept in the synced settings: this device takes it once, while it
	 * remembers none of its own.
	 */
	constructor(
		private readonly app: App,
		olderCaptureTarget: string | null = null,
	) {
		if (olderCaptureTarget !== null && this.captureTarget === null) this.rememberCaptureTarget(olderCaptureTarget);
	}

	/** The section Capture note used last on this device, or null before the first capture. */
	get captureTarget(): string | null {
		const saved: unknown = this.app.loadLocalStorage(CAPTURE_TARGET_KEY);
		return typeof saved === "string" && saved !== "" ? saved : null;
	}

	rememberCaptureTarget(target: string): void {
		this.app.saveLocalStorage(CAPTURE_TARGET_KEY, target);
	}

	/**
	 * When the plugin first ran on this device, in epoch ms: remembered the first time it is
	 * asked, at `now`. What came due before it, such as the debriefs of calls long past, is not offered here.
	 */
	firstRunAt(now: number): number {
		const saved: unknown = this.app.loadLocalStorage(FIRST_RUN_KEY);
		if (typeof saved === "number" && Number.isFinite(saved)) return saved;
		this.app.saveLocalStorage(FIRST_RUN_KEY, now);
		return now;
	}

	/** Keys of the items this device turned from plain bullets into tasks, so unchecking restores them. */
	plainItems(): string[] {
		const saved: unknown = this.app.loadLocalStorage(PLAIN_ITEMS_KEY);
		return Array.isArray(saved) ? saved.filter((k): k is string => typeof k === "string") : [];
	}

	rememberPlainItems(keys: Iterable<string>): void {
		this.app.saveLocalStorage(PLAIN_ITEMS_KEY, [...keys].slice(-PLAIN_ITEMS_KEPT));
	}
}
