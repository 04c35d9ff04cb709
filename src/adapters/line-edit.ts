import { Notice, type App, type TFile } from "obsidian";
import { replaceLine, type LineEdit } from "../core";
import { findEditor } from "./open-note";

/**
 * Replaces one line of a note, only if it still says what the caller saw.
 * An open note, in a markdown view or a canvas card, is edited through its
 * editor, as one undo step; a closed one through `Vault.process`, re-checked
 * against the file's current text.
 */
export async function editLine(app: App, file: TFile, edit: LineEdit): Promise<boolean> {
	const editor = findEditor(app, file);
	if (editor) {
		const index = edit.line - 1;
		if (index > editor.lastLine() || editor.getLine(index) !== edit.expected) return refuse(file);
		editor.transaction({
			changes: [{ from: { line: index, ch: 0 }, to: { line: index, ch: edit.expected.length }, text: edit.replacement }],
		});
		return true;
	}
	let applied = false;
	await app.vault.process(file, (data) => {
		const next = replaceLine(data, edit);
		applied = next !== null;
		return next ?? data;
	});
	return applied || refuse(file);
}

function refuse(file: TFile): false {
	new Notice(`That line in "${file.basename}" changed since the sidebar read it. Nothing was changed; try again.`);
	return false;
}
