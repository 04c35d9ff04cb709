import { Events, TFile, type App, type Component, type EventRef } from "obsidian";
import { dueNotices, formatClock, pauseTimer, readTimer, resumeTimer, startTimer, type TimerMode, type TimerReading, type TimerState } from "../core";
import type { Settings } from "../settings/prep-settings";

export interface TimerHost {
	/** The clock; tests inject their own. */
	now(): number;
	settings(): Settings;
	/** Saves the state it is handed with the plugin's data; called on every change, not on `restore`. */
	persist(state: TimerState | null): Promise<void>;
	notify(message: string): void;
}

/**
 * The one meeting timer, bound to a note. It holds timestamps only: ticks
 * redraw and check notices, and never add up time.
 */
export class MeetingTimer extends Events {
	private current: TimerState | null = null;
	/** The ticking interval, and the window it runs on: each window has its own timers. */
	private interval: { win: Window; id: number } | null = null;
	/** The documents of the app's windows, the main one and each popout, while they are open. */
	private readonly windows = new Set<Document>();

	constructor(private readonly host: TimerHost) {
		super();
	}

	get state(): TimerState | null {
		return this.current;
	}

	reading(): TimerReading | null {
		return this.current ? readTimer(this.current, this.host.now()) : null;
	}

	onChange(callback: () => void): EventRef {
		return this.on("change", callback);
	}

	onTick(callback: () => void): EventRef {
		return this.on("tick", callback);
	}

	/** Takes a saved state as it is, without saving it again. */
	restore(state: TimerState | null): void {
		this.current = state;
		this.changed(false);
	}

	start(notePath: string, noteTitle: string, targetMs: number, mode: TimerMode): void {
		this.set(startTimer(this.host.now(), notePath, noteTitle, mode, targetMs));
	}

	togglePause(): void {
		const s = this.current;
		if (!s) return;
		this.set(s.pausedAt === null ? pauseTimer(s, this.host.now()) : resumeTimer(s, this.host.now()));
	}

	reset(): void {
		const was = this.current;
		this.set(null);
		if (was) this.trigger("reset", was);
	}

	/** The timer was reset here, after it ran: the call is over. Not fired for a reset that sync brought. */
	onReset(callback: (was: TimerState) => void): EventRef {
		return this.on("reset", callback as (...data: unknown[]) => unknown);
	}

	/**
	 * Ticks once a second while running and while one of the app's windows
	 * shows; the owner releases the interval and the listeners. The status
	 * bar is in the main window, and the sidebar may be in any, a popout too:
	 * so every window's document is watched, and a window that shows again
	 * redraws at once, wherever the sidebar has moved meanwhile. The timer
	 * follows its note when the note is renamed or moved. A timer still
	 * running from before the app started says so once.
	 */
	bind(owner: Component, { workspace, vault }: Pick<App, "workspace" | "vault">): void {
		const reading = this.reading();
		if (this.current && reading?.running) this.host.notify(`Timer for ${this.current.noteTitle} still running: ${formatClock(reading.elapsedMs)}`);
		const watch = (doc: Document) => {
			if (this.windows.has(doc)) return;
			this.windows.add(doc);
			owner.registerDomEvent(doc, "visibilitychange", () => this.schedule());
		};
		watch(workspace.rootSplit.doc);
		// Popouts restored with the layout opened before the timer was bound.
		workspace.iterateAllLeaves((leaf) => watch(leaf.getContainer().doc));
		owner.registerEvent(
			workspace.on("window-open", (win) => {
				watch(win.doc);
				this.schedule();
			}),
		);
		owner.registerEvent(
			workspace.on("window-close", (win) => {
				this.windows.delete(win.doc);
				this.schedule();
			}),
		);
		owner.register(() => {
			this.stopTicking();
			this.windows.clear();
		});
		owner.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (file instanceof TFile) this.followRename(oldPath, file.path, file.basename);
			}),
		);
		owner.registerEvent(this.on("change", () => this.schedule()));
		this.schedule();
	}

	/** Redraws and shows due notices; safe to call at any time. */
	tick(): void {
		const s = this.current;
		if (!s) return;
		const settings = this.host.settings();
		const due = dueNotices(s, this.host.now(), { warnMinutes: settings.timerWarnMinutes, overrunMinutes: settings.timerOverrunMinutes });
		if (due.fired.length > 0) {
			for (const notice of due.notices) this.host.notify(notice.message);
			this.set({ ...s, fired: [...s.fired, ...due.fired] });
		}
		this.trigger("tick");
	}

	/**
	 * Ticks on the timers of a window that shows, the one it ticks on while
	 * that still shows: the browser slows down the timers of a hidden window,
	 * and those of a closed one stop. `bind`'s owner stops it on unload.
	 */
	private schedule(): void {
		const shown = [...this.windows].filter((doc) => !doc.hidden).map((doc) => doc.win);
		const running = this.current !== null && this.current.pausedAt === null;
		const win = running ? (shown.find((w) => w === this.interval?.win) ?? shown[0] ?? null) : null;
		if (win === (this.interval?.win ?? null)) return;
		this.stopTicking();
		if (!win) return;
		this.interval = { win, id: win.setInterval(() => this.tick(), 1000) };
		this.tick();
	}

	/** Keeps the timer on its note when the note is renamed or moved; a title that was the file name follows the new name. */
	private followRename(oldPath: string, newPath: string, newTitle: string): void {
		const s = this.current;
		if (s?.notePath !== oldPath) return;
		this.set({ ...s, notePath: newPath, noteTitle: s.noteTitle === basename(oldPath) ? newTitle : s.noteTitle });
	}

	private stopTicking(): void {
		if (this.interval !== null) this.interval.win.clearInterval(this.interval.id);
		this.interval = null;
	}

	private set(state: TimerState | null): void {
		this.current = state;
		this.changed(true);
	}

	private changed(save: boolean): void {
		if (save) void this.host.persist(this.current);
		this.trigger("change");
	}
}

function basename(path: string): string {
	return (path.split("/").pop() ?? path).replace(/\.md$/, "");
}
