import { Notice, TFile, type App, type Editor } from "obsidian";
import { applyChanges, positionAt, refuse, rerunProblem, type EditPlan, type Planner, type TextChange } from "../core";
import { findEditor } from "./open-note";

/** What a write needs of an editor; any editor that shows the note has it. */
export type PlanEditor = Pick<Editor, "getValue" | "transaction" | "offsetToPos">;

/** What came of a write: the planner's result when it was applied or had nothing to do, or null when refused. */
export type WriteOutcome<R> = { result: R; changed: boolean } | null;

/** A plan that the parser makes, and checks, off the UI thread, from the note's text. */
export type PlannerAsync<R> = (text: string) => Promise<EditPlan<R>>;

/** The part of the check before every write that needs the parser (`checkChanges`), run where the parser runs. */
export type WriteCheck = (text: string, changes: TextChange[]) => Promise<string | null>;

export const CHANGED_WHILE_PLANNING = "the note changed while the edit was planned. Try again.";
/** Plans made before typing stops trying; the last is written or refused. */
const ATTEMPTS = 3;

/**
 * The one way the plugin writes to a note. A planner reads the note's current text and says what to
 * change; the plan is checked before it is written (`checkPlan`: it must read as planned, and a second
 * run must change nothing), in the parser's thread, so the UI thread never parses. A note open in an
 * editor, a canvas card's included, is changed there, as one transaction: one undo reverts it, and the
 * cursor and scroll stay. Otherwise `Vault.process` changes the file, only if its text is still the one
 * planned on. When the note changed while the plan was made, as typing or sync does, it is planned again.
 * Every write shares the same guards, and a refusal says why in a notice.
 */
export class EditPath {
	constructor(
		private readonly app: App,
		private readonly check: WriteCheck,
	) {}

	/** Writes a plan made on the UI thread, such as a line edit or a typed stamp, which needs no parser. */
	apply<R>(file: TFile, planner: Planner<R>, options: { editor?: PlanEditor } = {}): Promise<WriteOutcome<R>> {
		const checked: PlannerAsync<R> = async (text) => {
			const plan = planner(text);
			if (plan.kind !== "change") return plan;
			const problem = rerunProblem(text, plan, planner) ?? (await this.check(text, plan.changes));
			return problem === null ? plan : refuse(problem);
		};
		return this.write(file, checked, options.editor);
	}

	/** Writes a plan that the parser made and checked, such as a capture or inserted sections. */
	applyPlanned<R>(file: TFile, planner: PlannerAsync<R>): Promise<WriteOutcome<R>> {
		return this.write(file, planner);
	}

	private async write<R>(file: TFile, planner: PlannerAsync<R>, given?: PlanEditor): Promise<WriteOutcome<R>> {
		for (let attempt = 1; ; attempt++) {
			// Callers may have awaited a template first: the note can have gone meanwhile.
			if (!(this.app.vault.getAbstractFileByPath(file.path) instanceof TFile)) return refused(file, "it is no longer in the vault.");
			const editor = given ?? findEditor(this.app, file);
			const text = editor ? editor.getValue() : await this.app.vault.read(file);
			const plan = await planner(text);
			if (plan.kind === "refuse") return refused(file, plan.reason);
			if (plan.kind === "none") return { result: plan.result, changed: false };
			if (editor ? this.inEditor(editor, text, plan) : await this.inFile(file, text, plan)) return { result: plan.result, changed: true };
			if (attempt >= ATTEMPTS) return refused(file, CHANGED_WHILE_PLANNING);
		}
	}

	/** Applies the plan as one transaction, if the editor still shows the text it was planned on. */
	private inEditor<R>(editor: PlanEditor, text: string, plan: Extract<EditPlan<R>, { kind: "change" }>): boolean {
		if (editor.getValue() !== text) return false;
		const changes = plan.changes.map((c) => ({ from: editor.offsetToPos(c.from), to: editor.offsetToPos(c.to), text: c.text }));
		// The caret is an offset in the changed text, which is what a transaction's selection means.
		const caret = plan.caret === undefined ? undefined : positionAt(applyChanges(text, plan.changes), plan.caret);
		editor.transaction(caret ? { changes, selection: { from: caret } } : { changes });
		return true;
	}

	/** Applies the plan to the file, if the file still holds the text it was planned on. */
	private async inFile<R>(file: TFile, text: string, plan: Extract<EditPlan<R>, { kind: "change" }>): Promise<boolean> {
		let written = false;
		await this.app.vault.process(file, (data) => {
			if (data !== text) return data;
			written = true;
			return applyChanges(data, plan.changes);
		});
		return written;
	}
}

function refused(file: TFile, reason: string): null {
	new Notice(`Nothing was changed in "${file.basename}": ${reason}`);
	return null;
}
