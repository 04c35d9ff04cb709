import { Modal, type App } from "obsidian";
import { cssClass } from "../ui/css-class";

/** The section whose captures are rows of a table, split into its columns at ` | `. */
export const TABLE_TARGET = "Discrepancies";
/** How many ` | ` a row of the built-in Discrepancies table takes: topic, told before, told today. */
const CELL_BREAKS = 2;

/** What the field is checked with as it is typed: the words to show under it for a section, or null for none. */
export type CaptureCheck = (target: string, text: string) => string | null;

/**
 * One text field and a choice of section. Tab cycles the sections, Enter
 * captures, Escape closes: usable without the mouse during a call. A check
 * may show a line under the field as it is typed; it informs, and never
 * stops Enter from adding what was typed.
 */
export class CaptureModal extends Modal {
	private targetIndex: number;
	private readonly buttons: HTMLButtonElement[] = [];
	private input: HTMLInputElement | null = null;
	private warning: HTMLElement | null = null;
	private cellsHint: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly title: string,
		private readonly targets: string[],
		initial: string,
		private readonly onCapture: (target: string, text: string) => void,
		private readonly check: CaptureCheck | null = null,
		private readonly placeholder = "What was said",
	) {
		super(app);
		this.targetIndex = Math.max(0, targets.indexOf(initial));
	}

	override onOpen(): void {
		this.setTitle(this.title);
		this.contentEl.addClass(cssClass("capture"));
		// One section needs no choice.
		const group = this.targets.length > 1 ? this.contentEl.createDiv({ cls: cssClass("capture-targets"), attr: { role: "radiogroup", "aria-label": "Section" } }) : null;
		this.targets.forEach((target, i) => {
			if (!group) return;
			const button = group.createEl("button", { text: target, attr: { role: "radio" } });
			button.addEventListener("click", () => this.select(i));
			this.buttons.push(button);
		});
		const input = (this.input = this.contentEl.createEl("input", { type: "text", cls: cssClass("capture-input"), attr: { "aria-label": "Note text" } }));
		input.placeholder = this.placeholder;
		// Read out as it appears, without taking focus from the field.
		this.warning = this.contentEl.createDiv({ cls: "interview-prep-capture-warning interview-prep-hidden", attr: { role: "status", "aria-live": "polite" } });
		input.addEventListener("input", () => this.showCheck());
		const hint = this.targets.length > 1 ? "Enter adds it with the time; Tab switches the section." : `Enter adds it to ${this.targets[0] ?? "the note"} with the time.`;
		this.contentEl.createDiv({ cls: cssClass("capture-hint"), text: hint });
		this.cellsHint = this.contentEl.createDiv({ cls: cssClass("capture-hint") });
		input.addEventListener("keydown", (evt) => {
			if (evt.key === "Tab" && !evt.shiftKey && this.targets.length === 1 && this.isTable() && input.value.split(" | ").length <= CELL_BREAKS) {
				// The next cell of the row, as in a table; once the last one is reached, Tab leaves the field.
				evt.preventDefault();
				input.setRangeText(" | ", input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length, "end");
			} else if (evt.key === "Tab" && this.targets.length > 1) {
				evt.preventDefault();
				this.select((this.targetIndex + (evt.shiftKey ? this.targets.length - 1 : 1)) % this.targets.length);
			} else if (evt.key === "Enter" && !evt.isComposing) {
				evt.preventDefault();
				const text = input.value.trim();
				if (text === "") return;
				this.close();
				this.onCapture(this.targets[this.targetIndex] ?? "", text);
			}
		});
		this.select(this.targetIndex);
		input.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private select(index: number): void {
		this.targetIndex = index;
		this.buttons.forEach((button, i) => {
			button.toggleClass("mod-cta", i === index);
			button.setAttr("aria-checked", i === index);
		});
		this.showCheck();
		const cells = this.targets.length === 1 ? "Tab moves to the next column." : "Separate the columns with | between spaces.";
		this.cellsHint?.setText(this.isTable() ? `A row of the table: topic, what you were told before, what you are told today. ${cells}` : "");
		this.cellsHint?.toggleClass(cssClass("hidden"), !this.isTable());
	}

	private isTable(): boolean {
		return (this.targets[this.targetIndex] ?? "").trim().toLowerCase() === TABLE_TARGET.toLowerCase();
	}

	/** The check's words for what is typed now, in the section chosen now. */
	private showCheck(): void {
		const { input, warning } = this;
		if (!input || !warning) return;
		const words = this.check?.(this.targets[this.targetIndex] ?? "", input.value) ?? null;
		warning.setText(words ?? "");
		warning.toggleClass(cssClass("hidden"), words === null);
	}
}
