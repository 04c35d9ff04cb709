// The process index on a generated vault: 2,000 notes, 300 of them prep notes of about 6 KB across 60 companies.
// Run by `npm run bench` after the DOM is installed, since it loads the plugin's glue in the test double.
import { performance } from "node:perf_hooks";
import { PrepNoteParser, processView, roundOf, type Round } from "../src/core";
import { App, TFile } from "../tests/obsidian";
import { ProcessIndex, type IndexClock } from "../src/interview-process/process-index";
import type { NoteParsing } from "../src/interview-process/note-parsing";
import { SettingsOwner } from "../src/settings/settings-owner";
import { DEFAULT_SETTINGS, parseOptionsOf } from "../src/settings/prep-settings";
import { generatePrepNote } from "./generate-note";
import { median } from "./median";

/**
 * The core's parser behind the index's async interface, as Node has no worker: as the plugin's parser in-thread
 * does, it gives the UI a turn between the notes of a batch.
 */
function parseOnThisThread(clock: IndexClock): NoteParsing {
	return {
		rounds: async (notes) => {
			const rounds: (Round | null)[] = [];
			for (const { text, options, round } of notes) {
				if (rounds.length > 0) await clock.yieldToUI();
				rounds.push(roundOf(round.path, text, new PrepNoteParser().parse(text, options), round.options));
			}
			return rounds;
		},
	};
}

const NOTES = 2_000;
const PREP_NOTES = 300;
const COMPANIES = 60;

export interface ProcessIndexFigures {
	parse_300_ms: number;
	index_busy_ms: number;
	index_wall_ms: number;
	index_over_parse: number;
	/** The median, over the builds, of each build's longest slice; and the longest of all. */
	longest_slice_ms: number;
	longest_slice_worst_ms: number;
	/** 95 in 100 slices, over all builds, were at most this long. */
	slice_p95_ms: number;
	reads_of_process_notes: number;
	reads_of_other_notes: number;
	reparse_one_ms: number;
	update_after_edit_ms: number;
	/** The index's work while a heading name is typed into the settings, keys 100 ms apart, over the keys typed. */
	settings_keystroke_reindex_ms: number;
	/** The one reading of the notes after the typing stops, which the new heading name needs. */
	settings_reindex_after_typing_ms: number;
}

const prepNote = (i: number) => generatePrepNote(i, COMPANIES);

function otherNote(i: number): string {
	return i % 3 === 0 ? `---\ntags: journal\n---\n# Day ${i}\n\nWalked, read, wrote ${i} words.\n` : `# Note ${i}\n\n- an idea\n- another one\n`;
}

async function vaultWithNotes(notes = NOTES, prepNotes = PREP_NOTES): Promise<{ app: App; prepPaths: Set<string> }> {
	const app = new App();
	await app.vault.createFolder("Prep");
	await app.vault.createFolder("Notes");
	const prepPaths = new Set<string>();
	for (let i = 0; i < notes; i++) {
		// 3 in every 20 notes: 300 of 2,000.
		const prep = i % 20 < (20 * prepNotes) / notes;
		const path = prep ? `Prep/2026-03-01 prep ${i}.md` : `Notes/note ${i}.md`;
		await app.vault.create(path, prep ? prepNote(i) : otherNote(i));
		if (prep) prepPaths.add(path);
	}
	// The app has indexed every note's metadata by the time the layout is ready.
	await new Promise((resolve) => setTimeout(resolve, 0));
	return { app, prepPaths };
}

/** The index's busy time for one build over a vault of `prepNotes` prep notes and as many others, the UI's turns left out. */
async function buildBusy(prepNotes: number): Promise<number> {
	const { app } = await vaultWithNotes(prepNotes * 2, prepNotes);
	const settings = new SettingsOwner(DEFAULT_SETTINGS, () => Promise.resolve());
	let busy = 0;
	let since = performance.now();
	const clock: IndexClock = {
		now: () => performance.now(),
		yieldToUI: () => {
			busy += performance.now() - since;
			return new Promise<void>((resolve) =>
				setTimeout(() => {
					since = performance.now();
					resolve();
				}, 0),
			);
		},
	};
	const index = new ProcessIndex(app as never, settings, parseOnThisThread(clock), clock);
	since = performance.now();
	await index.rebuild();
	busy += performance.now() - since;
	if (index.allRounds().length !== prepNotes) throw new Error(`the index read ${index.allRounds().length} of ${prepNotes} prep notes`);
	return busy;
}

/**
 * Growth: the index over 300 and over 3,000 prep notes; linear growth is a ratio of about 10. Each is the median of
 * three builds: one build of 3,000 notes ranged from 16.9 s to 23.5 s on the same machine, enough to decide alone.
 */
export async function indexGrowth(): Promise<{ index_300_ms: number; index_3000_ms: number; ratio: number }> {
	const small = median([await buildBusy(300), await buildBusy(300), await buildBusy(300)]);
	const large = median([await buildBusy(3_000), await buildBusy(3_000), await buildBusy(3_000)]);
	return { index_300_ms: Number(small.toFixed(1)), index_3000_ms: Number(large.toFixed(1)), ratio: Number((large / small).toFixed(2)) };
}

