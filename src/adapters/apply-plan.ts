import { Notice, TFile, type App, type Editor } from "obsidian";
import { applyChanges, checkPlan, positionAt, refuse, type EditPlan, type Planner } from "../core";
import { findEditor } from "./open-note";

/** What a write needs of an editor; any editor that shows the note has it. */
export type PlanEditor = Pick<Editor, "getValue" | "transaction" | "offsetToPos">;

/** What came of a write: the planner's result when it was applied or had nothing to do, or null when refused. */
export type WriteOutcome<R> = { result: R; changed: boolean } | null;

/**
 * The one way the plugin writes to a note. The planner reads the note's current text and says what to
 * change. A note open in an editor, a canvas card's included, is changed there, as one transaction: one undo reverts it, and the
 * cursor and scroll stay. Otherwise `Vault.process` hands over the file's own text, the planner runs
 * again on it, and nothing stale is written. Every write shares the same guards: the note must still be
 * in the vault, the planner re-checks the lines it plans on, the plan passes `checkPlan` on the text it
 * would change, and a refusal says why in a notice.
 */
export async function applyPlan<R>(app: App, file: TFile, planner: Planner<R>, options: { editor?: PlanEditor } = {}): Promise<WriteOutcome<R>> {
	// Callers may have awaited a template first: the note can have gone meanwhile.
	if (!(app.vault.getAbstractFileByPath(file.path) instanceof TFile)) return refused(file, "it is no longer in the vault.");
	const editor = options.editor ?? findEditor(app, file);
	if (editor) {
		const plan = checked(planner, editor.getValue());
		if (plan.kind === "refuse") return refused(file, plan.reason);
		if (plan.kind === "change") {
			const changes = plan.changes.map((c) => ({ from: editor.offsetToPos(c.from), to: editor.offsetToPos(c.to), text: c.text }));
			// The caret is an offset in the changed text, which is what a transaction's selection means.
			const caret = plan.caret === undefined ? undefined : positionAt(applyChanges(editor.getValue(), plan.changes), plan.caret);
			editor.transaction(caret ? { changes, selection: { from: caret } } : { changes });
		}
		return { result: plan.result, changed: plan.kind === "change" };
	}
	let plan: EditPlan<R> | null = null;
	await app.vault.process(file, (data) => {
		const planned = checked(planner, data);
		plan = planned;
		return planned.kind === "change" ? applyChanges(data, planned.changes) : data;
	});
	const done = plan as EditPlan<R> | null;
	if (!done) return refused(file, "it could not be read.");
	if (done.kind === "refuse") return refused(file, done.reason);
	return { result: done.result, changed: done.kind === "change" };
}

/** The planner's plan for `text`, or a refusal when the plan fails the check before every write. */
function checked<R>(planner: Planner<R>, text: string): EditPlan<R> {
	const plan = planner(text);
	if (plan.kind !== "change") return plan;
	const problem = checkPlan(text, plan, planner);
	return problem === null ? plan : refuse(problem);
}

function refused(file: TFile, reason: string): null {
	new Notice(`Nothing was changed in "${file.basename}": ${reason}`);
	return null;
}
