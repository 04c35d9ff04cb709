import { moment } from "obsidian";
import type { Settings } from "../settings/prep-settings";

/** `{{title}}`, `{{date}}`, `{{time}}` and every frontmatter key of the note, for a template. */
export function templateVars(title: string, frontmatter: Record<string, string>, settings: Settings): Record<string, string> {
	const now = moment();
	return {
		...frontmatter,
		title,
		date: now.format(settings.dateFormat),
		time: now.format(settings.timeFormat),
	};
}
