// `npm run build:demo`: bundles the real plugin with the test double into dist/demo/, a page that runs without Obsidian.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { bundledParseCore } from "./bundled-parse-core.mjs";

export const DEMO_DIR = resolve("dist/demo");

export async function buildDemo() {
	mkdirSync(DEMO_DIR, { recursive: true });
	await build({
		entryPoints: ["tests/demo/demo.ts"],
		outfile: `${DEMO_DIR}/demo.js`,
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2022",
		alias: { obsidian: resolve("tests/obsidian/index.ts") },
		loader: { ".md": "text" },
		// The real plugin's parser: bundled once, run in a real worker in the browser.
		plugins: [bundledParseCore()],
		logLevel: "warning",
	});
	copyFileSync("tests/demo/index.html", `${DEMO_DIR}/index.html`);
	copyFileSync("tests/demo/theme.css", `${DEMO_DIR}/theme.css`);
	copyFileSync("styles.css", `${DEMO_DIR}/styles.css`);
	return DEMO_DIR;
}

// Run as a command, not when imported (also from a bundle that inlines this file).
if (process.argv[1]?.endsWith("build-demo.mjs")) {
	await buildDemo();
	console.log(`Built the demo into ${DEMO_DIR}/index.html`);
}
