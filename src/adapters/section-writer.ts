import { Notice, type App, type TFile } from "obsidian";
import { planSections, type InsertSectionsOptions, type InsertSectionsResult } from "../core";
import { addLines } from "./note-writer";

type SectionSummary = Omit<InsertSectionsResult, "text">;

/** Adds a template's sections to a note; a note that would swallow the new headings is left alone, with a notice. */
export async function writeSections(app: App, file: TFile, template: string, options: InsertSectionsOptions): Promise<SectionSummary | null> {
	const outcome: { summary: SectionSummary | null } = { summary: null };
	await addLines(app, file, (before) => {
		const { insertions, ...summary } = planSections(before, template, options);
		outcome.summary = summary;
		return summary.problem ? null : insertions;
	});
	const summary = outcome.summary;
	if (summary?.problem) {
		new Notice(`Nothing was added to "${file.basename}": ${summary.problem}`);
		return null;
	}
	return summary;
}

/** What the user reads after the edit: what was added and what was already there. */
export function describePlan(summary: SectionSummary): string {
	const parts: string[] = [];
	if (summary.inserted.length > 0) parts.push(`Inserted ${summary.inserted.join(", ")}.`);
	if (summary.filled.length > 0) parts.push(`Filled ${summary.filled.join(", ")}.`);
	if (summary.skipped.length > 0) parts.push(`Already there: ${summary.skipped.join(", ")}.`);
	return parts.length > 0 ? parts.join(" ") : "The template has no headings, so nothing was added.";
}
