// Runs a TypeScript entry point under Node: esbuild bundles it into a cache file, then Node runs that.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { spawnSync } from "node:child_process";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
	console.error("usage: node scripts/run-ts.mjs ENTRY.ts [args…]");
	process.exit(2);
}
const outDir = resolve("node_modules/.cache/interview-prep");
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, basename(entry).replace(/\.ts$/, ".mjs"));
await build({
	entryPoints: [entry],
	outfile,
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	packages: "external",
	// Scripts run outside the app, so `obsidian` is the test double, as in tests.
	// Scripts run the parser's source in-thread, as unit tests do: Node has no Web Worker.
	alias: { obsidian: resolve("tests/obsidian/index.ts"), "parse-worker:core": resolve("src/parsing/run-parse-core.ts") },
	logLevel: "warning",
	banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const run = spawnSync(process.execPath, [outfile, ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);
