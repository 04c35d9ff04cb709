import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { CachedMetadata } from "obsidian";
import { describe, expect, it } from "vitest";
import { MetadataCache, Vault } from "./index";

/**
 * The double's metadata cache against metadata recorded from the real app. A recording is a JSON file
 * holding a note's text (`fileContents`) and what the app's metadata cache gave for it (`cachedMetadata`).
 * Recordings are not kept in this repository: the test reads them from the folder that the
 * `OBSIDIAN_RECORDINGS` variable names (relative to the repository's root, or absolute), by default
 * `../shared/obsidian-recordings`, and skips when there are none.
 *
 * Compared, for each recording: the frontmatter, present or absent, with its values and their types;
 * and, for the fields the double fills (see `FIELDS`), what the plugin could read from them.
 */

interface Recording {
	name: string;
	fileContents: string;
	cachedMetadata: CachedMetadata;
}

// Tests run from the repository's root, as the other tests that read files assume.
const FOLDER = resolve( process.env.OBSIDIAN_RECORDINGS ?? "../shared/obsidian-recordings");

function readRecordings(folder: string): Recording[] {
	if (!existsSync(folder)) return [];
	const recordings: Recording[] = [];
	for (const file of readdirSync(folder).filter((name) => name.endsWith(".json")).sort()) {
		const json: unknown = JSON.parse(readFileSync(resolve(folder, file), "utf8"));
		if (!isRecording(json)) continue;
		recordings.push({ name: basename(file, ".json"), fileContents: json.fileContents, cachedMetadata: json.cachedMetadata });
	}
	return recordings;
}

function isRecording(json: unknown): json is Omit<Recording, "name"> {
	if (typeof json !== "object" || json === null) return false;
	const { fileContents, cachedMetadata } = json as Record<string, unknown>;
	return typeof fileContents === "string" && typeof cachedMetadata === "object" && cachedMetadata !== null;
}

/** What the double's cache gives for a note once it is indexed: the cache `changed` carries, which `getFileCache` must give too. */
async function indexed(name: string, text: string): Promise<CachedMetadata> {
	const vault = new Vault();
	const metadataCache = new MetadataCache(vault);
	const changed = new Promise<CachedMetadata>((resolve) => metadataCache.on("changed", (_file, _data, cache) => resolve(cache)));
	const file = await vault.create(`${name}.md`, text);
	const cache = await changed;
	expect(metadataCache.getFileCache(file)).toBe(cache);
	return cache;
}

/** The fields compared when the double fills them, each reduced to what a plugin reads: positions as line numbers. */
const FIELDS = {
	frontmatterPosition: (cache: CachedMetadata) => cache.frontmatterPosition && { from: cache.frontmatterPosition.start.line, to: cache.frontmatterPosition.end.line },
	headings: (cache: CachedMetadata) => cache.headings?.map((h) => ({ heading: h.heading, level: h.level, line: h.position.start.line })),
	listItems: (cache: CachedMetadata) => cache.listItems?.map((item) => ({ task: item.task, parent: item.parent, line: item.position.start.line })),
} satisfies Record<string, (cache: CachedMetadata) => unknown>;
type Field = keyof typeof FIELDS;

/** The fields the double fills, found by indexing a note that has each of them. */
const probe = await indexed("Probe", "---\nkey: value\n---\n# Heading\n\n- [ ] A task\n- An item\n");
const filled = (Object.keys(FIELDS) as Field[]).filter((field) => probe[field] !== undefined);
const leftOut = (Object.keys(FIELDS) as Field[]).filter((field) => probe[field] === undefined);

const recordings = readRecordings(FOLDER);
if (recordings.length === 0) console.info(`Recorded metadata: skipped, no recordings in ${FOLDER} (set OBSIDIAN_RECORDINGS to a folder of them).`);

describe.skipIf(recordings.length === 0)(`the metadata cache, against recordings from the app in ${FOLDER}`, () => {
	describe.each(recordings)("$name", ({ name, fileContents, cachedMetadata: recorded }) => {
		it("has the frontmatter the app had, or none where the app had none", async () => {
			const cache = await indexed(name, fileContents);
			expect("frontmatter" in cache, recorded.frontmatter ? "the app read frontmatter here" : "the app read no frontmatter here").toBe("frontmatter" in recorded);
			// Strict: a number stays a number, null stays null, and a list a list.
			expect(cache.frontmatter).toStrictEqual(recorded.frontmatter);
		});

		if (filled.length > 0)
			it(`has the ${filled.join(", ")} the app had`, async () => {
				const cache = await indexed(name, fileContents);
				for (const field of filled) expect(FIELDS[field](cache), field).toStrictEqual(FIELDS[field](recorded));
			});
	});

	if (leftOut.length > 0) it.skip(`compares no ${leftOut.join(", ")}: the double leaves them out of its cache`, () => {});
});

describe.skipIf(recordings.length > 0)("the metadata cache, against recordings from the app", () => {
	it.skip(`needs recordings: none in ${FOLDER}; set OBSIDIAN_RECORDINGS to a folder of JSON files with fileContents and cachedMetadata`, () => {});
});
