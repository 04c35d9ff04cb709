import { Modal, type App } from "obsidian";
import type { Story } from "../core";

/** A story in large type for a glance during the call; the arrow keys move between stories. */
export class CueCardModal extends Modal {
	constructor(
		app: App,
		private readonly stories: Story[],
		private index: number,
	) {
		super(app);
	}

	override onOpen(): void {
		this.modalEl.addClass("interview-prep-cue-card");
		this.scope.register([], "ArrowRight", () => this.move(1));
		this.scope.register([], "ArrowLeft", () => this.move(-1));
		this.draw();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private move(step: number): false {
		this.index = (this.index + step + this.stories.length) % this.stories.length;
		this.draw();
		return false;
	}

	private draw(): void {
		const story = this.stories[this.index];
		if (!story) return;
		this.setTitle(story.title || "Untitled story");
		this.contentEl.empty();
		if (story.group) this.contentEl.createDiv({ cls: "interview-prep-cue-group", text: story.group });
		const list = this.contentEl.createEl("ul", { cls: "interview-prep-cue-details" });
		for (const detail of story.details) list.createEl("li", { text: detail });
		this.contentEl.createDiv({ cls: "interview-prep-cue-position", text: `${this.index + 1} of ${this.stories.length} · ← → for the others` });
	}
}
