import type { TFile } from "obsidian";
import type { InsertSectionsOptions, SectionSummary } from "../core";
import type { DocumentParser } from "../parsing/parse-service";
import type { EditPath } from "./apply-plan";

/** Adds a template's sections to a note, planned by the note's parser; a note that would swallow the new headings is left alone, with a notice. */
export async function writeSections(
	edits: EditPath,
	file: TFile,
	parser: DocumentParser,
	template: string,
	options: Omit<InsertSectionsOptions, "parser">,
): Promise<SectionSummary | null> {
	return (await edits.applyPlanned(file, (text) => parser.planSections(text, template, options)))?.result ?? null;
}

/** What the user reads after the edit: what was added and what was already there. */
export function describePlan(summary: SectionSummary): string {
	const parts: string[] = [];
	if (summary.inserted.length > 0) parts.push(`Inserted ${summary.inserted.join(", ")}.`);
	if (summary.filled.length > 0) parts.push(`Filled ${summary.filled.join(", ")}.`);
	if (summary.skipped.length > 0) parts.push(`Already there: ${summary.skipped.join(", ")}.`);
	return parts.length > 0 ? parts.join(" ") : "The template has no headings, so nothing was added.";
}
