import { Modal, Setting, type App } from "obsidian";
import { identityKey } from "../core";
import { submitOnEnter } from "../ui/submit-on-enter";

/** The round a new note gets when none is typed: a company's first call, or the one after its rounds. */
function defaultRound(rounds: number): string {
	return rounds === 0 ? "Recruiter call" : `Round ${rounds + 1}`;
}

/**
 * Asks for the company, with the vault's companies offered as the user types, and for the round, whose
 * default follows the company; Enter in either field creates the note, Escape closes.
 */
export class NewPrepNoteModal extends Modal {
	constructor(
		app: App,
		private readonly processes: readonly { company: string; rounds: readonly unknown[] }[],
		private readonly onSubmit: (company: string, round: string) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("New prep note");
		let company = "";
		let round = "";
		/** The vault's company with this identity, so "acme " files with "Acme". */
		const known = () => this.processes.find((p) => identityKey(p.company) === identityKey(company));
		let roundInput: HTMLInputElement | null = null;
		const showDefault = () => roundInput?.setAttr("placeholder", defaultRound(known()?.rounds.length ?? 0));
		const submit = () => {
			if (company.trim() === "") return;
			this.close();
			this.onSubmit(known()?.company ?? company.trim(), round.trim() || defaultRound(known()?.rounds.length ?? 0));
		};
		const listId = `interview-prep-companies-${Date.now()}`;
		new Setting(this.contentEl)
			.setName("Company")
			.setDesc(this.processes.length > 0 ? "Pick one of your companies, or type a new one." : "")
			.addText((text) => {
				text.setPlaceholder("Northwind");
				text.onChange((value) => {
					company = value;
					showDefault();
				});
				text.inputEl.setAttr("list", listId);
				const list = text.inputEl.parentElement?.createEl("datalist", { attr: { id: listId } });
				for (const p of this.processes) list?.createEl("option", { attr: { value: p.company } });
				submitOnEnter(text.inputEl, submit);
				text.inputEl.focus();
			});
		new Setting(this.contentEl)
			.setName("Round")
			.setDesc("Leave it empty for the one shown.")
			.addText((text) => {
				roundInput = text.inputEl;
				text.onChange((value) => (round = value));
				submitOnEnter(text.inputEl, submit);
			});
		showDefault();
		new Setting(this.contentEl).addButton((button) => button.setButtonText("Create").setCta().onClick(submit));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
