const FOCUSABLE = "button, input, select, textarea, [tabindex]";

/** What identifies a control across redraws: its kind and key where it has one, which outlives a move of its line; else its line, label and text. */
function identity(el: Element): string {
	const key = el.getAttribute("data-key");
	if (key !== null) return [el.tagName, key].join("\u0000");
	return [el.tagName, el.getAttribute("data-key"), el.getAttribute("data-line"), el.getAttribute("aria-label"), el.textContent].join("\u0000");
}

function focusables(container: HTMLElement): HTMLElement[] {
	return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.hasAttribute("disabled"));
}

/**
 * Redraws `container` with `draw`, and gives keyboard focus back to the same control when it was inside:
 * the one that identifies the same way, or else the one now in its place, as when a checked task leaves
 * the list of open ones. Focus never falls to the page, so the keyboard carries on where it was.
 */
export function keepFocus(container: HTMLElement, draw: () => void): void {
	const active = container.doc.activeElement;
	if (!active?.instanceOf(HTMLElement) || !container.contains(active)) {
		draw();
		return;
	}
	const before = focusables(container);
	const index = before.indexOf(active);
	const id = identity(active);
	draw();
	if (container.contains(container.doc.activeElement)) return;
	const after = focusables(container);
	const target = after.find((el) => identity(el) === id) ?? after[Math.min(Math.max(index, 0), after.length - 1)];
	target?.focus({ preventScroll: true });
}
