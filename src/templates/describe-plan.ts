import type { SectionSummary } from "../core";

/** What the user reads after inserting a template's sections: what was added and what was already there. */
export function describePlan(summary: SectionSummary): string {
	const parts: string[] = [];
	if (summary.inserted.length > 0) parts.push(`Inserted ${summary.inserted.join(", ")}.`);
	if (summary.filled.length > 0) parts.push(`Filled ${summary.filled.join(", ")}.`);
	if (summary.skipped.length > 0) parts.push(`Already there: ${summary.skipped.join(", ")}.`);
	return parts.length > 0 ? parts.join(" ") : "The template has no headings, so nothing was added.";
}
