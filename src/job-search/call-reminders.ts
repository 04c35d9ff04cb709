import { Events, type Component, type EventRef } from "obsidian";
import { CALL_WINDOW_MS, dueCallReminders, parseMeetingTime, storiesReady } from "../core";
import { noteName, type ActiveNote } from "../followed-note/active-note";
import type { Settings } from "../settings/prep-settings";

export interface CallRemindersHost {
	now(): number;
	settings(): Settings;
	notify(message: string): void;
}

/** How often the countdown to the call is checked; reminders are minutes apart. */
const CHECK_EVERY_MS = 15_000;

/**
 * The countdown to the followed note's `meeting:` time, with reminders before
 * it. It only runs while that note has a meeting time; it shows nothing while
 * the app is closed, which the settings say for mobile.
 */
export class CallReminders extends Events {
	private shown: string[] = [];
	private interval: number | null = null;

	constructor(
		private readonly host: CallRemindersHost,
		private readonly activeNote: ActiveNote,
	) {
		super();
	}

	/** The followed note's meeting time, in epoch ms, or null. */
	meetingAt(): number | null {
		return parseMeetingTime(this.activeNote.state?.frontmatter.meeting);
	}

	now(): number {
		return this.host.now();
	}

	onChange(callback: () => void): EventRef {
		return this.on("change", callback);
	}

	bind(owner: Component): void {
		owner.registerEvent(this.activeNote.onChange(() => this.schedule(owner)));
		owner.register(() => this.stop());
		this.schedule(owner);
	}

	check(): void {
		const state = this.activeNote.state;
		const at = this.meetingAt();
		if (state && at !== null) {
			const settings = this.host.settings();
			const { due, shown } = dueCallReminders(at, this.host.now(), settings.callReminderMinutes, this.shown);
			this.shown.push(...shown);
			if (due) {
				const { note } = state;
				const ready = storiesReady(note.stories, settings.starWords);
				this.host.notify(
					`Call with ${state.frontmatter.company || noteName(state)} in ${due.minutes} min: prep ${note.prep.done}/${note.prep.total}, stories ready ${ready}/${note.stories.length}`,
				);
			}
		}
		this.trigger("change");
	}

	private schedule(owner: Component): void {
		const at = this.meetingAt();
		// Keep counting for an hour after the start, so the sidebar can offer the timer.
		const active = at !== null && at + CALL_WINDOW_MS > this.host.now();
		if (active && this.interval === null) this.interval = owner.registerInterval(window.setInterval(() => this.check(), CHECK_EVERY_MS));
		if (!active) this.stop();
		this.check();
	}

	private stop(): void {
		if (this.interval !== null) window.clearInterval(this.interval);
		this.interval = null;
	}
}
