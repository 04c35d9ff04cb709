import { setIcon } from "obsidian";
import { callIsDue, formatClock, formatTimeLeft, isReadableMeeting, timerFace, type TimerMode } from "../core";
import type { CallReminders } from "../job-search/call-reminders";
import { MEETING_FORMATS_HINT } from "./meeting-time-modal";
import type { MeetingTimer } from "./meeting-timer";
import { keepFocus } from "../ui/keep-focus";
import { partHeader } from "../ui/sidebar-elements";
import { cssClass } from "../ui/css-class";

export interface TimerPanelActions {
	start(): void;
	/** How a timer started now would run, shown while none runs. */
	plan(): { mode: TimerMode; targetMs: number } | null;
	goToTimerNote(): Promise<void>;
	/** The picker for the call's time. */
	askForMeetingTime(): void;
}

/**
 * The meeting timer in the sidebar. It builds its controls once per state
 * change and only rewrites text on ticks.
 */
export class TimerPanel {
	private readonly displayEl: HTMLElement;
	private readonly detailEl: HTMLElement;
	private readonly progressEl: HTMLProgressElement;
	private readonly noteEl: HTMLElement;
	private readonly controlsEl: HTMLElement;
	private shownNotePath: string | null = null;
	private readonly callEl: HTMLElement;

	constructor(
		readonly el: HTMLElement,
		private readonly timer: MeetingTimer,
		private readonly call: CallReminders,
		private readonly actions: TimerPanelActions,
	) {
		el.addClass(cssClass("timer"));
		partHeader(el, "Meeting timer");
		this.callEl = el.createDiv({ cls: cssClass("call") });
		this.noteEl = el.createDiv({ cls: cssClass("timer-note") });
		const clock = el.createDiv({ cls: cssClass("timer-clock") });
		this.displayEl = clock.createDiv({ cls: cssClass("timer-display"), attr: { role: "timer", "aria-live": "off" } });
		this.detailEl = clock.createDiv({ cls: cssClass("timer-detail") });
		this.progressEl = el.createEl("progress", { cls: cssClass("timer-progress"), attr: { "aria-label": "Meeting time used" } });
		this.controlsEl = el.createDiv({ cls: cssClass("timer-controls") });
	}

	/** The note the sidebar shows, so the panel can offer a way back to the timer's own note. */
	setShownNote(path: string | null): void {
		this.shownNotePath = path;
		this.rebuild();
		this.drawCall();
	}

	rebuild(): void {
		// Start turns into Pause in the same place: focus stays on it.
		keepFocus(this.el, () => this.build());
	}

	private build(): void {
		const state = this.timer.state;
		const reading = this.timer.reading();
		this.noteEl.empty();
		this.controlsEl.empty();
		if (state && state.notePath !== this.shownNotePath) {
			this.noteEl.appendText(`For ${state.noteTitle}. `);
			const back = this.noteEl.createEl("button", { cls: cssClass("link"), text: "Go to its note" });
			back.addEventListener("click", () => void this.actions.goToTimerNote());
		}
		if (!state || !reading) {
			this.button("play", "Start", () => this.actions.start());
		} else {
			this.button(reading.running ? "pause" : "play", reading.running ? "Pause" : "Resume", () => this.timer.togglePause());
			this.button("rotate-ccw", "Reset", () => this.timer.reset());
		}
		this.draw();
	}

	/** The countdown to the note's `meeting:` time, and the offer to start the timer once it is due. */
	drawCall(): void {
		this.callEl.empty();
		this.callEl.removeClass("is-due");
		const at = this.call.meetingAt();
		const written = this.call.meetingText();
		if (at === null && written !== null && !isReadableMeeting(written)) {
			// A call the sidebar cannot count down to would vanish from Upcoming without a word.
			this.callEl.createSpan({ text: `The meeting time "${written}" cannot be read. ${MEETING_FORMATS_HINT} ` });
			this.callEl.createEl("button", { text: "Set meeting time" }).addEventListener("click", () => this.actions.askForMeetingTime());
			return;
		}
		if (at === null) return;
		const left = at - this.call.now();
		const timing = this.timer.state?.notePath === this.shownNotePath;
		if (left > 0) {
			this.callEl.setText(`Call in ${formatTimeLeft(left)}`);
		} else if (!timing && callIsDue(at, this.call.now())) {
			this.callEl.addClass("is-due");
			this.callEl.createSpan({ text: "It is time for the call. " });
			const start = this.callEl.createEl("button", { cls: "mod-cta", text: "Start the meeting timer" });
			start.addEventListener("click", () => this.actions.start());
		}
		this.callEl.toggleClass("is-due", left <= 0 && !timing);
	}

	/** Rewrites the numbers only: cheap enough for every tick. */
	draw(): void {
		const state = this.timer.state;
		const reading = this.timer.reading();
		this.el.toggleClass("is-idle", !state);
		if (!state || !reading) {
			const plan = this.actions.plan();
			const countdown = plan?.mode === "countdown";
			this.displayEl.setText(countdown ? formatClock(plan.targetMs) : "00:00");
			this.detailEl.setText(countdown ? "Ready to start" : "Not running");
			this.progressEl.addClass(cssClass("hidden"));
			this.el.removeClass("is-overrun");
			return;
		}
		const countdown = state.mode === "countdown";
		const face = timerFace(state.mode, state.targetMs, reading.elapsedMs);
		this.displayEl.setText(face.main);
		this.detailEl.setText(reading.running ? face.detail : `${face.detail}, paused`);
		this.el.toggleClass("is-overrun", face.over);
		this.el.toggleClass("is-paused", !reading.running);
		this.progressEl.toggleClass(cssClass("hidden"), !countdown);
		this.progressEl.max = Math.max(1, state.targetMs);
		this.progressEl.value = Math.min(reading.elapsedMs, state.targetMs);
	}

	private button(icon: string, label: string, onClick: () => void): void {
		const button = this.controlsEl.createEl("button", { cls: cssClass("timer-button"), attr: { "aria-label": `${label} meeting timer` } });
		setIcon(button.createSpan(), icon);
		button.createSpan({ text: label });
		button.addEventListener("click", onClick);
	}
}
