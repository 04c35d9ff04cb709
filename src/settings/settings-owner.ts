import { Events, type EventRef } from "obsidian";
import { readSettings, type SettingKey, type Settings, type SettingsChange } from "./prep-settings";

/** Which settings changed, and whether on this device (`update`) or on another one (a sync, taken by `accept`). */
export interface SettingsChanged {
	keys: ReadonlySet<SettingKey>;
	origin: "here" | "elsewhere";
}

/** What a reader that follows the settings needs: the current ones, and word when they change. */
export interface SettingsSource {
	readonly current: Settings;
	onChange(callback: (changed: SettingsChanged) => void): EventRef;
}

/**
 * The one holder and writer of the settings. Readers get `current`, a frozen
 * value they cannot change; a change goes through `update`, which checks it,
 * saves it and tells the listeners, who read again what they need.
 */
export class SettingsOwner extends Events implements SettingsSource {
	private value: Settings;

	constructor(
		initial: Settings,
		private readonly save: (settings: Settings) => Promise<void>,
	) {
		super();
		this.value = initial;
	}

	get current(): Settings {
		return this.value;
	}

	onChange(callback: (changed: SettingsChanged) => void): EventRef {
		return this.on("change", callback as (...data: unknown[]) => unknown);
	}

	/**
	 * Checks the change against the settings' rules; a value that breaks one
	 * is refused, named in `rejected`, and nothing is saved. A change that
	 * changes nothing saves nothing either.
	 */
	async update(change: SettingsChange): Promise<{ saved: boolean; rejected: string[] }> {
		const current = this.value;
		const { settings, rejected } = readSettings({ ...current, ...change, headings: { ...current.headings, ...change.headings } });
		if (rejected.length > 0) return { saved: false, rejected };
		const keys = changedKeys(current, settings);
		if (keys.size === 0) return { saved: false, rejected };
		this.value = settings;
		try {
			await this.save(settings);
		} finally {
			// In use from now on even if the save failed, so the listeners hear of it either way.
			this.trigger("change", { keys, origin: "here" } satisfies SettingsChanged);
		}
		return { saved: true, rejected };
	}

	/** Takes settings another device saved, as a sync brought them: already saved, so only the listeners hear. */
	accept(settings: Settings): void {
		const keys = changedKeys(this.value, settings);
		this.value = settings;
		if (keys.size > 0) this.trigger("change", { keys, origin: "elsewhere" } satisfies SettingsChanged);
	}
}

function changedKeys(before: Settings, after: Settings): Set<SettingKey> {
	const keys = Object.keys(after) as SettingKey[];
	return new Set(keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])));
}
