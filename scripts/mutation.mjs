// `npm run mutation -- <files>`: Stryker (stryker.config.mjs) on the source files named, with the unit
// project's tests. The other arguments go to Stryker as they are, such as `--logLevel debug`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const args = process.argv.slice(2);
/** A source file, or a glob of them such as `src/job-search/*.ts`; the rest, such as `--testFiles tests/plugin/guards.test.ts`, are Stryker's. */
const isFile = (arg) => /^(\.\/)?src\//.test(arg);
const files = args.filter(isFile);
const options = args.filter((arg) => !isFile(arg));

if (files.length === 0) {
	console.error("Name the source files to mutate: npm run mutation -- src/platform/edit-path.ts src/platform/storage/plugin-store.ts");
	process.exit(2);
}
const missing = files.filter((file) => !/[*?{]/.test(file) && !existsSync(file));
if (missing.length > 0) {
	console.error(`No such file: ${missing.join(", ")}`);
	process.exit(2);
}

// Each set of files keeps its own reports and incremental results, so runs file by file reuse their own.
const slug = files.map((file) => file.replace(/^src\//, "").replace(/\.[a-z]+$/, "").replace(/[^A-Za-z0-9]+/g, "-")).join("_");
const name = slug.length <= 80 ? slug : createHash("sha1").update(files.join("\n")).digest("hex").slice(0, 12);

// Stryker's own command, run by this Node, so the script works outside `npm run` too.
const core = dirname(createRequire(import.meta.url).resolve("@stryker-mutator/core/package.json"));
const run = spawnSync(process.execPath, [join(core, "bin", "stryker.js"), "run", "stryker.config.mjs", "--mutate", files.join(","), ...options], {
	stdio: "inherit",
	env: { ...process.env, MUTATION_RUN: name },
});
process.exit(run.status ?? 1);
