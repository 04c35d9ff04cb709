import { withoutStamp, type SaidGroup } from "../core";
import { cssClass } from "../ui/css-class";

/**
 * Said lines under their topics: each topic headed by the figures said on it (`pay: 120–140k (said
 * twice)`), each line with where it was said, and a line that differs from another says so in words, not
 * only in colour, as a touch screen shows no tooltip.
 */
export function renderSaidGroups(parent: HTMLElement, groups: readonly SaidGroup[]): void {
	for (const group of groups) {
		const topic = parent.createDiv({ cls: cssClass("said-topic") });
		const title = group.topic === null ? "Other" : group.figures === null ? group.topic : `${group.topic}: ${group.figures}`;
		topic.createDiv({ cls: cssClass("said-topic-title"), text: title, attr: { role: "heading", "aria-level": 5 } });
		const list = topic.createEl("ul", { cls: cssClass("earlier-lines") });
		for (const row of group.rows) {
			const item = list.createEl("li");
			item.toggleClass("is-conflict", row.differs.length > 0);
			item.createSpan({ text: withoutStamp(row.text) });
			item.createSpan({ cls: cssClass("earlier-source"), text: row.source });
			for (const words of row.differs) item.createSpan({ cls: cssClass("said-differs"), text: words });
		}
	}
}
