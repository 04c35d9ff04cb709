import { TFile, type App } from "obsidian";
import { refuse, type EditPlan } from "../core";
import { applyPlan, type WriteOutcome } from "./apply-plan";
import { findEditor } from "./open-note";

/** A plan that the parser makes, off the UI thread, from the note's text. */
export type PlannerAsync<R> = (text: string) => Promise<EditPlan<R>>;

export const CHANGED_WHILE_PLANNING = "the note changed while the edit was planned. Try again.";
/** Plans made before typing stops trying; the last is written or refused. */
const ATTEMPTS = 3;

/**
 * Writes a plan that the parser makes asynchronously, through the one write path (`applyPlan`). The plan is
 * made on the note's current text; when the note changed meanwhile, as typing does, it is planned again. The
 * write itself re-checks that the text is still the one planned on, and refuses with a notice otherwise.
 */
export async function applyPlanned<R>(app: App, file: TFile, planner: PlannerAsync<R>): Promise<WriteOutcome<R>> {
	for (let attempt = 1; ; attempt++) {
		const text = await currentText(app, file);
		// A note gone from the vault: the write path says so.
		if (text === null) return applyPlan(app, file, () => refuse(CHANGED_WHILE_PLANNING));
		const plan = await planner(text);
		if (attempt < ATTEMPTS && (await currentText(app, file)) !== text) continue;
		return applyPlan(app, file, (now) => (now === text ? plan : refuse(CHANGED_WHILE_PLANNING)));
	}
}

/** What a write would plan on: the open editor's text, or the file's. */
async function currentText(app: App, file: TFile): Promise<string | null> {
	if (!(app.vault.getAbstractFileByPath(file.path) instanceof TFile)) return null;
	return findEditor(app, file)?.getValue() ?? (await app.vault.read(file));
}
