import { moment } from "obsidian";
import { readFrontmatter, splitLines } from "../core";
import type { PrepSettings } from "../settings/prep-settings";

/** `{{title}}`, `{{date}}`, `{{time}}` and every frontmatter key of the note, for a template. */
export function templateVars(title: string, noteText: string, settings: PrepSettings): Record<string, string> {
	const now = moment();
	return {
		...readFrontmatter(splitLines(noteText)),
		title,
		date: now.format(settings.dateFormat),
		time: now.format(settings.timeFormat),
	};
}
