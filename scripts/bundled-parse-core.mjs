// The esbuild plugin behind `import runParseCore from "parse-worker:core"`: the parser, bundled on its own,
// as the body of one function. main.js starts a worker from that function's source text and, where no
// worker runs, calls the same function in-thread, so the remark pipeline is in the bundle once.
import { build } from "esbuild";
import { resolve } from "node:path";

export const PARSE_CORE_MODULE = "parse-worker:core";
const ENTRY = resolve("src/parsing/worker-entry.ts");

/** What the last build put into the parser's function, by input file, for the benchmark's split of the bundle. */
export const parseCoreInputs = new Map();

/** @returns {import("esbuild").Plugin} */
export function bundledParseCore() {
	return {
		name: "bundled-parse-core",
		setup(outer) {
			outer.onResolve({ filter: /^parse-worker:core$/ }, () => ({ path: "core", namespace: "parse-worker" }));
			outer.onLoad({ filter: /.*/, namespace: "parse-worker" }, async () => {
				const { minify = false, target = "es2022", charset } = outer.initialOptions;
				const result = await build({
					entryPoints: [ENTRY],
					bundle: true,
					write: false,
					format: "iife",
					platform: "browser",
					target,
					minify,
					legalComments: "none",
					charset,
					metafile: true,
					// A worker has no HTML parser to decode `&copy;` with: the UI thread decodes the names it sends (src/parsing/named-references.ts).
					// unified's parse needs a file's text alone, not vfile's paths and messages (src/parsing/text-file.ts),
					// and its deep copies of plain data, not all of jQuery's extend (src/parsing/deep-extend.ts).
					alias: {
						"decode-named-character-reference": resolve("src/parsing/decode-reference.ts"),
						vfile: resolve("src/parsing/text-file.ts"),
						extend: resolve("src/parsing/deep-extend.ts"),
					},
					logLevel: "warning",
				});
				const code = result.outputFiles?.[0]?.text ?? "";
				parseCoreInputs.clear();
				for (const output of Object.values(result.metafile?.outputs ?? {})) {
					for (const [path, input] of Object.entries(output.inputs)) parseCoreInputs.set(path, input.bytesInOutput);
				}
				// The bundle reads the free name `parseScope`: its worker's global scope, or the in-thread stand-in.
				return {
					contents: `export default function runParseCore(parseScope) {\n${code}}\n`,
					loader: "js",
					watchFiles: Object.keys(result.metafile?.inputs ?? {}).map((path) => resolve(path)),
				};
			});
		},
	};
}
