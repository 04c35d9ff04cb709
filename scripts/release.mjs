// The release's rules, shared by the release workflow (.github/workflows/release.yml) and `npm run release:check`:
// which files a release carries, which tag it may have, and where its notes come from.
//   node scripts/release.mjs check-tag <tag>   fails, saying why, unless <tag> is manifest.json's version
//   node scripts/release.mjs notes <version>   prints CHANGELOG.md's section for <version>
import { readFileSync } from "node:fs";

/** What Obsidian and BRAT download from a release, each a separate asset, and the bundled packages' licenses. */
export const PLUGIN_ASSETS = ["main.js", "manifest.json", "styles.css"];
export const NOTICES_FILE = "THIRD_PARTY_NOTICES";
export const RELEASE_ASSETS = [...PLUGIN_ASSETS, NOTICES_FILE];

/** Why `tag` cannot name the release of `version`, or null when it can: Obsidian looks for the tag that equals the manifest's version. */
export function tagProblem(tag, version) {
	if (tag === version) return null;
	const hint = tag === `v${version}` ? ` Obsidian looks for the tag ${version} exactly, with no "v" prefix.` : "";
	return `The tag ${JSON.stringify(tag)} is not manifest.json's version ${JSON.stringify(version)}.${hint} Run \`npm version patch|minor|major\` and push the tag it makes, or delete this tag.`;
}

/** The text under `## [version]` in a Keep a Changelog file, without its heading; throws when there is none or it is empty. */
export function releaseNotes(changelog, version) {
	const lines = changelog.split(/\r?\n/);
	const heading = new RegExp(`^## \\[${version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\]`);
	const start = lines.findIndex((line) => heading.test(line));
	if (start === -1) throw new Error(`CHANGELOG.md has no section "## [${version}]": add one before releasing ${version}.`);
	const rest = lines.slice(start + 1);
	const end = rest.findIndex((line) => /^## /.test(line) || /^\[[^\]]+\]:\s/.test(line));
	const notes = (end === -1 ? rest : rest.slice(0, end)).join("\n").trim();
	if (notes === "") throw new Error(`CHANGELOG.md's section "## [${version}]" is empty.`);
	return notes;
}

export function manifestVersion(dir = ".") {
	return JSON.parse(readFileSync(`${dir}/manifest.json`, "utf8")).version;
}

// Run as a command, not when imported.
if (process.argv[1]?.endsWith("release.mjs")) {
	const [command, argument = ""] = process.argv.slice(2);
	try {
		if (command === "check-tag") {
			const version = manifestVersion();
			const problem = tagProblem(argument, version);
			if (problem) throw new Error(problem);
			console.log(`The tag ${argument} is manifest.json's version.`);
		} else if (command === "notes") {
			console.log(releaseNotes(readFileSync("CHANGELOG.md", "utf8"), argument || manifestVersion()));
		} else {
			throw new Error("usage: node scripts/release.mjs check-tag <tag> | notes [version]");
		}
	} catch (error) {
		// `::error::` shows the message on the workflow run's summary; elsewhere it is plain text.
		console.error(`${process.env.GITHUB_ACTIONS ? "::error::" : ""}${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
}
