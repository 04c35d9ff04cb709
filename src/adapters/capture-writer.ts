import { Notice, type App, type TFile } from "obsidian";
import { captureInto, lineInsertions, type CaptureOptions, type CaptureResult } from "../core";
import { addLines } from "./note-writer";

/** Appends one captured line to a section of a note, as one undo step when the note is open. */
export async function writeCapture(app: App, file: TFile, target: string, entry: string, options: CaptureOptions): Promise<CaptureResult | null> {
	const outcome: { result: CaptureResult | null; read: boolean } = { result: null, read: false };
	await addLines(app, file, (before) => {
		outcome.read = true;
		outcome.result = captureInto(before, target, entry, options);
		// A capture may create its section first, so its lines are found by comparing the texts.
		return outcome.result ? lineInsertions(before, outcome.result.text) : null;
	});
	if (outcome.read && !outcome.result) {
		new Notice(`Could not add to ${target} in "${file.basename}": the note ends inside an unclosed code block or HTML block. Nothing was changed.`);
	}
	return outcome.result;
}
