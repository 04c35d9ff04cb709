import { Notice, type Plugin } from "obsidian";
import type { TimerState } from "./core";
import { readIncomingData, readStoredData, type StoredData } from "./plugin-data";
import type { PrepSettings } from "./settings/prep-settings";
import { isNewer, NO_CHANGE } from "./sync/change-stamp";

/** What the store reads and writes on the plugin: its settings, and the timer's state. */
export interface StoreHost extends Plugin {
	settings: PrepSettings;
}

export interface TimerPort {
	readonly state: TimerState | null;
	restore(state: TimerState | null): void;
}

/**
 * The plugin's data file: settings and timer, each stamped with when and on
 * which device it last changed, so that sync merges newest-first.
 */
export class PluginStore {
	private changes: StoredData["changes"] = { settings: NO_CHANGE, timer: NO_CHANGE };
	private timer: TimerPort | null = null;

	constructor(
		private readonly host: StoreHost,
		private readonly device: string,
	) {}

	/** Reads settings and the saved timer at load; corrupt data falls back to defaults with a notice and stays on disk. */
	async load(): Promise<TimerState | null> {
		let raw: unknown;
		try {
			raw = await this.host.loadData();
		} catch {
			new Notice("Interview prep: the saved settings could not be read, so the defaults apply. The settings file stays as it is until you change a setting.");
			return null;
		}
		const { settings, timer, changes, rejected } = readStoredData(raw);
		this.host.settings = settings;
		this.changes = changes;
		if (rejected.length > 0) new Notice(`Interview prep: saved data that could not be read (${rejected.join(", ")}) is back to its defaults.`);
		return timer;
	}

	attachTimer(timer: TimerPort): void {
		this.timer = timer;
	}

	/** Saves after a local change to one part, stamping it with the time and this device. */
	persist(part: keyof StoredData["changes"]): Promise<void> {
		this.changes[part] = { at: Date.now(), device: this.device };
		return this.write();
	}

	/**
	 * Another device rewrote the data file. Each part takes the newest change:
	 * an older incoming part is rejected and the local one saved again, and
	 * unreadable data is ignored. Returns whether the settings changed.
	 */
	async mergeExternal(): Promise<boolean> {
		let raw: unknown;
		try {
			raw = await this.host.loadData();
		} catch {
			raw = undefined;
		}
		const incoming = readIncomingData(raw);
		if (!incoming) {
			console.warn("Interview prep: ignored synced data that could not be read; keeping the last good state.");
			return false;
		}
		let keepLocal = false;
		let settingsChanged = false;
		if (isNewer(incoming.changes.settings, this.changes.settings)) {
			this.host.settings = incoming.settings;
			this.changes.settings = incoming.changes.settings;
			settingsChanged = true;
		} else if (isNewer(this.changes.settings, incoming.changes.settings)) keepLocal = true;
		if (isNewer(incoming.changes.timer, this.changes.timer)) {
			this.changes.timer = incoming.changes.timer;
			this.timer?.restore(incoming.timer);
		} else if (isNewer(this.changes.timer, incoming.changes.timer)) keepLocal = true;
		if (keepLocal) await this.write();
		return settingsChanged;
	}

	private write(): Promise<void> {
		const data: StoredData = { settings: this.host.settings, timer: this.timer?.state ?? null, changes: this.changes };
		return this.host.saveData(data);
	}
}
