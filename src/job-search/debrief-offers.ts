import type { Component } from "obsidian";
import { debriefDue, debriefOfferId, parseMeetingTime, RECENT_DAYS, type Round, type TimerState } from "../core";
import type { ProcessIndex } from "../interview-process/process-index";
import type { Settings } from "../settings/prep-settings";
import type { MeetingTimer } from "../timer/meeting-timer";
import type { DebriefCall } from "./debrief-notice";

/** A claim to show a notice: when, and by which device. */
export interface Claim {
	at: number;
	device: string;
}

export interface DebriefOffersHost {
	now(): number;
	settings(): Settings;
	/** This device's id, as its claims carry it. */
	readonly device: string;
	/** When the plugin first ran on this device: a call that came due before it is not offered here. */
	readonly firstRunAt: number;
	/** Resolves once the app has read the vault's metadata and the index is built: the first check waits for it. */
	indexed(): Promise<void>;
	/** Whether the notice with this id was shown, here or on a synced device. */
	wasOffered(id: string): boolean;
	/** The claim to show it that wins, of those this device knows; null when none was made. */
	claimOf(id: string): Claim | null;
	/** Claims it for this device, in the synced data, unless a device claimed it already. */
	claim(id: string): Promise<void>;
	/** Remembers it was shown, in the synced data. */
	remember(id: string): Promise<void>;
	/** Reads the data file again, merging what a sync wrote, whether or not the app told the plugin. */
	reread(): Promise<void>;
	/** Shows the calls in the one notice of debriefs, beside those it shows already. */
	offer(calls: DebriefCall[]): void;
}

/** How often calls are checked for a debrief due: the setting is in hours. */
const CHECK_EVERY_MS = 60_000;
/** After the vault is read and indexed at start-up, a little longer, so the first check sees the whole vault and a sync that came with the start. */
const FIRST_CHECK_GRACE_MS = 5_000;
/** How long a device holds its claim before it shows the notice: the time sync has to bring another device's earlier claim. */
export const CLAIM_HOLD_MS = 45_000;
/** How long a device waits for the device whose claim won to show the notice, before it takes it to be gone and shows it itself. */
export const CLAIM_STALE_MS = 10 * 60_000;

interface DueCall {
	id: string;
	round: Round;
}

/**
 * Offers the debrief once after each call: when the meeting timer is reset after running, or the set number
 * of hours after `meeting:`, whichever comes first. A call with a debrief, more than the recent window
 * behind, or that came due before the plugin first ran on this device, is never offered: a first run, an
 * update or a new device brings no pile of old offers. Several due at once share one notice.
 *
 * Once means across synced devices too, where sync lets it be: a device that finds a call due claims it in
 * the synced data and holds the claim for `CLAIM_HOLD_MS`; then, having read the data file again, it shows
 * the notice only if its claim is the earliest it knows of and no device showed it meanwhile. Two devices
 * open at the same time both claim; once sync has brought each the other's claim, both pick the same one.
 * A sync slower than the hold, or a device offline, can still show it on both.
 */
export class DebriefOffers {
	private interval: number | null = null;
	private owner: Component | null = null;
	/** The check running now, and whether another was asked for meanwhile: checks never overlap. */
	private running: Promise<void> | null = null;
	private again = false;

	constructor(
		private readonly host: DebriefOffersHost,
		private readonly processes: ProcessIndex,
		private readonly timer: MeetingTimer,
	) {}

	/** Offers from now on: at once after a reset of the meeting timer; by the hours once the vault is read, and then as the index changes. */
	bind(owner: Component): void {
		this.owner = owner;
		owner.register(() => this.stop());
		owner.registerEvent(this.timer.onReset((was) => void this.timerReset(was)));
		void (async () => {
			await this.host.indexed();
			await new Promise((resolve) => window.setTimeout(resolve, FIRST_CHECK_GRACE_MS));
			if (this.owner !== owner) return;
			owner.registerEvent(this.processes.onChange(() => void this.check()));
			await this.check();
		})();
	}

	/** Offers every call whose hours have passed, that no device showed and this device holds the claim to; checks again each minute while any is to come. */
	check(): Promise<void> {
		if (this.running) {
			this.again = true;
			return this.running;
		}
		this.running = (async () => {
			do {
				this.again = false;
				await this.checkOnce();
			} while (this.again && this.owner);
		})().finally(() => (this.running = null));
		return this.running;
	}

	private async checkOnce(): Promise<void> {
		const now = this.host.now();
		const hours = this.host.settings().debriefAfterHours;
		let waiting = false;
		const ready: DueCall[] = [];
		for (const round of this.processes.allRounds()) {
			const at = parseMeetingTime(round.meeting ?? undefined);
			if (at === null || round.debriefed) continue;
			const id = debriefOfferId(round.path, at);
			if (this.host.wasOffered(id)) continue;
			const dueAt = at + hours * 3_600_000;
			if (now < dueAt) waiting = true;
			if (!debriefDue(at, now, hours, RECENT_DAYS) || dueAt < this.host.firstRunAt) continue;
			await this.host.claim(id);
			if (this.mayShow(id, now)) ready.push({ id, round });
			else waiting = true;
		}
		if (ready.length > 0) {
			// What a sync wrote since, such as another device's earlier claim or its offer, counts before showing.
			await this.host.reread();
			await this.show(ready.filter(({ id }) => !this.host.wasOffered(id) && this.mayShow(id, this.host.now())));
		}
		if (waiting && this.interval === null && this.owner) this.interval = window.setInterval(() => void this.check(), CHECK_EVERY_MS);
		if (!waiting) this.stopChecking();
	}

	/** Whether this device shows the notice now: it holds the winning claim, held long enough, or the device that won has not shown it for long. */
	private mayShow(id: string, now: number): boolean {
		const claim = this.host.claimOf(id);
		if (!claim) return false;
		return claim.device === this.host.device ? now - claim.at >= CLAIM_HOLD_MS : now - claim.at >= CLAIM_STALE_MS;
	}

	private stop(): void {
		this.owner = null;
		this.stopChecking();
	}

	private stopChecking(): void {
		if (this.interval !== null) window.clearInterval(this.interval);
		this.interval = null;
	}

	/** The user reset the timer on this device, so is here: offered at once, with no claim to hold. */
	private async timerReset(was: TimerState): Promise<void> {
		const round = this.processes.allRounds().find((r) => r.path === was.notePath);
		if (!round || round.debriefed) return;
		// The same id as the offer the hours would make, so whichever comes first is the only one.
		const id = debriefOfferId(round.path, parseMeetingTime(round.meeting ?? undefined) ?? was.startedAt);
		if (!this.host.wasOffered(id)) await this.show([{ id, round }]);
	}

	private async show(calls: DueCall[]): Promise<void> {
		if (calls.length === 0) return;
		for (const { id } of calls) await this.host.remember(id);
		this.host.offer(calls.map(({ round }) => ({ path: round.path, label: `${round.company} call${round.with ? ` with ${round.with}` : ""} (${round.round})` })));
	}
}
