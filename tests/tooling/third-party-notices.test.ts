import { build } from "esbuild";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { releaseOptions } from "../../esbuild.config.mjs";
import { parseCoreInputs } from "../../scripts/bundled-parse-core.mjs";
import { bundledPackageFolders, bundleInputs, licenseText, packageFolderOf, renderNotices, type LockFile } from "../../scripts/third-party-notices.mjs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as LockFile;

describe("THIRD_PARTY_NOTICES", () => {
	it("knows a package's folder from an input's path, nested and scoped ones too", () => {
		expect(packageFolderOf("node_modules/micromark/dev/index.js")).toBe("node_modules/micromark");
		expect(packageFolderOf("node_modules/@scope/pkg/lib/a.js")).toBe("node_modules/@scope/pkg");
		expect(packageFolderOf("node_modules/a/node_modules/b/index.js")).toBe("node_modules/a/node_modules/b");
		expect(packageFolderOf("src/core/index.ts")).toBeNull();
		expect(packageFolderOf("parse-worker:core")).toBeNull();
	});

	it("takes the packages of main.js's own inputs and of the parser's function, leaving out what left no bytes", () => {
		const metafile = {
			inputs: {},
			outputs: { "main.js": { bytes: 1, inputs: { "node_modules/outer/index.js": { bytesInOutput: 10 }, "node_modules/shaken/index.js": { bytesInOutput: 0 }, "src/main.ts": { bytesInOutput: 5 } }, imports: [], exports: [], entryPoint: "src/main.ts" } },
		};
		const inner = new Map([["node_modules/inner/lib/a.js", 7]]);
		expect(bundledPackageFolders(bundleInputs(metafile, inner))).toEqual(["node_modules/inner", "node_modules/outer"]);
	});

	it("lists every package the release build bundles, with its version and license from the lock file and the license's text", async () => {
		const result = await build({ ...releaseOptions, write: false, logLevel: "silent", metafile: true });
		const folders = bundledPackageFolders(bundleInputs(result.metafile, parseCoreInputs));
		// The parser's function holds the remark pipeline; main.js's own code imports none of it.
		expect(folders).toEqual(expect.arrayContaining(["node_modules/micromark", "node_modules/remark-parse", "node_modules/unified", "node_modules/mdast-util-gfm-table"]));
		const notices = renderNotices(folders, lock);
		for (const folder of folders) {
			const entry = lock.packages?.[folder];
			const name = folder.slice(folder.lastIndexOf("node_modules/") + "node_modules/".length);
			expect(notices).toContain(`- ${name} ${entry?.version} (${entry?.license})`);
			expect(notices).toContain(`${name} ${entry?.version}\nLicense: ${entry?.license}\n\n${licenseText(folder)}`);
		}
		expect(notices).toMatch(/^main\.js contains the following \d+ packages/m);
	});

	it("refuses a bundled package that the lock file does not know, or that ships no license", () => {
		expect(() => renderNotices(["node_modules/not-locked"], lock, () => "text")).toThrow(/not in package-lock\.json/);
		const root = mkdtempSync(join(tmpdir(), "notices-"));
		mkdirSync(join(root, "node_modules/bare"), { recursive: true });
		writeFileSync(join(root, "node_modules/bare/index.js"), "");
		expect(() => licenseText("node_modules/bare", root)).toThrow(/has no LICENSE file/);
		writeFileSync(join(root, "node_modules/bare/LICENSE.md"), "The licence.\n");
		expect(licenseText("node_modules/bare", root)).toBe("The licence.");
	});
});