export async function processIndexBench(): Promise<ProcessIndexFigures> {
	const { app, prepPaths } = await vaultWithNotes();
	const settings = new SettingsOwner(DEFAULT_SETTINGS, () => Promise.resolve());
	const texts = [...prepPaths].map((path) => ({ path, text: app.vault.peek(path) ?? "" }));

	// The baseline: the plugin's parser on those 300 notes alone, one parser as the index uses.
	const parseSamples: number[] = [];
	for (let s = 0; s < 5; s++) {
		const parser = new PrepNoteParser();
		const start = performance.now();
		for (const { path, text } of texts) parser.parse(text, parseOptionsOf(settings.current, path));
		parseSamples.push(performance.now() - start);
	}
	const parse300 = median(parseSamples);

	let reads = { process: 0, other: 0 };
	const read = app.vault.read.bind(app.vault);
	app.vault.read = (file: TFile) => {
		if (prepPaths.has(file.path)) reads.process++;
		else reads.other++;
		return read(file);
	};

	const buildSamples: { busy: number; wall: number; longest: number }[] = [];
	const allSlices: number[] = [];
	let index: ProcessIndex | null = null;
	for (let s = 0; s < 5; s++) {
		reads = { process: 0, other: 0 };
		const slices: number[] = [];
		let sliceStart = 0;
		const clock = {
			now: () => performance.now(),
			yieldToUI: () => {
				slices.push(performance.now() - sliceStart);
				return new Promise<void>((resolve) =>
					setTimeout(() => {
						sliceStart = performance.now();
						resolve();
					}, 0),
				);
			},
		};
		index = new ProcessIndex(app as never, settings, parseOnThisThread(clock), clock);
		const start = performance.now();
		sliceStart = start;
		await index.rebuild();
		slices.push(performance.now() - sliceStart);
		allSlices.push(...slices);
		buildSamples.push({ busy: slices.reduce((a, b) => a + b, 0), wall: performance.now() - start, longest: Math.max(...slices) });
	}
	const busy = median(buildSamples.map((b) => b.busy));
	const readsInBuild = { ...reads };

	// An edit to one process note: from the write to the process part's new data, against parsing that note alone.
	const target = texts[7];
	const file = target ? app.vault.getFileByPath(target.path) : null;
	if (!index || !target || !file) throw new Error("no process note to edit");
	const live = index;
	const component = { registerEvent: () => undefined, register: () => undefined } as never;
	void live.start(component);
	await live.ready;
	const reparse: number[] = [];
	const update: number[] = [];
	for (let s = 0; s < 11; s++) {
		const edited = target.text.replace("## Questions", `## Questions\n\n- Edit ${s}?`);
		let start = performance.now();
		new PrepNoteParser().parse(edited, parseOptionsOf(settings.current, file.basename));
		reparse.push(performance.now() - start);
		const updated = new Promise<void>((resolve) => {
			const ref = live.onChange(() => {
				live.offref(ref);
				const process = live.processOf(`Company ${7 % COMPANIES}`);
				const current = process?.rounds.find((r: Round) => r.path === target.path);
				if (process && current) processView(process, current, "2026-03-15");
				resolve();
			});
		});
		start = performance.now();
		await app.vault.modify(file, edited);
		await updated;
		update.push(performance.now() - start);
		// Edits a note's saves bring come two seconds apart at the soonest; the index gathers what comes faster into one notice.
		await new Promise((resolve) => setTimeout(resolve, 300));
	}

	const typing = await typeHeadingName(app, settings);

	const round = (n: number) => Number(n.toFixed(2));
	return {
		parse_300_ms: round(parse300),
		index_busy_ms: round(busy),
		index_wall_ms: round(median(buildSamples.map((b) => b.wall))),
		index_over_parse: round(busy / parse300),
		longest_slice_ms: round(median(buildSamples.map((b) => b.longest))),
		longest_slice_worst_ms: round(Math.max(...buildSamples.map((b) => b.longest))),
		slice_p95_ms: round([...allSlices].sort((a, b) => a - b)[Math.floor(allSlices.length * 0.95)] ?? 0),
		reads_of_process_notes: readsInBuild.process,
		reads_of_other_notes: readsInBuild.other,
		reparse_one_ms: round(median(reparse)),
		update_after_edit_ms: round(median(update)),
		settings_keystroke_reindex_ms: round(typing.perKeystroke),
		settings_reindex_after_typing_ms: round(typing.after),
	};
}

/**
 * Types a new Stories heading into the settings, a key every 100 ms, as the settings tab hands each keystroke
 * to the settings' owner, while an index of the vault follows the settings. Measures the index's main-thread
 * work (the owner's listeners, and every parse and read the index does) while the keys are typed, over the
 * keys, and the work after the typing stops, until the index is complete again.
 */
async function typeHeadingName(app: App, settings: SettingsOwner): Promise<{ perKeystroke: number; after: number }> {
	const parser = new PrepNoteParser();
	let busy = 0;
	const timed: NoteParsing = {
		rounds: (notes) => {
			const start = performance.now();
			const read = notes.map(({ text, options, round }) => roundOf(round.path, text, parser.parse(text, options), round.options));
			busy += performance.now() - start;
			return Promise.resolve(read);
		},
	};
	const index = new ProcessIndex(app as never, settings, timed);
	const cleanups: (() => void)[] = [];
	await index.start({ registerEvent: () => undefined, register: (cleanup: () => void) => cleanups.push(cleanup) } as never);
	const word = "Anecdotes";
	busy = 0;
	for (let typed = 1; typed <= word.length; typed++) {
		const start = performance.now();
		await settings.update({ headings: { stories: word.slice(0, typed) } });
		busy += performance.now() - start;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const whileTyping = busy;
	busy = 0;
	// The pause after the last key, then the one reading.
	await new Promise((resolve) => setTimeout(resolve, 1_000));
	await index.ready;
	const after = busy;
	await settings.update({ headings: { stories: "Stories" } });
	await new Promise((resolve) => setTimeout(resolve, 1_000));
	await index.ready;
	for (const cleanup of cleanups) cleanup();
	return { perKeystroke: whileTyping / word.length, after };
}
