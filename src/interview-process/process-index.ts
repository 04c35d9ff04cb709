import { debounce, Events, TFile, type App, type CachedMetadata, type Component, type EventRef } from "obsidian";
import { groupProcesses, identityKey, sameContent, type InterviewProcess, type Round } from "../core";
import { parseOptionsOf, PROCESS_KEYS, roundOptionsOf } from "../settings/prep-settings";
import type { SettingsSource } from "../settings/settings-owner";
import type { NoteParsing } from "./note-parsing";
import type { NoteToRead } from "../parsing/parse-service";
import { yieldToUI } from "../platform/yield-to-ui";

/** How long changes are gathered into one notice to the listeners, after one was told: the views redraw once for a burst. */
export const NOTIFY_MS = 250;

/** The pause in typing into a heading or key setting after which the index reads the notes again. */
export const SETTINGS_PAUSE_MS = 400;

/** Longest run of taking in rounds before the UI gets a turn, in ms: the parsing itself is the worker's. */
const SLICE_MS = 8;

/**
 * Notes sent to the parser in one message, up to this much text: one answer for many notes, and a batch
 * short enough (about 60 ms of parsing on a laptop) that a parse of the note being typed in waits little behind it.
 */
const BATCH_CHARS = 60_000;

export interface IndexClock {
	now(): number;
	/** Gives the UI thread a turn. */
	yieldToUI(): Promise<void>;
}

/**
 * Every prep note that names a company, as a round of that company's process. It finds them through the
 * metadata cache's frontmatter and never reads a note without the company key; it reads and parses a
 * process note only when its modification time changed. It starts when `start` is called (in
 * onLayoutReady), and follows the metadata cache's `changed`, and the vault's `rename` and `delete`,
 * since a rename fires no `changed`.
 */
/** How far the index has read: `of` is null before it knows how many notes there are. */
export interface IndexReading {
	read: number;
	of: number | null;
}

export class ProcessIndex extends Events {
	private readonly rounds = new Map<string, { mtime: number; round: Round }>();
	/** Null once every process note has been read; before `start`, nothing is read yet. */
	private progress: IndexReading | null = { read: 0, of: null };
	private grouped: InterviewProcess[] | null = null;
	/** Bumped by each rebuild, so a slow build never writes over a newer one. */
	private generation = 0;
	private building: Promise<void> = Promise.resolve();
	/** Runs while changes are gathered into one notice to the listeners; `heardSince` when one came meanwhile. */
	private quiet: number | null = null;
	private heardSince = false;
	/** Whether the company key changed since the last build, so the next one starts from nothing. */
	private companyKeyChanged = false;

	constructor(
		private readonly app: App,
		private readonly settings: SettingsSource,
		private readonly parsing: NoteParsing,
		private readonly clock: IndexClock = {
			now: () => performance.now(),
			yieldToUI,
		},
	) {
		super();
	}

	onChange(callback: () => void): EventRef {
		return this.on("change", callback);
	}

	/**
	 * For a view's redraw after a change: each in a turn of the UI thread of its own, so a change that three
	 * views redraw for is three tasks, each within a frame, rather than one long one.
	 */
	onChangeInTurn(callback: () => void): EventRef {
		return this.on("change", () => void this.clock.yieldToUI().then(callback));
	}

	/** Tells how far a build has read, at its start, after each note and at its end (then `reading` is null). */
	onProgress(callback: () => void): EventRef {
		return this.on("progress", callback);
	}

	/** How far the build under way has read; null when the index is complete. */
	get reading(): IndexReading | null {
		return this.progress;
	}

	/** Resolves when the build started last has finished. */
	get ready(): Promise<void> {
		return this.building;
	}

