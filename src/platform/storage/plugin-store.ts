import { Notice, type Plugin } from "obsidian";
import type { TimerState } from "../../core";
import { emptyData, mergeClaims, readIncomingData, readStoredData, winningClaim, type OfferClaim, type StoredData } from "./plugin-data";
import type { Settings } from "../../settings/prep-settings";
import { isNewer } from "./change-stamp";

type Part = keyof StoredData["changes"];

/** Notice ids kept, newest last: enough for every call of a long job search. */
const OFFERED_KEPT = 200;

/** What a sync brought that is newer than this device's: each part present only when it is. */
export interface Merged {
	settings?: Settings;
	timer?: TimerState | null;
}

/**
 * The plugin's data file: settings and timer, each stamped with when and on
 * which device it last changed, so that sync merges newest-first. It keeps
 * the last saved or merged copy of each part, so it needs neither the
 * settings' owner nor the timer: they hand it their values to save, and take
 * what a merge returns.
 */
export class PluginStore {
	private data = emptyData();

	constructor(
		private readonly plugin: Plugin,
		/** This device's id, which its claims carry. */
		readonly device: string,
	) {}

	/**
	 * Reads settings and the saved timer at load, and a capture target an
	 * earlier version saved with the settings; corrupt data falls back to
	 * defaults with a notice and stays on disk.
	 */
	async load(): Promise<StoredData & { olderCaptureTarget: string | null }> {
		let raw: unknown;
		try {
			raw = await this.plugin.loadData();
		} catch {
			new Notice("Interview prep: the saved settings could not be read, so the defaults apply. The settings file stays as it is until you change a setting.");
			return { ...this.data, olderCaptureTarget: null };
		}
		const { rejected, olderCaptureTarget, ...data } = readStoredData(raw);
		this.data = data;
		if (rejected.length > 0) new Notice(`Interview prep: saved data that could not be read (${rejected.join(", ")}) is back to its defaults.`);
		return { ...data, olderCaptureTarget };
	}

	/** Saves one part after a local change, stamping it with the time and this device. */
	persist<P extends Part>(part: P, value: StoredData[P]): Promise<void> {
		this.data = { ...this.data, [part]: value, changes: { ...this.data.changes, [part]: { at: Date.now(), device: this.device } } };
		return this.write();
	}

	/** Whether a once-only notice was shown, on this device or, once synced, on another. */
	wasOffered(id: string): boolean {
		return this.data.offered.includes(id);
	}

	/** Remembers that a once-only notice was shown, so no device shows it again. */
	rememberOffered(id: string): Promise<void> {
		if (this.wasOffered(id)) return Promise.resolve();
		this.data = { ...this.data, offered: [...this.data.offered, id].slice(-OFFERED_KEPT) };
		return this.write();
	}

	/** The claim to show a once-only notice that wins, of those this device knows: its own, or one a sync brought. */
	claimOf(id: string): OfferClaim | null {
		return winningClaim(this.data.claims, id);
	}

	/** Claims a once-only notice for this device, now, unless a device claimed it already; saved, so sync takes it to the others. */
	claim(id: string): Promise<void> {
		if (this.claimOf(id)) return Promise.resolve();
		this.data = { ...this.data, claims: [...this.data.claims, { id, at: Date.now(), device: this.device }].slice(-OFFERED_KEPT) };
		return this.write();
	}

	/**
	 * Another device rewrote the data file. Each part takes the newest change:
	 * an older incoming part is rejected and the local one saved again, and
	 * unreadable data is ignored. Returns the parts that came in newer.
	 */
	async mergeExternal(): Promise<Merged> {
		let raw: unknown;
		try {
			raw = await this.plugin.loadData();
		} catch {
			raw = undefined;
		}
		const incoming = readIncomingData(raw);
		if (!incoming) {
			console.warn("Interview prep: ignored synced data that could not be read; keeping the last good state.");
			return {};
		}
		const local = this.data.changes;
		const takeSettings = isNewer(incoming.changes.settings, local.settings);
		const takeTimer = isNewer(incoming.changes.timer, local.timer);
		// Notices shown on either device stay shown: a union, so neither loses what the other showed.
		const onlyHere = this.data.offered.filter((id) => !incoming.offered.includes(id));
		// Claims too, each id keeping its winning claim; a claim the incoming copy lacks goes back out.
		const claims = mergeClaims(incoming.claims, this.data.claims).slice(-OFFERED_KEPT);
		const claimsHere = claims.some((claim) => !incoming.claims.some((c) => c.id === claim.id && c.at === claim.at && c.device === claim.device));
		const keepLocal =
			(!takeSettings && isNewer(local.settings, incoming.changes.settings)) ||
			(!takeTimer && isNewer(local.timer, incoming.changes.timer)) ||
			onlyHere.length > 0 ||
			claimsHere;
		this.data = {
			settings: takeSettings ? incoming.settings : this.data.settings,
			timer: takeTimer ? incoming.timer : this.data.timer,
			offered: [...incoming.offered, ...onlyHere].slice(-OFFERED_KEPT),
			claims,
			changes: { settings: takeSettings ? incoming.changes.settings : local.settings, timer: takeTimer ? incoming.changes.timer : local.timer },
		};
		if (keepLocal) await this.write();
		return { ...(takeSettings && { settings: incoming.settings }), ...(takeTimer && { timer: incoming.timer }) };
	}

	private write(): Promise<void> {
		const { settings, timer, offered, claims, changes } = this.data;
		return this.plugin.saveData({ settings, timer, offered, claims, changes } satisfies StoredData);
	}
}
