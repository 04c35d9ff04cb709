import { nestedList } from "../ui/sidebar-elements";
import { Modal, setIcon, type App } from "obsidian";
import type { Story } from "../core";
import { cssClass } from "../ui/css-class";

/** A horizontal swipe at least this long, in CSS pixels, moves to the next or previous story. */
const SWIPE_PX = 50;

/**
 * A story in large type for a glance during the call. The arrow keys, the ← and → buttons and a swipe
 * move between stories; Escape, the close button and the backdrop close it, as with any modal.
 */
export class CueCardModal extends Modal {
	private titleText!: HTMLElement;
	private body!: HTMLElement;
	private position!: HTMLElement;

	constructor(
		app: App,
		private readonly stories: Story[],
		private index: number,
	) {
		super(app);
	}

	override onOpen(): void {
		this.modalEl.addClass(cssClass("cue-card"));
		this.scope.register([], "ArrowRight", () => this.move(1));
		this.scope.register([], "ArrowLeft", () => this.move(-1));
		this.body = this.contentEl.createDiv({ cls: cssClass("cue-body") });
		const nav = this.contentEl.createDiv({ cls: cssClass("cue-nav") });
		const previous = this.navButton(nav, "arrow-left", "Previous story", -1);
		this.position = nav.createDiv({ cls: cssClass("cue-position"), attr: { "aria-live": "polite" } });
		this.navButton(nav, "arrow-right", "Next story", 1);
		this.titleText = this.titleEl;
		this.listenForSwipes();
		this.draw();
		// Something in the card holds focus, so the keyboard stays in it and Tab has somewhere to go.
		previous.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private navButton(parent: HTMLElement, icon: string, label: string, step: number): HTMLButtonElement {
		const button = parent.createEl("button", { cls: cssClass("cue-step"), attr: { "aria-label": label } });
		setIcon(button, icon);
		button.disabled = this.stories.length < 2;
		button.addEventListener("click", () => this.move(step));
		return button;
	}

	private listenForSwipes(): void {
		let startX: number | null = null;
		let startY = 0;
		this.modalEl.addEventListener("touchstart", (evt) => {
			const touch = evt.changedTouches[0];
			startX = touch ? touch.clientX : null;
			startY = touch?.clientY ?? 0;
		});
		this.modalEl.addEventListener("touchend", (evt) => {
			const touch = evt.changedTouches[0];
			if (startX === null || !touch) return;
			const dx = touch.clientX - startX;
			startX = null;
			// A mostly horizontal swipe; a vertical one scrolls a long story.
			if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(touch.clientY - startY)) this.move(dx < 0 ? 1 : -1);
		});
	}

	private move(step: number): false {
		if (this.stories.length > 0) this.index = (this.index + step + this.stories.length) % this.stories.length;
		this.draw();
		return false;
	}

	private draw(): void {
		const story = this.stories[this.index];
		if (!story) return;
		this.titleText.setText(story.title || "Untitled story");
		this.body.empty();
		if (story.group) this.body.createDiv({ cls: cssClass("cue-group"), text: story.group });
		nestedList(this.body, cssClass("cue-details"), story.nested);
		this.position.setText(`${this.index + 1} of ${this.stories.length}`);
	}
}
