import { Modal, Setting, type App } from "obsidian";

/** Asks for the company or meeting name of a new prep note. */
export class NewPrepNoteModal extends Modal {
	constructor(
		app: App,
		private readonly onSubmit: (name: string) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("New prep note");
		let name = "";
		const submit = () => {
			if (name.trim() === "") return;
			this.close();
			this.onSubmit(name.trim());
		};
		new Setting(this.contentEl).setName("Company or meeting").addText((text) => {
			text.setPlaceholder("Northwind recruiter call");
			text.onChange((value) => (name = value));
			text.inputEl.addEventListener("keydown", (evt) => {
				if (evt.key === "Enter") {
					evt.preventDefault();
					submit();
				}
			});
			text.inputEl.focus();
		});
		new Setting(this.contentEl).addButton((button) => button.setButtonText("Create").setCta().onClick(submit));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
