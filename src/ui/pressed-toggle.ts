import { cssClass } from "./css-class";
/**
 * A button that is on or off, saying so to a screen reader (`aria-pressed`) and to the eye (`is-active`):
 * the banks' filters. `flip` changes the state and returns it; `changed` redraws what it filters.
 */
export function pressedToggle(parent: HTMLElement, text: string, flip: () => boolean, changed: () => void): HTMLButtonElement {
	const button = parent.createEl("button", { cls: cssClass("hide-told"), text, attr: { "aria-pressed": false } });
	button.addEventListener("click", () => {
		const on = flip();
		button.setAttr("aria-pressed", on);
		button.toggleClass("is-active", on);
		changed();
	});
	return button;
}
