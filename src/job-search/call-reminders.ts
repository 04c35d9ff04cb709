import { Events, Notice, type App, type Component, type EventRef } from "obsidian";
import { CALL_WINDOW_MS, dueCallReminders, meetingOf, roundLabel, parseMeetingTime, readinessOf, storiesReady, writtenStories, type Round } from "../core";
import { noteName, type ActiveNote } from "../followed-note/active-note";
import type { ProcessIndex } from "../interview-process/process-index";
import { revealLine } from "../platform/open-note";
import type { Settings } from "../settings/prep-settings";
import { cssClass } from "../ui/css-class";

export interface CallRemindersHost {
	now(): number;
	settings(): Settings;
	/** Shows a reminder until `until` (the call's start, epoch ms); `path` is the call's note, which a click on the notice opens. */
	notify(message: string, path: string, until: number): void;
}

/** How often the calls ahead are checked; reminders are minutes apart. */
const CHECK_EVERY_MS = 15_000;

/** A call a reminder can be for: its note, its time, and how ready it is. */
interface TimedCall {
	path: string;
	at: number;
	who: string;
	prep: { done: number; total: number };
	storiesReady: number;
	storiesTotal: number;
}

/**
 * The countdown to the followed note's `meeting:` time, and reminders before every call the plugin knows
 * of, whichever note is open: the followed note's, read as it is typed, and every round in the process
 * index. It shows nothing while the app is closed, which the settings say for mobile.
 */
export class CallReminders extends Events {
	/** The reminders shown, by the call's note: two calls booked for the same minute each get theirs. */
	private readonly shown = new Map<string, string[]>();
	private interval: number | null = null;

	constructor(
		private readonly host: CallRemindersHost,
		private readonly activeNote: ActiveNote,
		private readonly processes: Pick<ProcessIndex, "allRounds" | "onChange">,
	) {
		super();
	}

	/** The followed note's meeting time, in epoch ms, or null: the sidebar's countdown. */
	meetingAt(): number | null {
		return parseMeetingTime(this.meetingText() ?? undefined);
	}

	/** The followed note's meeting as written, in `meeting:` or a `Time:` line, or null; the sidebar says when it cannot be read. */
	meetingText(): string | null {
		const state = this.activeNote.state;
		return state ? meetingOf(state.frontmatter, state.note.fields) : null;
	}

	now(): number {
		return this.host.now();
	}

	onChange(callback: () => void): EventRef {
		return this.on("change", callback);
	}

	bind(owner: Component): void {
		owner.registerEvent(this.activeNote.onChange(() => this.schedule(owner)));
		owner.registerEvent(this.processes.onChange(() => this.schedule(owner)));
		owner.register(() => this.stop());
		this.schedule(owner);
	}

	check(): void {
		const settings = this.host.settings();
		const now = this.host.now();
		for (const call of this.calls()) {
			const before = this.shown.get(call.path) ?? [];
			const { due, shown } = dueCallReminders(call.at, now, settings.callReminderMinutes, before);
			if (shown.length > 0) this.shown.set(call.path, [...before, ...shown]);
			if (due) this.host.notify(`Call with ${call.who} in ${due.minutes} min: prep ${call.prep.done}/${call.prep.total}, stories ready ${call.storiesReady}/${call.storiesTotal}`, call.path, call.at);
		}
		this.trigger("change");
	}

	/** Every call with a time: the followed note as typed, then the indexed rounds of other notes. */
	private calls(): TimedCall[] {
		const settings = this.host.settings();
		const calls: TimedCall[] = [];
		const state = this.activeNote.state;
		const followedAt = this.meetingAt();
		if (state && followedAt !== null) {
			const company = state.round?.company ?? state.frontmatter.company ?? "";
			calls.push({
				path: state.file.path,
				at: followedAt,
				who: callee(company, state.round?.round ?? noteName(state)),
				prep: state.note.prep,
				storiesReady: storiesReady(state.note.stories, settings.starWords),
				storiesTotal: writtenStories(state.note.stories).length,
			});
		}
		for (const round of this.processes.allRounds()) {
			const at = parseMeetingTime(round.meeting ?? undefined);
			if (at === null || round.path === state?.file.path) continue;
			calls.push({ path: round.path, at, who: callee(round.company, round.round), ...readinessOf(round, settings.starWords) });
		}
		return calls;
	}

	private schedule(owner: Component): void {
		const now = this.host.now();
		// Keep counting for an hour after a start, so the sidebar can offer the timer.
		const active = this.calls().some((call) => call.at + CALL_WINDOW_MS > now);
		if (active && this.interval === null) this.interval = owner.registerInterval(window.setInterval(() => this.check(), CHECK_EVERY_MS));
		if (!active) this.stop();
		this.check();
	}

	private stop(): void {
		if (this.interval !== null) window.clearInterval(this.interval);
		this.interval = null;
	}
}

/** Who the call is with, as a reminder names it: the company, and the round where it says more. */
function callee(company: string, round: Round["round"]): string {
	if (company.trim() === "") return round;
	const [name, of] = roundLabel(company, round);
	return of === undefined ? company : `${name} (${of})`;
}

/**
 * A reminder that stays until the call starts, as a call is worth it, and gives way to the call's next
 * reminder, so three calls ahead never pile up more than one notice each; a click on it opens the call's note.
 */
export function callNotice(app: App, now: () => number): (message: string, path: string, until: number) => void {
	const shown = new Map<string, Notice>();
	return (message, path, until) => {
		shown.get(path)?.hide();
		const notice = new Notice(message, Math.max(until - now(), 1_000));
		shown.set(path, notice);
		notice.messageEl.addClass(cssClass("notice-link"));
		notice.messageEl.addEventListener("click", () => {
			const file = app.vault.getFileByPath(path);
			if (file) void revealLine(app, file, 1);
		});
	};
}
