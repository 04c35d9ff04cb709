import type * as Real from "obsidian/obsidian";
import { isMap as isYamlMap, parseDocument, stringify } from "yaml";
import type { App } from "./app";
import type { Doubled } from "./doubled";
import type { TFile } from "./vault";

/**
 * The app's frontmatter writer. As in the app: one read-change-write through `Vault.process`; a note without
 * a block gets one; invalid YAML throws and writes nothing; the body after the block is written back as it was.
 * The block is written again from the changed map, in the note's line ending.
 */
export class FileManager implements Doubled<Real.FileManager, "processFrontMatter"> {
	constructor(private readonly app: App) {}

	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		await this.app.vault.process(file, (text) => {
			const eol = /\r\n/.test(text) ? "\r\n" : "\n";
			const lines = text.split(/\r?\n/);
			const fenced = /^---\s*$/.test(lines[0] ?? "");
			const end = fenced ? lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line)) : -1;
			let frontmatter: Record<string, unknown> = {};
			let bodyStart = 0;
			if (end > 0) {
				const document = parseDocument(lines.slice(1, end).join("\n"));
				if (document.errors.length > 0) throw new Error(`YAMLParseError: ${document.errors[0]?.message ?? "invalid YAML"}`);
				if (document.contents !== null && !isYamlMap(document.contents)) throw new Error("YAMLParseError: the frontmatter is not a map");
				frontmatter = (document.toJS() as Record<string, unknown> | null) ?? {};
				// The body starts right after the closing fence's line ending.
				bodyStart = lines.slice(0, end + 1).join(eol).length + eol.length;
			}
			fn(frontmatter);
			const yaml = stringify(frontmatter).replace(/\n$/, "").split("\n").join(eol);
			const body = end > 0 ? text.slice(bodyStart) : text;
			return `---${eol}${Object.keys(frontmatter).length > 0 ? `${yaml}${eol}` : ""}---${eol}${body}`;
		});
	}
}
