import { withoutStamp } from "../core";
import { groupTitle } from "../ui/sidebar-elements";
import { cssClass } from "../ui/css-class";

/** A titled group of the process part or a person's part. */
export function processGroup(parent: HTMLElement, title: string, cls = ""): HTMLElement {
	const section = parent.createEl("section", { cls: `interview-prep-process-group ${cls}`.trim() });
	groupTitle(section, title);
	return section;
}

/** Lines said or noted in other rounds, each with where it comes from; nothing at all when there are none. */
export function renderSourcedLines<T extends { text: string }>(parent: HTMLElement, title: string, cls: string, lines: readonly T[], source: (line: T) => string): void {
	if (lines.length === 0) return;
	const list = processGroup(parent, title, cls).createEl("ul", { cls: cssClass("earlier-lines") });
	for (const line of lines) {
		const item = list.createEl("li");
		item.createSpan({ text: withoutStamp(line.text) });
		item.createSpan({ cls: cssClass("earlier-source"), text: source(line) });
	}
}
