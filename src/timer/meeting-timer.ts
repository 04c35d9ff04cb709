import { Events, type Component, type EventRef } from "obsidian";
import { dueNotices, formatClock, pauseTimer, readTimer, resumeTimer, startTimer, type TimerMode, type TimerReading, type TimerState } from "../core";
import { readMinutes, type PrepSettings } from "../settings/prep-settings";

export interface TimerHost {
	/** The clock; tests inject their own. */
	now(): number;
	settings(): PrepSettings;
	/** Saves the state with the plugin's data, on every change. */
	persist(state: TimerState | null): Promise<void>;
	notify(message: string): void;
}

/**
 * The one meeting timer, bound to a note. It holds timestamps only: ticks
 * redraw and check notices, and never add up time.
 */
export class MeetingTimer extends Events {
	private current: TimerState | null = null;
	private interval: number | null = null;

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
		this.set(null);
	}

	/** Keeps the timer on its note when the note is renamed or moved. */
	followRename(oldPath: string, newPath: string, newTitle: string): void {
		const s = this.current;
		if (s?.notePath !== oldPath) return;
		this.set({ ...s, notePath: newPath, noteTitle: s.noteTitle === basename(oldPath) ? newTitle : s.noteTitle });
	}

	/**
	 * Ticks once a second while running and visible; the owner releases the
	 * interval. A timer still running from before the app started says so once.
	 */
	bind(owner: Component): void {
		const reading = this.reading();
		if (this.current && reading?.running) this.host.notify(`Timer for ${this.current.noteTitle} still running: ${formatClock(reading.elapsedMs)}`);
		owner.registerDomEvent(activeDocument, "visibilitychange", () => this.schedule(owner));
		owner.register(() => this.stopTicking());
		owner.registerEvent(this.on("change", () => this.schedule(owner)));
		this.schedule(owner);
	}

	/** Redraws and shows due notices; safe to call at any time. */
	tick(): void {
		const s = this.current;
		if (!s) return;
		const settings = this.host.settings();
		const due = dueNotices(s, this.host.now(), {
			warnMinutes: readMinutes(settings.timerWarnMinutes) ?? [],
			overrunMinutes: readMinutes(settings.timerOverrunMinutes) ?? [],
		});
		if (due.fired.length > 0) {
			for (const notice of due.notices) this.host.notify(notice.message);
			this.set({ ...s, fired: [...s.fired, ...due.fired] });
		}
		this.trigger("tick");
	}

	private schedule(owner: Component): void {
		const shouldTick = this.current !== null && this.current.pausedAt === null && !activeDocument.hidden;
		if (shouldTick && this.interval === null) {
			this.interval = owner.registerInterval(window.setInterval(() => this.tick(), 1000));
			this.tick();
		} else if (!shouldTick) {
			this.stopTicking();
		}
	}

	private stopTicking(): void {
		if (this.interval !== null) window.clearInterval(this.interval);
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
