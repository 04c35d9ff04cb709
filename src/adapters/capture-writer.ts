import { Notice, type App, type TFile } from "obsidian";
import { captureInto, lineInsertions, type CaptureOptions, type CaptureResult } from "../core";
import { findMarkdownView } from "./open-note";

/**
 * Appends one captured line to a section of a note. An open note gets one
 * editor transaction, so the cursor and scroll stay and one undo reverts it;
 * a closed note goes through `Vault.process`, computed on the file's own text.
 */
export async function writeCapture(app: App, file: TFile, target: string, entry: string, options: CaptureOptions): Promise<CaptureResult | null> {
	const view = findMarkdownView(app, file);
	if (view) {
		const editor = view.editor;
		const before = editor.getValue();
		const result = captureInto(before, target, entry, options);
		const insertions = result ? lineInsertions(before, result.text) : null;
		if (!result || !insertions) return refuse(file, target);
		editor.transaction({ changes: insertions.map((i) => ({ from: editor.offsetToPos(i.offset), text: i.text })) });
		return result;
	}
	const outcome: { result: CaptureResult | null } = { result: null };
	await app.vault.process(file, (data) => {
		outcome.result = captureInto(data, target, entry, options);
		return outcome.result?.text ?? data;
	});
	return outcome.result ?? refuse(file, target);
}

function refuse(file: TFile, target: string): null {
	new Notice(`Could not add to ${target} in "${file.basename}": the note ends inside an unclosed code block or HTML block. Nothing was changed.`);
	return null;
}
