// THIRD_PARTY_NOTICES: the licenses of the packages bundled into main.js, written by the production build.
// Which packages: the inputs esbuild put into main.js (its metafile) and into the parser's function
// (parseCoreInputs, scripts/bundled-parse-core.mjs), counting only files that left bytes in the output.
// Their name, version and license come from package-lock.json; each license's text from the package's own file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NOTICES_FILE } from "./release.mjs";

/** The package folder an input path lies in (`node_modules/a/node_modules/@b/c`), or null for the plugin's own files. */
export function packageFolderOf(inputPath) {
	const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(inputPath.replace(/\\/g, "/"));
	return match?.[1] ?? null;
}

/** A build's inputs as `[path, bytesInOutput]` pairs: main.js's own (esbuild's metafile) and the parser function's (parseCoreInputs). */
export function bundleInputs(metafile, parseCoreInputs) {
	const outer = Object.values(metafile?.outputs ?? {}).flatMap((output) => Object.entries(output.inputs).map(([path, input]) => [path, input.bytesInOutput]));
	return [...outer, ...parseCoreInputs];
}

/** Every package folder with bytes in the bundle, sorted, from `[path, bytesInOutput]` pairs. */
export function bundledPackageFolders(inputs) {
	const folders = new Set();
	for (const [path, bytes] of inputs) {
		const folder = bytes > 0 ? packageFolderOf(path) : null;
		if (folder) folders.add(folder);
	}
	return [...folders].sort();
}

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;

/** The text of a package's license file; throws when it ships none, since a release must not go out without it. */
export function licenseText(folder, root = ".") {
	const dir = join(root, folder);
	const file = existsSync(dir) ? readdirSync(dir).find((name) => LICENSE_FILE.test(name)) : undefined;
	if (!file) throw new Error(`${folder} has no LICENSE file to copy into ${NOTICES_FILE}.`);
	return readFileSync(join(dir, file), "utf8").trim();
}

/** The notices for `folders`, reading each package's entry in the lock file and its license text. */
export function renderNotices(folders, lock, readLicense = licenseText) {
	const entries = folders.map((folder) => {
		const entry = lock.packages?.[folder];
		if (!entry?.version) throw new Error(`${folder} is bundled into main.js but not in package-lock.json.`);
		const name = entry.name ?? folder.slice(folder.lastIndexOf("node_modules/") + "node_modules/".length);
		return { name, version: entry.version, license: entry.license ?? "UNKNOWN", text: readLicense(folder) };
	});
	const rule = "-".repeat(72);
	const header = [
		"Third-party software bundled into main.js of Interview Prep",
		"",
		`main.js contains the following ${entries.length} packages, listed with the license each is distributed under.`,
		"Generated from package-lock.json by the production build (scripts/third-party-notices.mjs).",
		"",
		...entries.map((e) => `- ${e.name} ${e.version} (${e.license})`),
	];
	const sections = entries.map((e) => [rule, `${e.name} ${e.version}`, `License: ${e.license}`, "", e.text].join("\n"));
	return `${[header.join("\n"), ...sections].join("\n\n")}\n`;
}

/** Writes THIRD_PARTY_NOTICES for a build's inputs; returns the packages it lists. */
export function writeThirdPartyNotices(inputs, { root = ".", lockPath = join(root, "package-lock.json"), outPath = join(root, NOTICES_FILE) } = {}) {
	const folders = bundledPackageFolders(inputs);
	const lock = JSON.parse(readFileSync(lockPath, "utf8"));
	writeFileSync(outPath, renderNotices(folders, lock, (folder) => licenseText(folder, root)));
	return folders;
}
