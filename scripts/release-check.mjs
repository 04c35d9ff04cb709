// `npm run release:check`: what .github/workflows/release.yml does, up to the upload, on this machine.
// The tag rule (for the version about to be tagged, and for a tag already on HEAD), the release notes,
// lint, the whole test suite and the production build; then the assets the draft release would carry,
// with their sizes. `npm ci` is left to you, as on any clone. Exits non-zero at the first failure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { PLUGIN_ASSETS, NOTICES_FILE, releaseNotes, tagProblem } from "./release.mjs";

/** main.js's budget, which the README's bundle figures are measured against. */
const BUNDLE_BUDGET = 260 * 1024;

/** The README's screenshots, and the code they show: a shot older than its last change shows a sidebar that is gone. */
const SCREENSHOTS = ["docs/sidebar-light.png", "docs/sidebar-dark.png", "docs/sidebar-phone.png"];
const SHOWN_CODE = ["src/sidebar", "src/timer/timer-panel.ts", "src/interview-process", "src/live-call/their-questions-part.ts", "styles.css"];

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

function fail(message) {
	console.error(`release:check failed: ${message}`);
	process.exit(1);
}

function step(label, command, args) {
	console.log(`\n▶ ${label}: ${[command, ...args].join(" ")}`);
	const result = spawnSync(command, args, { stdio: "inherit" });
	if (result.status !== 0) fail(`${label} (\`${[command, ...args].join(" ")}\`) exited with ${result.status ?? result.signal}.`);
}

const version = readJson("manifest.json").version;
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`manifest.json's version ${JSON.stringify(version)} is not x.y.z, which Obsidian requires.`);
const packageVersion = readJson("package.json").version;
if (packageVersion !== version) fail(`package.json's version ${packageVersion} is not manifest.json's ${version}: bump both with \`npm version\`.`);
const minAppVersion = readJson("manifest.json").minAppVersion;
if (readJson("versions.json")[version] !== minAppVersion) fail(`versions.json does not map ${version} to minAppVersion ${minAppVersion}.`);

// The tag the release will have is the version; a tag already on HEAD must be that version too.
const tags = spawnSync("git", ["tag", "--points-at", "HEAD"], { encoding: "utf8" }).stdout?.split("\n").filter(Boolean) ?? [];
for (const tag of [version, ...tags]) {
	const problem = tagProblem(tag, version);
	if (problem) fail(problem);
}
console.log(`✓ tag ${version}${tags.length ? ` (on HEAD: ${tags.join(", ")})` : ""} is manifest.json's version; package.json and versions.json agree`);

let notes;
try {
	notes = releaseNotes(readFileSync("CHANGELOG.md", "utf8"), version);
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}
console.log(`✓ CHANGELOG.md has release notes for ${version} (${notes.split("\n").length} lines)`);
const heading = readFileSync("CHANGELOG.md", "utf8").split("\n").find((line) => line.startsWith(`## [${version}]`)) ?? "";
if (!/ - \d{4}-\d{2}-\d{2}$/.test(heading.trim())) console.log(`  Note: "${heading.trim()}" has no release date yet; date it (YYYY-MM-DD) before tagging ${version}.`);

const committedAt = (paths) => Number(spawnSync("git", ["log", "-1", "--format=%ct", "--", ...paths], { encoding: "utf8" }).stdout.trim() || 0);
const codeAt = committedAt(SHOWN_CODE);
const stale = SCREENSHOTS.filter((shot) => !existsSync(shot) || committedAt([shot]) < codeAt);
if (stale.length) fail(`${stale.join(", ")} ${stale.length === 1 ? "is" : "are"} older than the sidebar's code: run \`npm run screenshots\` and commit them.`);
console.log("✓ the README's screenshots are newer than the sidebar's code");

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
step("Lint", npm, ["run", "lint"]);
step("The whole test suite", npm, ["test"]);
step("The production build", npm, ["run", "build"]);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const assets = [...PLUGIN_ASSETS, NOTICES_FILE];
const missing = assets.filter((name) => !existsSync(name));
if (missing.length) fail(`the build left no ${missing.join(", ")}.`);
const width = Math.max(...assets.map((name) => name.length));
console.log(`\nrelease:check passed. The draft release ${version} would carry:`);
for (const name of assets) {
	const { size } = statSync(name);
	console.log(`  ${name.padEnd(width)}  ${size.toLocaleString("en-US").padStart(9)} bytes  ${kb(size).padStart(9)}`);
}
const bundle = statSync("main.js").size;
if (bundle > BUNDLE_BUDGET) console.log(`Note: main.js is ${kb(bundle)}, over the project's ${kb(BUNDLE_BUDGET)} budget (not a release blocker).`);
