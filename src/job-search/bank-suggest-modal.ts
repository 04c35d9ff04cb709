import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import type { BankStory } from "../core";
import { cssClass } from "../ui/css-class";

/** The story bank as a picker; a story the note already has says so, and choosing it inserts nothing. */
export class BankSuggestModal extends FuzzySuggestModal<BankStory> {
	constructor(
		app: App,
		private readonly stories: BankStory[],
		/** Title identities of the stories already in the note. */
		private readonly inNote: ReadonlySet<string>,
		private readonly onChoose: (story: BankStory) => void,
	) {
		super(app);
		this.setPlaceholder("Insert a story from the bank");
	}

	getItems(): BankStory[] {
		return this.stories;
	}

	getItemText(story: BankStory): string {
		return story.title;
	}

	override renderSuggestion(value: FuzzyMatch<BankStory>, el: HTMLElement): void {
		const story = value.item;
		el.createDiv({ text: story.title });
		const facts = [this.inNote.has(story.key) ? "Already in this note" : null, story.ready ? "ready" : "not ready", story.tellings.length === 0 ? "not told yet" : `told ${story.tellings.length}×`];
		el.createEl("small", { cls: cssClass("suggestion-note"), text: facts.filter((f) => f !== null).join(" · ") });
	}

	onChooseItem(story: BankStory): void {
		this.onChoose(story);
	}
}
