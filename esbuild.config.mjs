// Bundles src/main.ts into main.js. `node esbuild.config.mjs` watches; `… production` builds once, minified,
// and writes THIRD_PARTY_NOTICES for the packages the build put into main.js, the parser's function included.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { bundledParseCore, parseCoreInputs } from "./scripts/bundled-parse-core.mjs";
import { bundleInputs, writeThirdPartyNotices } from "./scripts/third-party-notices.mjs";

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
	// Text as it is, not as \u escapes: Obsidian reads main.js as UTF-8.
	charset: "utf8",
	outfile: "main.js",
	// The parser, bundled once as a function that runs in a worker or in-thread (src/parsing/).
	plugins: [bundledParseCore()],
};

// Run as a command, not when imported (also from a bundle that inlines this file).
if (process.argv[1]?.endsWith("esbuild.config.mjs")) {
	const production = process.argv[2] === "production";
	const options = production ? { ...releaseOptions, metafile: true } : { ...releaseOptions, sourcemap: "inline", minify: false };
	const context = await esbuild.context(options);
	if (production) {
		const result = await context.rebuild();
		await context.dispose();
		const packages = writeThirdPartyNotices(bundleInputs(result.metafile, parseCoreInputs));
		console.log(`THIRD_PARTY_NOTICES: the licenses of ${packages.length} bundled packages`);
	} else {
		await context.watch();
	}
}
