// Run by `npm version`: copies the new version into manifest.json, records its minAppVersion in versions.json,
// and dates CHANGELOG.md's `## [Unreleased]` notes as the new version (the release's notes come from there).
// `node scripts/version-bump.mjs check`, npm's preversion step, stops the bump before it starts when there are no notes.
import { readFileSync, writeFileSync } from "node:fs";
import { releaseNotes } from "./release.mjs";

function unreleasedProblem(changelog) {
	try {
		releaseNotes(changelog, "Unreleased");
		return null;
	} catch {
		return 'version-bump: write this release\'s changes under "## [Unreleased]" in CHANGELOG.md first.';
	}
}

const changelog = readFileSync("CHANGELOG.md", "utf8");
if (process.argv[2] === "check") {
	const problem = unreleasedProblem(changelog);
	if (problem) {
		console.error(problem);
		process.exit(2);
	}
	process.exit(0);
}

const version = process.env.npm_package_version;
if (!version) {
	console.error("version-bump: run through `npm version <patch|minor|major>`");
	process.exit(2);
}
const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
manifest.version = version;
writeFileSync("manifest.json", JSON.stringify(manifest, null, "\t") + "\n");

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
versions[version] = manifest.minAppVersion;
writeFileSync("versions.json", JSON.stringify(versions, null, "\t") + "\n");

if (!changelog.includes(`## [${version}]`)) {
	const problem = unreleasedProblem(changelog);
	if (problem) {
		console.error(problem);
		process.exit(2);
	}
	const today = new Date().toISOString().slice(0, 10);
	writeFileSync("CHANGELOG.md", changelog.replace(/^## \[Unreleased\][^\n]*\n/m, `## [Unreleased]\n\n## [${version}] - ${today}\n`));
}
