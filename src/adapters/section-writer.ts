import { Notice, type App, type TFile } from "obsidian";
import { insertSections, planSections, type InsertSectionsOptions, type SectionPlan } from "../core";
import { findMarkdownView } from "./open-note";

/**
 * Adds a template's sections to a note. An open note is planned on the
 * editor's own text and applied as one transaction, so one undo reverts it
 * and the cursor stays; a closed note goes through `Vault.process`.
 */
export async function writeSections(app: App, file: TFile, template: string, options: InsertSectionsOptions): Promise<SectionPlan | null> {
	const view = findMarkdownView(app, file);
	if (view) {
		const editor = view.editor;
		const plan = planSections(editor.getValue(), template, options);
		if (plan.problem) return refuse(file, plan.problem);
		if (plan.insertions.length > 0) {
			editor.transaction({ changes: plan.insertions.map((i) => ({ from: editor.offsetToPos(i.offset), text: i.text })) });
		}
		return plan;
	}
	// Planned inside process, on the file's current text, so no stale copy is ever written.
	const outcome: { plan: SectionPlan | null } = { plan: null };
	await app.vault.process(file, (data) => {
		const { text, ...summary } = insertSections(data, template, options);
		outcome.plan = { ...summary, insertions: [] };
		return summary.problem ? data : text;
	});
	const plan = outcome.plan;
	return plan?.problem ? refuse(file, plan.problem) : plan;
}

/** What the user reads after the edit: what was added and what was already there. */
export function describePlan(plan: SectionPlan): string {
	const parts: string[] = [];
	if (plan.inserted.length > 0) parts.push(`Inserted ${plan.inserted.join(", ")}.`);
	if (plan.filled.length > 0) parts.push(`Filled ${plan.filled.join(", ")}.`);
	if (plan.skipped.length > 0) parts.push(`Already there: ${plan.skipped.join(", ")}.`);
	return parts.length > 0 ? parts.join(" ") : "The template has no headings, so nothing was added.";
}

function refuse(file: TFile, problem: string): null {
	new Notice(`Nothing was added to "${file.basename}": ${problem}`);
	return null;
}
