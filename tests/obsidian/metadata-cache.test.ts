import type { CachedMetadata } from "obsidian";
import { describe, expect, it } from "vitest";
import { MetadataCache, Vault } from "./index";

/**
 * The double's frontmatter, where the recordings (recorded-metadata.test.ts) show the app's and where
 * the app is known to give none: YAML that does not parse leaves the cache without `frontmatter`, so
 * the properties of such a note are unknown to a plugin, however valid its other lines are.
 */

async function frontmatterOf(text: string): Promise<CachedMetadata["frontmatter"]> {
	const vault = new Vault();
	const metadataCache = new MetadataCache(vault);
	const changed = new Promise<CachedMetadata>((resolve) => metadataCache.on("changed", (_file, _data, cache) => resolve(cache)));
	await vault.create("Note.md", text);
	return (await changed).frontmatter;
}

const note = (...yaml: string[]) => ["---", ...yaml, "---", "# Call", ""].join("\n");

describe("the metadata cache's frontmatter", () => {
	it("keeps each value's YAML type: text, numbers, booleans, null, lists and maps", async () => {
		const frontmatter = await frontmatterOf(
			note("company: Acme", "round: 2", "remote: true", "with:", "tags: [prep, call]", "panel:", "  - Sam", "  - Kim", "salary:", "  base: 100"),
		);
		expect(frontmatter).toStrictEqual({ company: "Acme", round: 2, remote: true, with: null, tags: ["prep", "call"], panel: ["Sam", "Kim"], salary: { base: 100 } });
	});

	it("keeps dates and times as text, as the app does", async () => {
		expect(await frontmatterOf(note("meeting: 2026-12-03", "at: 2026-12-03T14:30"))).toStrictEqual({ meeting: "2026-12-03", at: "2026-12-03T14:30" });
	});

	it("takes the quotes off quoted text and keeps what they hold", async () => {
		expect(await frontmatterOf(note(`company: "Acme: EU"`, "round: '2'", `link: "[[Acme]]"`))).toStrictEqual({ company: "Acme: EU", round: "2", link: "[[Acme]]" });
	});

	it("reads a note with Windows line endings", async () => {
		expect(await frontmatterOf(note("company: Acme", "round: 2").replace(/\n/g, "\r\n"))).toStrictEqual({ company: "Acme", round: 2 });
	});

	it.each([
		["a second unquoted colon in a value", ["company: Acme", "with: Sam (CTO): hiring manager"]],
		["a tab as indentation", ["company: Acme", "panel:", "\t- Sam"]],
		["an unclosed quote", ["company: Acme", `role: "Staff engineer`]],
		["a value that starts with a reserved character", ["company: Acme", "handle: @acme"]],
		["a line that is neither a key nor part of a value", ["company: Acme", "just a line"]],
		["a key given twice", ["company: Acme", "company: Globex"]],
	])("has none when the YAML does not parse: %s", async (_, yaml) => {
		expect(await frontmatterOf(note(...yaml))).toBeUndefined();
	});

	it.each([
		["an empty block", []],
		["only a comment", ["# nothing yet"]],
		["a bare value", ["Acme"]],
		["a list", ["- Acme", "- Globex"]],
	])("has none when the block holds no keys: %s", async (_, yaml) => {
		expect(await frontmatterOf(note(...yaml))).toBeUndefined();
	});

	it("has none when the block is never closed", async () => {
		expect(await frontmatterOf("---\ncompany: Acme\n# Call\n")).toBeUndefined();
	});

	it("drops the frontmatter when an edit makes the YAML invalid, and fires changed with that", async () => {
		const vault = new Vault();
		const metadataCache = new MetadataCache(vault);
		const caches: CachedMetadata[] = [];
		metadataCache.on("changed", (_file, _data, cache) => caches.push(cache));
		const file = await vault.create("Note.md", note("company: Acme"));
		await Promise.resolve();
		await vault.modify(file, note("company: Acme", "with: Sam (CTO): hiring manager"));
		await Promise.resolve();
		expect(caches.map((cache) => cache.frontmatter)).toStrictEqual([{ company: "Acme" }, undefined]);
		expect(metadataCache.getFileCache(file)?.frontmatter).toBeUndefined();
	});
});
