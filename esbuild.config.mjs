// Bundles src/main.ts into main.js. `node esbuild.config.mjs` watches; `… production` builds once, minified.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { bundledParseCore } from "./scripts/bundled-parse-core.mjs";

/** The release build's options; the benchmark reuses them to weigh the bundle by package.
 * @type {import("esbuild").BuildOptions} */
export const releaseOptions = {
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules],
	format: "cjs",
	target: "es2022",
	logLevel: "info",
	sourcemap: false,
	minify: true,
	treeShaking: true,
	legalComments: "none",
	outfile: "main.js",
	// The parser, bundled once as a function that runs in a worker or in-thread (src/parsing/).
	plugins: [bundledParseCore()],
};

// Run as a command, not when imported (also from a bundle that inlines this file).
if (process.argv[1]?.endsWith("esbuild.config.mjs")) {
	const production = process.argv[2] === "production";
	const options = production ? releaseOptions : { ...releaseOptions, sourcemap: "inline", minify: false };
	const context = await esbuild.context(options);
	if (production) {
		await context.rebuild();
		await context.dispose();
	} else {
		await context.watch();
	}
}
