import type { EventRef, WorkspaceLeaf } from "obsidian";
import { filterBank, type BankStory, type Telling } from "../core";
import type { BankSource } from "./bank-source";
import { BankView } from "./bank-view";
import type { ListEntry } from "../ui/keyed-list";
import { starMarkers } from "../ui/sidebar-elements";
import { cssClass } from "../ui/css-class";

export const STORY_BANK_VIEW_TYPE = "interview-prep-story-bank";

export interface StoryBankContext {
	source: BankSource<BankStory>;
	/** The company of the followed note, for "not yet told to"; null when it names none. */
	followedCompany(): string | null;
	/** Listens for a change of the followed note. */
	onFollowedChange(callback: () => void): EventRef;
	open(path: string, line: number): void;
}

/** Every story of every prep note, once per title, with its readiness and where it was told. */
export class StoryBankView extends BankView<BankStory> {
	private notToldEl!: HTMLButtonElement;
	private notTold = false;
	private notReady = false;
	private shownCompany: string | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly context: StoryBankContext,
	) {
		super(
			leaf,
			{
				type: STORY_BANK_VIEW_TYPE,
				icon: "library",
				title: "Story bank",
				cls: [],
				one: "story",
				noun: "stories",
				empty: "No stories yet. The stories of every prep note with a company show up here.",
			},
			context.source.processes,
		);
	}

	protected override async onOpen(): Promise<void> {
		await super.onOpen();
		this.registerEvent(this.context.source.settings.onChange(({ keys }) => keys.has("starWords") && this.draw()));
		// Typing in the followed note changes nothing here unless its company changes.
		this.registerEvent(this.context.onFollowedChange(() => this.context.followedCompany() !== this.shownCompany && this.draw()));
	}

	protected bank(): readonly BankStory[] {
		return this.context.source.bank();
	}

	protected drawToggles(toggle: (text: string, flip: () => boolean) => HTMLButtonElement): void {
		this.notToldEl = toggle("", () => (this.notTold = !this.notTold));
		toggle("Not ready", () => (this.notReady = !this.notReady));
	}

	protected toggled(bank: readonly BankStory[]): readonly BankStory[] {
		const company = (this.shownCompany = this.context.followedCompany());
		this.notToldEl.toggleClass(cssClass("hidden"), company === null);
		if (company !== null) this.notToldEl.setText(`Not yet told to ${company}`);
		return filterBank(bank, { notToldTo: this.notTold ? company : null, notReady: this.notReady });
	}

	/** A story's title and details. */
	protected searchText(story: BankStory): string {
		return `${story.title}\n${story.details.join("\n")}`;
	}

	protected entry(story: BankStory): ListEntry {
		const starWords = this.context.source.settings.current.starWords;
		return { key: story.key, signature: JSON.stringify([story, starWords]), draw: (parent) => this.card(parent, story, starWords) };
	}

	/** The questions they asked that the story answered, each a link to where it was asked. */
	private answered(card: HTMLElement, story: BankStory): void {
		if (story.answered.length === 0) return;
		const answered = card.createDiv({ cls: "interview-prep-tellings interview-prep-story-answered" });
		answered.createSpan({ cls: cssClass("mark"), text: `Answered ${story.answered.length === 1 ? "1 question" : `${story.answered.length} questions`}` });
		const list = answered.createEl("ul", { cls: cssClass("telling-list") });
		for (const question of story.answered) {
			const button = list.createEl("li").createEl("button", { cls: cssClass("link"), text: question.question, attr: { "data-key": `${story.key}\u0000${question.path}\u0000${question.line}` } });
			button.addEventListener("click", () => this.context.open(question.path, question.line));
		}
	}

	private card(parent: HTMLElement, story: BankStory, starWords: readonly string[]): HTMLElement {
		const card = parent.createEl("article", { cls: "interview-prep-story interview-prep-bank-story" });
		const title = card.createEl("h4", { cls: cssClass("story-title") });
		const jump = title.createEl("button", { cls: cssClass("link"), text: story.title, attr: { "data-key": story.key } });
		jump.addEventListener("click", () => this.context.open(story.path, story.line));
		starMarkers(card, story.markers, starWords);
		if (story.details.length > 0) {
			const details = card.createEl("ul", { cls: cssClass("story-details") });
			for (const detail of story.details) details.createEl("li", { text: detail });
		}
		this.answered(card, story);
		const told = card.createDiv({ cls: cssClass("tellings") });
		if (story.tellings.length === 0) {
			told.createSpan({ cls: cssClass("mark"), text: `Not told yet · in ${notes(story.paths.length)}` });
			return card;
		}
		told.createSpan({ cls: cssClass("mark"), text: `Told ${times(story.tellings.length)} · in ${notes(story.paths.length)}` });
		const list = told.createEl("ul", { cls: cssClass("telling-list") });
		for (const telling of story.tellings) {
			const button = list.createEl("li").createEl("button", { cls: cssClass("link"), text: tellingText(telling), attr: { "data-key": `${story.key}\u0000${telling.path}` } });
			button.addEventListener("click", () => this.context.open(telling.path, telling.line));
		}
		return card;
	}
}

/** `Acme · Team round · with Sam · 2026-03-08`. */
function tellingText(telling: Telling): string {
	return [telling.company, telling.round, telling.with ? `with ${telling.with}` : null, telling.meeting?.slice(0, 10) ?? null].filter((part) => part !== null).join(" · ");
}

function notes(count: number): string {
	return count === 1 ? "1 note" : `${count} notes`;
}

function times(count: number): string {
	return count === 1 ? "once" : `${count} times`;
}
