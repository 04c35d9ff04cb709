import { normalizePath, Notice, TFile, type App } from "obsidian";

/**
 * The template's text: the vault file named in settings, or the built-in one
 * when no file is set. A missing or empty file gives a notice naming it, and
 * null, so the caller changes nothing.
 */
export async function loadTemplate(app: App, path: string, builtIn: string): Promise<string | null> {
	if (path.trim() === "") return builtIn;
	const normalised = normalizePath(path.endsWith(".md") ? path : `${path}.md`);
	const file = app.vault.getAbstractFileByPath(normalised);
	if (!(file instanceof TFile)) {
		new Notice(`Template file "${normalised}" was not found. Nothing was changed; check the template path in settings.`);
		return null;
	}
	const text = await app.vault.read(file);
	if (text.trim() === "") {
		new Notice(`Template file "${normalised}" is empty. Nothing was changed.`);
		return null;
	}
	return text;
}