	start(owner: Component): Promise<void> {
		const { metadataCache, vault } = this.app;
		owner.registerEvent(metadataCache.on("changed", (file, data, cache) => void this.noteChanged(file, data, cache)));
		owner.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (!(file instanceof TFile) || !this.rounds.has(oldPath)) return;
				this.rounds.delete(oldPath);
				this.changed();
				// The path names the round and dates it, so the note is read again under its new name.
				void this.refresh(file);
			}),
		);
		owner.registerEvent(vault.on("delete", (file) => this.rounds.delete(file.path) && this.changed()));
		// Each keystroke in a heading or key setting is a change: the index reads again once the typing pauses.
		const settingsTyped = debounce(() => void this.rebuild({ keep: !this.companyKeyChanged }), SETTINGS_PAUSE_MS, true);
		owner.registerEvent(
			this.settings.onChange(({ keys }) => {
				if (!PROCESS_KEYS.some((key) => keys.has(key))) return;
				if (keys.has("companyKey")) this.companyKeyChanged = true;
				settingsTyped();
			}),
		);
		owner.register(() => {
			settingsTyped.cancel();
			this.stopNotifying();
		});
		return this.rebuild();
	}

	/** The process of a company, its name matched as questions are; null when no note names it. */
	processOf(company: string): InterviewProcess | null {
		const key = identityKey(company);
		return this.processes().find((process) => identityKey(process.company) === key) ?? null;
	}

	/** Every indexed round, of every company. */
	allRounds(): Round[] {
		return this.processes().flatMap((process) => process.rounds);
	}

	processes(): InterviewProcess[] {
		this.grouped ??= groupProcesses([...this.rounds.values()].map((entry) => entry.round));
		return this.grouped;
	}

	/**
	 * Reads every process note again, in batches, yielding to the UI as it takes them in. `keep` keeps the rounds read so far,
	 * shown until each note is read again, for when only the headings the notes are read with changed: which
	 * notes are rounds depends on the company key alone.
	 */
	rebuild(options: { keep?: boolean } = {}): Promise<void> {
		const generation = ++this.generation;
		const keep = options.keep === true;
		this.companyKeyChanged = false;
		if (!keep) this.rounds.clear();
		const members = this.app.vault.getMarkdownFiles().filter((file) => this.namesCompany(this.app.metadataCache.getFileCache(file)));
		this.report({ read: 0, of: members.length });
		this.building = (async () => {
			let changed = !keep;
			let read = 0;
			while (read < members.length) {
				// The next batch, read from the vault, then parsed and read as rounds in one message.
				const batch: { file: TFile; text: string }[] = [];
				let chars = 0;
				for (const file of members.slice(read)) {
					const text = await this.app.vault.cachedRead(file);
					batch.push({ file, text });
					chars += text.length;
					if (chars >= BATCH_CHARS) break;
				}
				if (generation !== this.generation) return;
				const rounds = await this.parsing.rounds(batch.map(({ file, text }) => this.toRead(file, text)));
				// Taken in slices, each note told as read, so the views' count moves and the UI keeps its frames.
				let since = this.clock.now();
				for (const [i, { file }] of batch.entries()) {
					if (this.clock.now() - since >= SLICE_MS) {
						await this.clock.yieldToUI();
						since = this.clock.now();
					}
					if (generation !== this.generation) return;
					if (this.app.vault.getFileByPath(file.path) && this.take(file, rounds[i] ?? null)) changed = true;
					this.report({ read: ++read, of: members.length });
				}
			}
			this.progress = null;
			if (changed) this.changed();
			this.trigger("progress");
		})();
		return this.building;
	}

	/**
	 * Whether a note may be a round, from the metadata cache alone: its properties name a company, or it has a
	 * frontmatter block whose YAML Obsidian could not read, which leaves it no properties at all. The plugin's
	 * own frontmatter reader then decides, from the text, as it does for the note in the editor.
	 */
	private namesCompany(cache: CachedMetadata | null): boolean {
		if (!cache) return false;
		const value: unknown = cache.frontmatter?.[this.settings.current.companyKey];
		const first: unknown = Array.isArray(value) ? value[0] : value;
		if ((typeof first === "string" && first.trim() !== "") || typeof first === "number") return true;
		return cache.frontmatter === undefined && (cache.frontmatterPosition !== undefined || cache.sections?.[0]?.type === "yaml");
	}

	private async noteChanged(file: TFile, data: string, cache: CachedMetadata): Promise<void> {
		if (this.namesCompany(cache)) {
			if (await this.index(file, data, this.generation)) this.changed();
		} else if (this.rounds.delete(file.path)) this.changed();
	}

	private async refresh(file: TFile): Promise<void> {
		if (this.namesCompany(this.app.metadataCache.getFileCache(file)) && (await this.index(file, null, this.generation))) this.changed();
	}

	/** Parses a process note unless its modification time is the one indexed; whether the index changed. */
	private async index(file: TFile, data: string | null, generation: number): Promise<boolean> {
		const known = this.rounds.get(file.path);
		if (known && known.mtime === file.stat.mtime && data === null) return false;
		const text = data ?? (await this.app.vault.cachedRead(file));
		const [round] = await this.parsing.rounds([this.toRead(file, text)]);
		if (generation !== this.generation || !this.app.vault.getFileByPath(file.path)) return false;
		return this.take(file, round ?? null);
	}

	/** A note as the parser reads it into a round, with the settings as they are now. */
	private toRead(file: TFile, text: string): NoteToRead {
		const settings = this.settings.current;
		return { text, options: parseOptionsOf(settings, file.basename), round: { path: file.path, options: roundOptionsOf(settings) } };
	}

	/** Keeps a note's round, or forgets a note that is no round now; whether the index changed. */
	private take(file: TFile, round: Round | null): boolean {
		const known = this.rounds.get(file.path);
		if (!round) return this.rounds.delete(file.path);
		// An autosave of text the round does not read, such as notes taken during the call, changes nothing here.
		const unchanged = known !== undefined && sameContent(known.round, round);
		this.rounds.set(file.path, { mtime: file.stat.mtime, round: unchanged ? known.round : round });
		return !unchanged;
	}

	private report(progress: IndexReading): void {
		this.progress = progress;
		this.trigger("progress");
	}

	/**
	 * The rounds changed: the grouping is worked out again when next asked, and listeners hear at once, unless
	 * they heard less than `NOTIFY_MS` ago; then they hear once at the end of that time, however many notes
	 * changed meanwhile, as when sync or a new device brings hundreds. One edit is told at once.
	 */
	private changed(): void {
		this.grouped = null;
		if (this.quiet !== null) {
			this.heardSince = true;
			return;
		}
		this.trigger("change");
		this.quiet = window.setTimeout(() => {
			this.quiet = null;
			if (!this.heardSince) return;
			this.heardSince = false;
			this.changed();
		}, NOTIFY_MS);
	}

	private stopNotifying(): void {
		if (this.quiet !== null) window.clearTimeout(this.quiet);
		this.quiet = null;
		this.heardSince = false;
	}
}
