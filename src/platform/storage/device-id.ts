import type { App } from "obsidian";

const KEY = "interview-prep-device";

/** This install's id: kept in the app's local storage, which sync does not copy to other devices. */
export function deviceId(app: App): string {
	const saved: unknown = app.loadLocalStorage(KEY);
	if (typeof saved === "string" && saved !== "") return saved;
	const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
	app.saveLocalStorage(KEY, id);
	return id;
}
