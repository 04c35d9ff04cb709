// `npm run bench`: parse and onload timings on generated notes. Prints a table, then one JSON line.
import { build } from "esbuild";
import { readFileSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { PrepNoteParser } from "../src/core";
import { copyGlobals, installDom } from "./dom-globals";
import { generateNote } from "./generate-note";
import { median } from "./median";
import { releaseOptions } from "../esbuild.config.mjs";
import { parseCoreInputs } from "./bundled-parse-core.mjs";

const SIZES = { "6k": 6_000, "100k": 100_000, "1m": 1_000_000 } as const;
const SAMPLES = 11;
// Every sample parses about this much text: the note once at 1 MB, ten times at 100 KB. A single small
// parse often ends before the garbage collection it caused, and then its median leaves that cost out.
const SAMPLE_BYTES = 1_000_000;

/** Median time of one call, over samples that each repeat `fn` enough to cover SAMPLE_BYTES. */
function time(bytes: number, fn: (i: number) => void): number {
	const repeats = Math.max(1, Math.round(SAMPLE_BYTES / bytes));
	let call = 0;
	for (let i = 0; i < repeats; i++) fn(call++); // warm-up
	const samples: number[] = [];
	for (let s = 0; s < SAMPLES; s++) {
		const start = performance.now();
		for (let i = 0; i < repeats; i++) fn(call++);
		samples.push((performance.now() - start) / repeats);
	}
	return Number(median(samples).toFixed(2));
}

const processor = unified().use(remarkParse);
const bySize: Record<string, { bytes: number; remark_ms: number; cold_ms: number; edit_ms: number }> = {};
for (const [name, bytes] of Object.entries(SIZES) as [keyof typeof SIZES, number][]) {
	const note = generateNote(bytes);
	const remark = time(bytes, () => processor.parse(note));
	const cold = time(bytes, () => new PrepNoteParser().parse(note));
	const warm = new PrepNoteParser();
	warm.parse(note);
	const middle = Math.floor(note.length / 2);
	// A different character each run, so every run is a real edit against the cache.
	const edit = time(bytes, (i) => warm.parse(note.slice(0, middle) + String.fromCharCode(97 + (i % 26)) + note.slice(middle)));
	bySize[name] = { bytes: note.length, remark_ms: remark, cold_ms: cold, edit_ms: edit };
}

/**
 * A note of many tasks in one list, so one chunk: what the parser does for each task must not grow with the
 * note, or a note of 20,000 tasks costs far more than four of 5,000. The ratio of the two parses is the figure.
 */
function manyTasksRatio(): { tasks_5k_ms: number; tasks_20k_ms: number; ratio: number } {
	const note = (count: number) => `# Tasks\n\n${Array.from({ length: count }, (_, i) => `- [ ] task ${i}\n`).join("")}`;
	const parse = (text: string) => {
		new PrepNoteParser().parse(text); // warm-up
		const samples = Array.from({ length: 5 }, () => {
			const start = performance.now();
			new PrepNoteParser().parse(text);
			return performance.now() - start;
		});
		return Number(median(samples).toFixed(1));
	};
	const quarter = parse(note(5_000));
	const whole = parse(note(20_000));
	return { tasks_5k_ms: quarter, tasks_20k_ms: whole, ratio: Number((whole / quarter).toFixed(2)) };
}
const manyTasks = manyTasksRatio();

async function onloadMs(): Promise<number> {
	const win = installDom();
	const double = await import("../tests/obsidian");
	copyGlobals(win);
	const { default: Plugin } = await import("../src/main");
	const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as never;
	const samples: number[] = [];
	for (let i = 0; i < 51; i++) {
		const app = new double.App();
		const plugin = new Plugin(app as never, manifest);
		const start = performance.now();
		await (plugin as unknown as { loadAndWait(): Promise<void> }).loadAndWait();
		samples.push(performance.now() - start);
		plugin.unload();
	}
	return Number(median(samples.slice(1)).toFixed(3));
}

/**
 * main.js's bytes by where they come from: each package, and each folder of the plugin's source. The parser's
 * function (`parse-worker:core`, bundled on its own) is split by its own inputs, and weighed as a whole too.
 */
async function bundleParts(): Promise<{ plugin: Record<string, number>; packages: Record<string, number>; worker: number }> {
	const { metafile } = await build({ ...releaseOptions, write: false, metafile: true, logLevel: "silent" });
	const packages: Record<string, number> = {};
	const plugin: Record<string, number> = {};
	let worker = 0;
	const add = (path: string, bytes: number) => {
		const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
		const [group, key] = name === undefined ? [plugin, /^src\/([^/]+\/)?/.exec(path)?.[0] ?? path] : [packages, name];
		group[key] = (group[key] ?? 0) + bytes;
	};
	for (const output of Object.values(metafile?.outputs ?? {})) {
		for (const [path, input] of Object.entries(output.inputs)) {
			if (!path.includes("parse-worker:core")) add(path, input.bytesInOutput);
			else worker = input.bytesInOutput;
		}
	}
	for (const [path, bytes] of parseCoreInputs) add(path, bytes);
	return { plugin, packages, worker };
}

const onload = await onloadMs();
// Loads the plugin's glue in the test double, so only after onloadMs has installed the DOM.
const { indexGrowth, processIndexBench } = await import("./bench-process-index");
const processes = await processIndexBench();
const growth = await indexGrowth();
const parts = await bundleParts();
const total = (group: Record<string, number>) => Object.values(group).reduce((sum, bytes) => sum + bytes, 0);
const largest = (group: Record<string, number>, count: number) =>
	Object.entries(group)
		.sort((a, b) => b[1] - a[1])
		.slice(0, count)
		.map(([name, bytes]) => `${name} ${bytes}`)
		.join(", ");
const bundleBytes = statSync("main.js").size;
const micromarkVersion = (JSON.parse(readFileSync("node_modules/micromark/package.json", "utf8")) as { version: string }).version;

console.log("size   bytes      remark_ms  cold_ms  edit_ms  cold/remark");
for (const [name, r] of Object.entries(bySize)) {
	console.log(
		`${name.padEnd(6)} ${String(r.bytes).padEnd(10)} ${String(r.remark_ms).padEnd(10)} ${String(r.cold_ms).padEnd(8)} ${String(r.edit_ms).padEnd(8)} ${(r.cold_ms / r.remark_ms).toFixed(2)}`,
	);
}
const r6 = bySize["6k"];
const r100 = bySize["100k"];
const r1m = bySize["1m"];
if (r6 && r100 && r1m) {
	const worstColdOverRemark = Math.max(...Object.values(bySize).map((r) => r.cold_ms / r.remark_ms));
	const targets: [string, number, number][] = [
		["cold_ms / remark_ms, worst size", worstColdOverRemark, 1.3],
		["remark_ms 1m / 100k", r1m.remark_ms / r100.remark_ms, 12],
		["cold_ms 1m / 100k", r1m.cold_ms / r100.cold_ms, 12],
		["edit_ms 1m / cold_ms 6k", r1m.edit_ms / r6.cold_ms, 2],
		["parse of 20k tasks / of 5k tasks", manyTasks.ratio, 5],
		["onload_ms", onload, 5],
		// The budget for main.js, the worker's parser included: 260 KB.
		["bundle_bytes", bundleBytes, 260 * 1024],
		["index_busy_ms / parse_300_ms", processes.index_over_parse, 1.3],
		["reads of notes without company", processes.reads_of_other_notes, 0],
		["longest index slice, ms (median)", processes.longest_slice_ms, 12],
		["update after an edit, ms", processes.update_after_edit_ms, Number((processes.reparse_one_ms + 2).toFixed(2))],
		["settings_keystroke_reindex_ms", processes.settings_keystroke_reindex_ms, 2],
		// Linear: ten times the notes, about ten times the time.
		["index 3,000 / 300 prep notes", growth.ratio, 11],
	];
	console.log("\nfigure                            measured   target");
	for (const [figure, measured, target] of targets) {
		const shown = Number.isInteger(measured) ? String(measured) : measured.toFixed(measured < 1 ? 3 : 2);
		console.log(`${figure.padEnd(33)} ${shown.padEnd(10)} <= ${target}${measured <= target ? "" : "   NOT MET"}`);
	}
}
console.log(
	`\nprocess index, 2,000 notes (300 prep notes of 6 KB, 60 companies): parse of the 300 ${processes.parse_300_ms} ms, index ${processes.index_busy_ms} ms busy ` +
		`(${processes.index_wall_ms} ms with the UI's turns), ${processes.reads_of_process_notes} notes read; longest slice of all ${processes.longest_slice_worst_ms} ms, 95% of slices under ${processes.slice_p95_ms} ms; ` +
		`re-parse of one note ${processes.reparse_one_ms} ms; after a heading name is typed into the settings, one reading of ${processes.settings_reindex_after_typing_ms} ms`,
);
console.log(`index growth: 300 prep notes ${growth.index_300_ms} ms busy, 3,000 prep notes ${growth.index_3000_ms} ms busy`);
console.log(`\nmicromark ${micromarkVersion}`);
console.log(`bundle: packages ${total(parts.packages)} (${largest(parts.packages, 4)}, …)`);
console.log(`        plugin source ${total(parts.plugin)} (${largest(parts.plugin, 9)})`);
console.log(`        of which the parser's worker function ${parts.worker}, in main.js once: the worker starts from its source text`);
console.log(JSON.stringify({ ...bySize, many_tasks: manyTasks, process_index: processes, index_growth: growth, onload_ms: onload, bundle_bytes: bundleBytes, micromark_version: micromarkVersion }));
