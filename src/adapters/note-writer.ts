import { TFile, type App } from "obsidian";
import { applyInsertions, type TextInsertion } from "../core";
import { findEditor } from "./open-note";

/**
 * Adds lines to a note that is still in the vault. `plan` gets the note's
 * current text and returns where to insert which lines, or null to change
 * nothing. An open note, in a markdown view or a canvas card, is edited on
 * the editor's own text in one transaction, so one undo reverts it and the
 * cursor and scroll stay; a closed note goes through `Vault.process`, on the
 * file's own text, so no stale copy is written.
 */
export async function addLines(app: App, file: TFile, plan: (text: string) => TextInsertion[] | null): Promise<boolean> {
	// Callers read templates first, which is async: the note may have gone meanwhile.
	if (!(app.vault.getAbstractFileByPath(file.path) instanceof TFile)) return false;
	const editor = findEditor(app, file);
	if (editor) {
		const insertions = plan(editor.getValue());
		if (!insertions) return false;
		if (insertions.length > 0) editor.transaction({ changes: insertions.map((i) => ({ from: editor.offsetToPos(i.offset), text: i.text })) });
		return true;
	}
	let changed = false;
	await app.vault.process(file, (data) => {
		const insertions = plan(data);
		changed = insertions !== null;
		return insertions ? applyInsertions(data, insertions) : data;
	});
	return changed;
}
