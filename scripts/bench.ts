// `npm run bench`: parse and onload timings on generated notes. Prints a table, then one JSON line.
import { readFileSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { PrepNoteParser } from "../src/core";
import { copyGlobals, installDom } from "./dom-globals";
import { generateNote } from "./generate-note";
import { median } from "./median";

const SIZES = { "6k": 6_000, "100k": 100_000, "1m": 1_000_000 } as const;
const RUNS = { "6k": 41, "100k": 15, "1m": 9 } as const;

function time(runs: number, fn: (i: number) => void): number {
	fn(-1); // warm-up
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn(i);
		samples.push(performance.now() - start);
	}
	return Number(median(samples).toFixed(2));
}

const processor = unified().use(remarkParse);
const bySize: Record<string, { bytes: number; remark_ms: number; cold_ms: number; edit_ms: number }> = {};
for (const [name, bytes] of Object.entries(SIZES) as [keyof typeof SIZES, number][]) {
	const note = generateNote(bytes);
	const runs = RUNS[name];
	const remark = time(runs, () => processor.parse(note));
	const cold = time(runs, () => new PrepNoteParser().parse(note));
	const warm = new PrepNoteParser();
	warm.parse(note);
	const middle = Math.floor(note.length / 2);
	// A different character each run, so every run is a real edit against the cache.
	const edit = time(runs, (i) => warm.parse(note.slice(0, middle) + String.fromCharCode(97 + ((i + 26) % 26)) + note.slice(middle)));
	bySize[name] = { bytes: note.length, remark_ms: remark, cold_ms: cold, edit_ms: edit };
}

async function onloadMs(): Promise<number> {
	const win = installDom();
	const double = await import("../tests/obsidian/index");
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

const onload = await onloadMs();
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
	console.log(`remark 1m/100k: ${(r1m.remark_ms / r100.remark_ms).toFixed(2)}   cold 1m/100k: ${(r1m.cold_ms / r100.cold_ms).toFixed(2)}   edit 1m / cold 6k: ${(r1m.edit_ms / r6.cold_ms).toFixed(2)}`);
}
console.log(`onload_ms: ${onload}   bundle_bytes: ${bundleBytes}   micromark: ${micromarkVersion}`);
console.log(JSON.stringify({ ...bySize, onload_ms: onload, bundle_bytes: bundleBytes, micromark_version: micromarkVersion }));
