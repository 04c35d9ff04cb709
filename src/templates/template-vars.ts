import { moment } from "obsidian";
import { variableFormats } from "../core";
import type { Settings } from "../settings/prep-settings";

/**
 * `{{title}}`, `{{date}}`, `{{time}}` and every frontmatter key of the note, for a template; and each
 * `{{date:FORMAT}}` and `{{time:FORMAT}}` the template holds, formatted here with moment, so the core fills text only.
 */
export function templateVars(title: string, frontmatter: Record<string, string>, settings: Settings, template: string): Record<string, string> {
	const now = moment();
	const vars: Record<string, string> = {
		...frontmatter,
		title,
		date: now.format(settings.dateFormat),
		time: now.format(settings.timeFormat),
	};
	for (const { key, format } of variableFormats(template, ["date", "time"])) vars[key] = now.format(format);
	return vars;
}
