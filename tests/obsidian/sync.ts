import type { Storage } from "./app";
import { memoryStorage } from "./app";
import type { Plugin } from "./app";

/** One device of a synced vault: its own plugin data file and its own local storage. */
export interface SyncedDevice {
	/** The device's plugin data, its `data.json`: written by its plugin, and by the sync when another device's copy arrives. */
	storage: Storage & { entries: Map<string, string> };
	/** The app's local storage on this device, which no sync copies. */
	local: Storage;
	/** The device's app is open, with this plugin loaded: sync runs there until the plugin unloads. */
	connect(plugin: Plugin): void;
}

/**
 * Test aid: a sync service, such as Obsidian Sync, between devices that each keep their own copy of the
 * plugin's data file. A device's write reaches the other devices `delayMs` later, and only while their app
 * is open; there it replaces their copy, whole (the newest write wins), and the app calls the plugin's
 * `onExternalSettingsChange`, as it does when the file changes on disk. A device that was closed reads its
 * own copy when it opens, and gets what it missed `delayMs` after that.
 */
export class FileSync {
	private readonly devices: (SyncedDevice & { plugin: Plugin | null })[] = [];
	/** The newest copy of each file, and the device that wrote it. */
	private readonly newest = new Map<string, { value: string; from: SyncedDevice }>();

	constructor(readonly delayMs: number) {}

	addDevice(): SyncedDevice {
		const files = memoryStorage();
		const device: SyncedDevice & { plugin: Plugin | null } = {
			plugin: null,
			local: memoryStorage(),
			storage: {
				entries: files.entries,
				read: (key) => files.read(key),
				write: (key, value) => {
					files.write(key, value);
					if (value !== null) this.upload(device, key, value);
				},
			},
			connect: (plugin) => {
				device.plugin = plugin;
				// What the device missed while it was closed arrives a moment after it opens.
				window.setTimeout(() => {
					for (const [key, copy] of this.newest) if (copy.from !== device) this.deliver(device, key, copy.value);
				}, this.delayMs);
			},
		};
		this.devices.push(device);
		return device;
	}

	private upload(from: SyncedDevice, key: string, value: string): void {
		this.newest.set(key, { value, from });
		window.setTimeout(() => {
			// A newer write, from anywhere, has replaced this one meanwhile.
			if (this.newest.get(key)?.value !== value) return;
			for (const device of this.devices) if (device !== from) this.deliver(device, key, value);
		}, this.delayMs);
	}

	/** Writes the copy into an open device's file, as sync does on disk, and tells its plugin if the file changed. */
	private deliver(device: SyncedDevice & { plugin: Plugin | null }, key: string, value: string): void {
		const plugin = device.plugin;
		if (!plugin?.isLoaded || device.storage.entries.get(key) === value) return;
		device.storage.entries.set(key, value);
		if (key === `plugin:${plugin.manifest.id}`) void plugin.onExternalSettingsChange?.();
	}
}
