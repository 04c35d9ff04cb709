import type { App } from "obsidian";

/** The app's settings modal; it is not in obsidian.d.ts, so it is checked before use. */
interface SettingsModal {
	open(): void;
	openTabById(id: string): unknown;
}

/** Opens the settings at this plugin's tab; false where the running app has no such modal, so the caller can say where to go. */
export function openPluginSettings(app: App, pluginId: string): boolean {
	const setting = (app as unknown as { setting?: Partial<SettingsModal> }).setting;
	if (typeof setting?.open !== "function" || typeof setting.openTabById !== "function") return false;
	setting.open();
	setting.openTabById(pluginId);
	return true;
}
