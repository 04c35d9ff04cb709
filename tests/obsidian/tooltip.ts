/**
 * Tooltips as the app shows them: `setTooltip` gives an element its
 * `aria-label`, and on the desktop, hovering any element with an
 * `aria-label` shows that text in a `.tooltip` beside it. The mobile app
 * shows none, since a finger never hovers: what a phone user must know has
 * to be visible text.
 */
import type * as Real from "obsidian/obsidian";
import { Platform } from "./ui";

export const setTooltip: typeof Real.setTooltip = (el, tooltip, options) => {
	el.setAttr("aria-label", tooltip);
	if (options?.placement !== undefined) el.setAttr("data-tooltip-position", options.placement);
	if (options?.delay !== undefined) el.setAttr("data-tooltip-delay", options.delay);
	installTooltips(el.doc);
};

const installed = new WeakSet<Document>();
let shown: HTMLElement | null = null;
let shownFor: HTMLElement | null = null;

/** Test aid: the tooltip showing now, if any. */
export function shownTooltip(): HTMLElement | null {
	return shown?.isConnected ? shown : null;
}

/** Listens for hovers on the whole document once, as the app does, rather than on each element. */
export function installTooltips(doc: Document): void {
	if (installed.has(doc)) return;
	installed.add(doc);
	doc.addEventListener("mouseover", (evt) => {
		const target = (evt.target as Partial<Element> | null)?.closest?.<HTMLElement>("[aria-label]") ?? null;
		if (target === shownFor) return;
		hide();
		const text = target?.getAttribute("aria-label");
		if (Platform.isMobile || !target || !text) return;
		const placement = target.getAttribute("data-tooltip-position") ?? "bottom";
		const rect = target.getBoundingClientRect();
		shownFor = target;
		shown = doc.body.createDiv({ cls: ["tooltip", `mod-${placement}`], text });
		// Above everything and out of the layout, so showing one moves nothing on the page.
		shown.setCssProps({
			position: "fixed",
			"pointer-events": "none",
			"z-index": "var(--layer-tooltip, 1000)",
			left: `${rect.left}px`,
			top: placement === "top" ? `${rect.top}px` : `${rect.bottom}px`,
			padding: "var(--size-2-2) var(--size-4-2)",
			"border-radius": "var(--radius-s)",
			background: "var(--background-modifier-message, #222)",
			color: "var(--text-on-accent, #fff)",
			"font-size": "var(--font-ui-smaller, 12px)",
		});
	});
	doc.addEventListener("mouseout", (evt) => {
		const to = evt.relatedTarget as Node | null;
		if (shownFor && to && shownFor.contains(to)) return;
		hide();
	});
}

function hide(): void {
	shown?.detach();
	shown = null;
	shownFor = null;
}
