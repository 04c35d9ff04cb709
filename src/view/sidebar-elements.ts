import { setIcon } from "obsidian";

/** A part's header bar with its title as a level-3 heading; the caller may add a count beside it. */
export function partHeader(parent: HTMLElement, title: string): HTMLElement {
	const bar = parent.createDiv({ cls: "interview-prep-part-header" });
	bar.createDiv({ cls: "interview-prep-part-title", text: title, attr: { role: "heading", "aria-level": 3 } });
	return bar;
}

/** A group's title inside a part, as a level-4 heading. */
export function groupTitle(parent: HTMLElement, text: string): void {
	parent.createDiv({ cls: "interview-prep-group-title", text, attr: { role: "heading", "aria-level": 4 } });
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
