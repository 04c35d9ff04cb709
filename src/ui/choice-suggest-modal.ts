import { FuzzySuggestModal, type App } from "obsidian";

export interface Choice<T> {
	label: string;
	/** The heading the item sits under, shown beside it. */
	group: string;
	value: T;
}

/** A palette-style picker over the note's stories or questions; `onChoose` gets the chosen value. */
export class ChoiceSuggestModal<T> extends FuzzySuggestModal<Choice<T>> {
	constructor(
		app: App,
		private readonly choices: Choice<T>[],
		placeholder: string,
		private readonly onChoose: (value: T) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	getItems(): Choice<T>[] {
		return this.choices;
	}

	getItemText(choice: Choice<T>): string {
		return choice.group ? `${choice.label} (${choice.group})` : choice.label;
	}

	onChooseItem(choice: Choice<T>): void {
		this.onChoose(choice.value);
	}
}
