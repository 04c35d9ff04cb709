import { Events, TFile, type App, type CachedMetadata, type Component, type EventRef } from "obsidian";
import { groupProcesses, identityKey, roundOf, type InterviewProcess, type Round } from "../core";
import { parseOptionsOf, PROCESS_KEYS, roundOptionsOf } from "../settings/prep-settings";
import type { SettingsSource } from "../settings/settings-owner";
import type { NoteParsing } from "./note-parsing";

/** Longest run of indexing before the UI gets a turn, in ms: a 6 KB note takes longer to parse, so in effect the UI gets a turn after each note. */
const SLICE_MS = 2;

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
export class ProcessIndex extends Events {
	private readonly rounds = new Map<string, { mtime: number; round: Round }>();
	private grouped: InterviewProcess[] | null = null;
	/** Bumped by each rebuild, so a slow build never writes over a newer one. */
	private generation = 0;
	private building: Promise<void> = Promise.resolve();

	constructor(
		private readonly app: App,
		private readonly settings: SettingsSource,
		private readonly parsing: NoteParsing,
		private readonly clock: IndexClock = {
			now: () => performance.now(),
			yieldToUI: () => new Promise((resolve) => window.setTimeout(resolve, 0)),
		},
	) {
		super();
	}

	onChange(callback: () => void): EventRef {
		return this.on("change", callback);
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
		owner.registerEvent(this.settings.onChange(({ keys }) => PROCESS_KEYS.some((key) => keys.has(key)) && void this.rebuild()));
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

	/** Reads every process note again, yielding to the UI between notes. */
	rebuild(): Promise<void> {
		const generation = ++this.generation;
		this.rounds.clear();
		this.building = (async () => {
			let since = this.clock.now();
			for (const file of this.app.vault.getMarkdownFiles()) {
				if (!this.namesCompany(this.app.metadataCache.getFileCache(file))) continue;
				if (this.clock.now() - since >= SLICE_MS) {
					await this.clock.yieldToUI();
					since = this.clock.now();
				}
				if (generation !== this.generation) return;
				await this.index(file, null, generation);
			}
			this.changed();
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
		const settings = this.settings.current;
		const note = await this.parsing.parse(text, parseOptionsOf(settings, file.basename));
		if (generation !== this.generation || !this.app.vault.getFileByPath(file.path)) return false;
		const round = roundOf(file.path, text, note, roundOptionsOf(settings));
		if (round) this.rounds.set(file.path, { mtime: file.stat.mtime, round });
		else return this.rounds.delete(file.path);
		return true;
	}

	private changed(): void {
		this.grouped = null;
		this.trigger("change");
	}
}
