import { Modal, Setting, type App } from "obsidian";
import { submitOnEnter } from "./submit-on-enter";

export interface NamePrompt {
	title: string;
	label: string;
	placeholder: string;
	/** A suggested name, filled in and selected: Enter accepts it, typing replaces it. */
	suggestion?: string;
	button: string;
}

/** Asks for one name; Enter or the button submits it, Escape closes. */
export class NamePromptModal extends Modal {
	constructor(
		app: App,
		private readonly prompt: NamePrompt,
		private readonly onSubmit: (name: string) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.prompt.title);
		let name = this.prompt.suggestion ?? "";
		const submit = () => {
			if (name.trim() === "") return;
			this.close();
			this.onSubmit(name.trim());
		};
		new Setting(this.contentEl).setName(this.prompt.label).addText((text) => {
			text.setPlaceholder(this.prompt.placeholder);
			text.setValue(name);
			text.onChange((value) => (name = value));
			submitOnEnter(text.inputEl, submit);
			text.inputEl.focus();
			text.inputEl.select();
		});
		new Setting(this.contentEl).addButton((button) => button.setButtonText(this.prompt.button).setCta().onClick(submit));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
