import type { App, Component } from "obsidian";

/** The longest wait for the metadata cache's `resolved`, which may have come before anyone listened. */
const RESOLVED_WAIT_MS = 10_000;

/**
 * Resolves at the metadata cache's next `resolved`, which the app fires once it has read every note after it
 * starts (and again after notes change), or after `RESOLVED_WAIT_MS`: no API tells whether the first one came
 * before the plugin listened. Never resolves once `owner` unloads.
 */
export function metadataResolved(app: App, owner: Component): Promise<void> {
	return new Promise((resolve) => {
		let done = false;
		const finish = (settle: boolean) => {
			if (done) return;
			done = true;
			app.metadataCache.offref(ref);
			window.clearTimeout(timeout);
			if (settle) resolve();
		};
		const ref = app.metadataCache.on("resolved", () => finish(true));
		const timeout = window.setTimeout(() => finish(true), RESOLVED_WAIT_MS);
		owner.register(() => finish(false));
	});
}
