// A DOM for scripts that load the plugin in the test double under plain Node.
import { Window } from "happy-dom";

export function installDom(): Window {
	const win = new Window({ url: "http://127.0.0.1/" });
	copyGlobals(win);
	return win;
}

/** Copies the window's globals that Node lacks; call again after the double adds its helpers. */
export function copyGlobals(win: Window): void {
	const target = globalThis as unknown as Record<string, unknown>;
	const source = win as unknown as Record<string, unknown>;
	target.window = win;
	for (const key of Object.getOwnPropertyNames(win)) {
		if (key in target || key.startsWith("_")) continue;
		try {
			target[key] = source[key];
		} catch {
			// Some getters only work on the window itself; Node does not need them.
		}
	}
}
