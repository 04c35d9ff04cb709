import type { App, TFile } from "obsidian";
import { sectionsPlanner, type InsertSectionsOptions, type SectionSummary } from "../core";
import { applyPlan } from "./apply-plan";

/** Adds a template's sections to a note; a note that would swallow the new headings is left alone, with a notice. */
export async function writeSections(app: App, file: TFile, template: string, options: InsertSectionsOptions): Promise<SectionSummary | null> {
	return (await applyPlan(app, file, sectionsPlanner(template, options)))?.result ?? null;
}

/** What the user reads after the edit: what was added and what was already there. */
export function describePlan(summary: SectionSummary): string {
	const parts: string[] = [];
	if (summary.inserted.length > 0) parts.push(`Inserted ${summary.inserted.join(", ")}.`);
	if (summary.filled.length > 0) parts.push(`Filled ${summary.filled.join(", ")}.`);
	if (summary.skipped.length > 0) parts.push(`Already there: ${summary.skipped.join(", ")}.`);
	return parts.length > 0 ? parts.join(" ") : "The template has no headings, so nothing was added.";
}
