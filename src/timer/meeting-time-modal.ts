import { Modal, Setting, type App } from "obsidian";
import { submitOnEnter } from "../ui/submit-on-enter";

/** How the note keeps a meeting time the plugin reads: `2026-12-08T14:00`, local time. */
export const MEETING_FORMATS_HINT = "The sidebar reads 2026-12-08 14:00, 2026-12-08T14:00 or a date alone, 2026-12-08.";

/**
 * A date and time picker for the call, the platform's own: a calendar on desktop, the wheel on a phone.
 * Enter or Set writes it as `YYYY-MM-DDTHH:mm`; Escape closes without a change.
 */
export class MeetingTimeModal extends Modal {
	constructor(
		app: App,
		private readonly noteName: string,
		private readonly initial: string,
		private readonly onSubmit: (meeting: string) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(`Meeting time of ${this.noteName}`);
		let value = this.initial;
		const submit = () => {
			if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return;
			this.close();
			this.onSubmit(value);
		};
		new Setting(this.contentEl)
			.setName("Date and time")
			.setDesc(`Saved in the note's meeting property. ${MEETING_FORMATS_HINT}`)
			.addText((text) => {
				text.inputEl.type = "datetime-local";
				text.setValue(value);
				text.onChange((next) => (value = next));
				submitOnEnter(text.inputEl, submit);
				text.inputEl.focus();
			});
		new Setting(this.contentEl).addButton((button) => button.setButtonText("Set").setCta().onClick(submit));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
