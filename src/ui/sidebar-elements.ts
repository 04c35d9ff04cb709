import { setIcon, setTooltip } from "obsidian";
import type { NestedLine } from "../core";
import { cssClass } from "./css-class";

/** A part's header bar with its title as a level-3 heading; the caller may add a count beside it. */
export function partHeader(parent: HTMLElement, title: string): HTMLElement {
	const bar = parent.createDiv({ cls: cssClass("part-header") });
	bar.createDiv({ cls: cssClass("part-title"), text: title, attr: { role: "heading", "aria-level": 3 } });
	return bar;
}

/** A group's title inside a part, as a level-4 heading. */
export function groupTitle(parent: HTMLElement, text: string): HTMLElement {
	return parent.createDiv({ cls: cssClass("group-title"), text, attr: { role: "heading", "aria-level": 4 } });
}

/** The chevron that shows or hides a row's details; `key` lets focus come back to it after a redraw. */
export function disclosureButton(parent: HTMLElement, open: boolean, label: string, key: string, onToggle: () => void): HTMLButtonElement {
	const button = parent.createEl("button", {
		cls: "interview-prep-icon-button clickable-icon",
		attr: { "aria-expanded": open, "aria-label": label, "data-key": key },
	});
	setIcon(button, open ? "chevron-down" : "chevron-right");
	button.addEventListener("click", onToggle);
	return button;
}

/** A story's STAR readiness: one lit or unlit letter per word, and what is missing in words, since a touch screen shows no tooltip. */
export function starMarkers(parent: HTMLElement, lit: readonly boolean[], starWords: readonly string[]): void {
	const markers = parent.createDiv({ cls: cssClass("star"), attr: { role: "group", "aria-label": `Story readiness: ${lit.filter(Boolean).length} of 4` } });
	starWords.forEach((word, i) => {
		const on = lit[i] === true;
		const marker = markers.createSpan({ cls: on ? "interview-prep-star-marker is-lit" : cssClass("star-marker"), text: word.charAt(0).toUpperCase(), attr: { role: "img" } });
		setTooltip(marker, `${word}: ${on ? "covered" : "missing"}`);
	});
	const missing = starWords.filter((_, i) => lit[i] !== true);
	if (missing.length > 0) markers.createSpan({ cls: cssClass("missing"), text: `Missing: ${missing.map((w) => w.toLowerCase()).join(", ")}` });
}

/** Lines nested under a story or a question, each indented by its depth, as the note nests them. */
export function nestedList(parent: HTMLElement, cls: string, lines: readonly NestedLine[]): void {
	const list = parent.createEl("ul", { cls: `${cls} interview-prep-nested` });
	for (const line of lines) list.createEl("li", { text: line.text, cls: `interview-prep-nest-${Math.min(line.depth, 4)}` });
}
