import { FuzzySuggestModal, type App } from "obsidian";

export interface LineChoice {
	label: string;
	group: string;
	line: number;
}

/** A palette-style picker over the note's stories or questions that jumps to the chosen line. */
export class LineSuggestModal extends FuzzySuggestModal<LineChoice> {
	constructor(
		app: App,
		private readonly choices: LineChoice[],
		placeholder: string,
		private readonly onChoose: (line: number) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	getItems(): LineChoice[] {
		return this.choices;
	}

	getItemText(choice: LineChoice): string {
		return choice.group ? `${choice.label} (${choice.group})` : choice.label;
	}

	onChooseItem(choice: LineChoice): void {
		this.onChoose(choice.line);
	}
}
