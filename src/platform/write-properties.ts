import { MarkdownView, Notice, type App, type TFile } from "obsidian";

/**
 * Sets properties of a note through Obsidian's own frontmatter writer, which leaves the body as it is. Text
 * typed in an open editor and not yet saved is saved first, so the write cannot lose it. A value of null
 * removes the key. False, with a notice saying why, when the note's frontmatter cannot be read as YAML.
 */
export async function writeProperties(app: App, file: TFile, values: Readonly<Record<string, string | null>>): Promise<boolean> {
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		if (leaf.view instanceof MarkdownView && leaf.view.file === file) await leaf.view.save();
	}
	try {
		await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			for (const [key, value] of Object.entries(values)) {
				if (value === null) delete frontmatter[key];
				else frontmatter[key] = value;
			}
		});
		return true;
	} catch (error) {
		new Notice(`"${file.basename}" was not changed: its properties cannot be read (${error instanceof Error ? error.message : String(error)}). Fix them in the note, then try again.`);
		return false;
	}
}
