import { normalizePath, Notice, TFile, type App } from "obsidian";
import { findEditor } from "../platform/open-note";

/**
 * The template's text: the vault file named in settings, or the built-in one
 * when no file is set. A template open in an editor is read from the editor,
 * so an edit the app has not saved yet counts. A missing or empty file gives
 * a notice naming it, and null, so the caller changes nothing.
 */
export async function loadTemplate(app: App, path: string, builtIn: string): Promise<string | null> {
	if (path.trim() === "") return builtIn;
	const normalised = normalizePath(path.endsWith(".md") ? path : `${path}.md`);
	const file = app.vault.getAbstractFileByPath(normalised);
	if (!(file instanceof TFile)) {
		new Notice(`Template file "${normalised}" was not found. Nothing was changed; check the template path in settings.`);
		return null;
	}
	const text = findEditor(app, file)?.getValue() ?? (await app.vault.read(file));
	if (text.trim() === "") {
		new Notice(`Template file "${normalised}" is empty. Nothing was changed.`);
		return null;
	}
	return text;
}
