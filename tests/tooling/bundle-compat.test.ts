import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { releaseOptions } from "../../esbuild.config.mjs";

/**
 * Obsidian's mobile app runs in the system's web view. iOS before 15.4 lacks these, and a
 * plugin that calls one fails to load there; the bundle's dependencies are checked too.
 */
const MISSING_BEFORE_IOS_15_4: [string, RegExp][] = [
	["structuredClone", /\bstructuredClone\b/],
	["Object.hasOwn", /\bObject\.hasOwn\b/],
	["Array.prototype.at", /\.at\(-?\w+\)/],
	["Array.prototype.findLast", /\.findLast(Index)?\(/],
];

describe("main.js on older mobile web views", () => {
	it("calls no API that iOS before 15.4 lacks", async () => {
		const result = await build({ ...releaseOptions, write: false, logLevel: "silent", metafile: false });
		const bundle = result.outputFiles?.[0]?.text ?? "";
		expect(bundle.length).toBeGreaterThan(50_000);
		const found = MISSING_BEFORE_IOS_15_4.filter(([, pattern]) => pattern.test(bundle)).map(([name]) => name);
		expect(found).toEqual([]);
	});
});
