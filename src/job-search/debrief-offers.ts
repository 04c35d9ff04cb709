import { Notice, type App, type Component } from "obsidian";
import { revealLine } from "../platform/open-note";
import type { ActiveNote } from "../followed-note/active-note";
import { debriefDue, debriefOfferId, parseMeetingTime, RECENT_DAYS, type Round, type TimerState } from "../core";
import type { ProcessIndex } from "../interview-process/process-index";
import type { Settings } from "../settings/prep-settings";
import type { MeetingTimer } from "../timer/meeting-timer";

export interface DebriefOffersHost {
	now(): number;
	settings(): Settings;
	/** Whether the notice with this id was shown, here or on a synced device. */
	wasOffered(id: string): boolean;
	/** Remembers it was shown, in the synced data. */
	remember(id: string): Promise<void>;
	/** Shows the notice, whose button inserts the debrief into the note at `path`. */
	offer(message: string, path: string): void;
}

/** How often calls are checked for a debrief due: the setting is in hours. */
const CHECK_EVERY_MS = 60_000;

/**
 * Offers the debrief once after each call: when the meeting timer is reset after running, or the set number
 * of hours after `meeting:`, whichever comes first. Once means across synced devices too: the offer's id goes
 * into the synced data. A call with a debrief, or more than the recent window behind, is never offered.
 */
export class DebriefOffers {
	private interval: number | null = null;
	private owner: Component | null = null;

	constructor(
		private readonly host: DebriefOffersHost,
		private readonly processes: ProcessIndex,
		private readonly timer: MeetingTimer,
	) {}

	bind(owner: Component): void {
		this.owner = owner;
		owner.registerEvent(this.processes.onChange(() => this.check()));
		owner.registerEvent(this.timer.onReset((was) => this.timerReset(was)));
		owner.register(() => this.stop());
		this.check();
	}

	/** Offers every call whose hours have passed and that was not offered yet; checks again each minute only while one is still to come. */
	check(): void {
		const now = this.host.now();
		const hours = this.host.settings().debriefAfterHours;
		let waiting = false;
		for (const round of this.processes.allRounds()) {
			const at = parseMeetingTime(round.meeting ?? undefined);
			if (at === null || round.debriefed || this.host.wasOffered(debriefOfferId(round.path, at))) continue;
			if (debriefDue(at, now, hours, RECENT_DAYS)) this.offer(round, at);
			else if (now < at + hours * 3_600_000) waiting = true;
		}
		if (waiting && this.interval === null && this.owner) this.interval = this.owner.registerInterval(window.setInterval(() => this.check(), CHECK_EVERY_MS));
		if (!waiting) this.stop();
	}

	private stop(): void {
		if (this.interval !== null) window.clearInterval(this.interval);
		this.interval = null;
	}

	private timerReset(was: TimerState): void {
		const round = this.processes.allRounds().find((r) => r.path === was.notePath);
		if (!round || round.debriefed) return;
		// The same id as the offer the hours would make, so whichever comes first is the only one.
		this.offer(round, parseMeetingTime(round.meeting ?? undefined) ?? was.startedAt);
	}

	private offer(round: Round, at: number): void {
		const id = debriefOfferId(round.path, at);
		if (this.host.wasOffered(id)) return;
		void this.host.remember(id);
		const who = round.with ? ` with ${round.with}` : "";
		this.host.offer(`Your ${round.company} call${who} (${round.round}) is over. Note how it went while it is fresh.`, round.path);
	}
}

/** A notice that stays until dismissed, with a button that opens the note and inserts its debrief. */
export function debriefNotice(app: App, activeNote: ActiveNote, insertDebrief: () => Promise<void>): (message: string, path: string) => void {
	return (message, path) => {
		const notice = new Notice(message, 0);
		const button = notice.messageEl.createEl("button", { cls: "mod-cta interview-prep-notice-button", text: "Insert debrief" });
		button.addEventListener("click", () => {
			notice.hide();
			const file = app.vault.getFileByPath(path);
			if (!file) return;
			void (async () => {
				await revealLine(app, file, 1);
				await activeNote.refresh();
				if (activeNote.state?.file.path === path) await insertDebrief();
			})();
		});
	};
}
