import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * What Obsidian's submission requirements and manifest reference ask of manifest.json
 * (docs/submission-review.md cites each); eslint-plugin-obsidianmd's validate-manifest rule does not
 * run on JSON files here, so these checks stand in for it.
 */
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
const manifest = readJson("manifest.json");

describe("manifest.json, as the community directory reads it", () => {
	it("has exactly the keys Obsidian knows, with their types, and no fundingUrl since the plugin takes no donations", () => {
		expect(Object.keys(manifest).sort()).toEqual(["author", "description", "id", "isDesktopOnly", "minAppVersion", "name", "version"]);
		for (const key of ["author", "description", "id", "minAppVersion", "name", "version"]) expect(typeof manifest[key], key).toBe("string");
		expect(manifest.isDesktopOnly).toBe(false);
		expect(String(manifest.author).trim()).not.toBe("");
	});

	it("has an id of lowercase letters and hyphens, and a name and id free of Obsidian and plugin", () => {
		expect(manifest.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
		expect(String(manifest.id)).not.toMatch(/obsidian|plugin$/);
		expect(String(manifest.name)).not.toMatch(/obsidian|obsi-|-sidian|plugin/i);
		expect(manifest.name).toMatch(/^[A-Za-z0-9 ()+-]+$/);
	});

	it("has a short description that starts with a verb, ends with a period and names neither Obsidian nor a plugin", () => {
		const description = String(manifest.description);
		expect(description.length).toBeLessThanOrEqual(250);
		expect(description).toMatch(/\.$/);
		expect(description).not.toMatch(/obsidian|plugin/i);
		expect(description).toMatch(/^Prepare\b/);
		expect(description).toMatch(/^[\x20-\x7E]+$/);
	});

	it("has a version x.y.z that package.json shares and versions.json maps to the minimum app version", () => {
		expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
		expect(readJson("package.json").version).toBe(manifest.version);
		expect(readJson("versions.json")[String(manifest.version)]).toBe(manifest.minAppVersion);
	});
});
