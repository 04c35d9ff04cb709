import { percent } from "../core";
import { cssClass } from "../ui/css-class";

/** A labelled `<progress>` with `done/total` and the percentage beside it. */
export function renderProgress(parent: HTMLElement, done: number, total: number, label: string): HTMLElement {
	const row = parent.createDiv({ cls: cssClass("progress") });
	row.createEl("progress", { attr: { max: Math.max(total, 1), value: done, "aria-label": label } });
	row.createSpan({ cls: cssClass("progress-count"), text: `${done}/${total}` });
	row.createSpan({ cls: cssClass("progress-percent"), text: percent(done, total) });
	return row;
}
