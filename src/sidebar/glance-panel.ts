import type { GlanceSection } from "../core";
import type { PrepActions } from "./prep-actions";
import { partHeader } from "../ui/sidebar-elements";
import { ViewPart } from "../ui/view-part";
import { cssClass } from "../ui/css-class";

/**
 * Ice breakers, Highlights and Concerns, compact, for a glance during the call: each line as written, what
 * is nested under it in smaller type, and the section's name a jump to it in the note.
 */
export class GlancePanel extends ViewPart<{ sections: GlanceSection[] }> {
	constructor(
		el: HTMLElement,
		private readonly actions: PrepActions,
	) {
		super(el);
	}

	protected render({ sections }: { sections: GlanceSection[] }): void {
		this.el.empty();
		partHeader(this.el, "At a glance");
		for (const section of sections) {
			const group = this.el.createEl("section", { cls: cssClass("glance-group") });
			const heading = group.createDiv({ cls: cssClass("group-title"), attr: { role: "heading", "aria-level": 4 } });
			const title = heading.createEl("button", { cls: cssClass("link"), text: section.heading, attr: { "data-line": section.line } });
			title.addEventListener("click", () => this.actions.jumpToLine(section.line));
			const list = group.createEl("ul", { cls: cssClass("glance") });
			for (const item of section.items) {
				const li = list.createEl("li", { text: readable(item.text) });
				if (item.nested.length === 0) continue;
				const nested = li.createEl("ul", { cls: cssClass("glance-nested") });
				for (const line of item.nested) nested.createEl("li", { text: readable(line) });
			}
		}
	}
}

/** A line as it reads, without the marks of bold, italics and code, which show as text here. */
function readable(text: string): string {
	return text.replace(/(\*\*|__|`)(.+?)\1/g, "$2");
}
