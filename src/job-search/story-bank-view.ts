import { ItemView, prepareSimpleSearch, type EventRef, type WorkspaceLeaf } from "obsidian";
import { filterBank, type BankStory, type Telling } from "../core";
import type { StoryBankSource } from "./story-bank-source";
import { keepFocus } from "../ui/keep-focus";
import { partHeader, starMarkers } from "../ui/sidebar-elements";
import { pressedToggle } from "../ui/pressed-toggle";

export const STORY_BANK_VIEW_TYPE = "interview-prep-story-bank";

/** Stories drawn at first; more on request, so opening and each keystroke stay within a frame. */
const PAGE = 40;

export interface StoryBankContext {
	source: StoryBankSource;
	/** The company of the followed note, for "not yet told to"; null when it names none. */
	followedCompany(): string | null;
	/** Listens for a change of the followed note. */
	onFollowedChange(callback: () => void): EventRef;
	open(path: string, line: number): void;
}

/** Every story of every prep note, once per title, with its readiness and where it was told. */
export class StoryBankView extends ItemView {
	private filterEl!: HTMLInputElement;
	private countEl!: HTMLElement;
	private notToldEl!: HTMLButtonElement;
	private notReadyEl!: HTMLButtonElement;
	private listEl!: HTMLElement;
	private readingEl!: HTMLElement;
	private notTold = false;
	private notReady = false;
	private limit = PAGE;
	private shownCompany: string | null = null;
	private drawnBank: BankStory[] | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly context: StoryBankContext,
	) {
		super(leaf);
		this.icon = "library";
	}

	getViewType(): string {
		return STORY_BANK_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Story bank";
	}

	protected override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("interview-prep-view", "interview-prep-bank");
		const bar = partHeader(root, "Story bank");
		this.countEl = bar.createSpan({ cls: "interview-prep-count" });
		this.filterEl = root.createEl("input", { cls: "interview-prep-filter", type: "search", placeholder: "Filter stories", attr: { "aria-label": "Filter stories" } });
		this.filterEl.addEventListener("input", () => {
			this.limit = PAGE;
			this.draw();
		});
		const toggles = root.createDiv({ cls: "interview-prep-bank-toggles" });
		this.notToldEl = this.toggle(toggles, "", () => (this.notTold = !this.notTold));
		this.notReadyEl = this.toggle(toggles, "Not ready", () => (this.notReady = !this.notReady));
		this.listEl = root.createDiv({ cls: "interview-prep-bank-list" });
		// The index changed: redrawn only when the bank did, so a note's autosave leaves the cards, and what is selected in them, as they are.
		this.registerEvent(this.context.source.processes.onChange(() => this.context.source.bank() !== this.drawnBank && this.draw()));
		this.registerEvent(this.context.source.processes.onProgress(() => this.showReading()));
		this.registerEvent(this.context.source.settings.onChange(({ keys }) => keys.has("starWords") && this.draw()));
		// Typing in the followed note changes nothing here unless its company changes.
		this.registerEvent(this.context.onFollowedChange(() => this.context.followedCompany() !== this.shownCompany && this.draw()));
		this.draw();
		await Promise.resolve();
	}

	/** Puts the cursor in the filter, so what the user types next filters the bank rather than the note. */
	focusFilter(): void {
		this.filterEl.focus();
	}

	protected override async onClose(): Promise<void> {
		this.contentEl.empty();
		await Promise.resolve();
	}

	/** A filter toggle: a new state shows the bank's first page again. */
	private toggle(parent: HTMLElement, text: string, flip: () => boolean): HTMLButtonElement {
		return pressedToggle(parent, text, flip, () => {
			this.limit = PAGE;
			this.draw();
		});
	}

	/** Redraws the list for the filter, the toggles and the bank as the index has it now. */
	private draw(): void {
		const company = (this.shownCompany = this.context.followedCompany());
		this.notToldEl.toggleClass("interview-prep-hidden", company === null);
		if (company !== null) this.notToldEl.setText(`Not yet told to ${company}`);
		const bank = (this.drawnBank = this.context.source.bank());
		const toggled = filterBank(bank, { notToldTo: this.notTold ? company : null, notReady: this.notReady });
		const query = this.filterEl.value.trim();
		const search = query === "" ? null : prepareSimpleSearch(query);
		const matching = search ? toggled.filter((story) => search(searchText(story)) !== null) : toggled;
		this.countEl.setText(matching.length === bank.length ? String(bank.length) : `${matching.length} of ${bank.length}`);
		keepFocus(this.listEl, () => {
			this.listEl.empty();
			this.readingEl = this.listEl.createEl("p", { cls: "interview-prep-empty", attr: { role: "status" } });
			this.showReading();
			if (bank.length === 0) {
				if (this.context.source.processes.reading === null)
					this.listEl.createEl("p", { cls: "interview-prep-empty", text: "No stories yet. The stories of every prep note with a company show up here." });
				return;
			}
			if (matching.length === 0) this.listEl.createEl("p", { cls: "interview-prep-empty", text: "No story matches." });
			const starWords = this.context.source.settings.current.starWords;
			for (const story of matching.slice(0, this.limit)) this.card(story, starWords);
			if (matching.length > this.limit) {
				const more = this.listEl.createEl("button", { cls: "interview-prep-more", text: `Show ${Math.min(PAGE, matching.length - this.limit)} more stories` });
				more.addEventListener("click", () => {
					this.limit += PAGE;
					this.draw();
				});
			}
		});
	}

	/** While the index reads the vault, says so with a count, so an empty or short bank is not taken for all there is. */
	private showReading(): void {
		const reading = this.context.source.processes.reading;
		this.readingEl.toggle(reading !== null);
		if (reading) this.readingEl.setText(reading.of === null ? "Reading your prep notes…" : `Reading your prep notes… ${reading.read} of ${reading.of}`);
	}

	/** The questions they asked that the story answered, each a link to where it was asked. */
	private answered(card: HTMLElement, story: BankStory): void {
		if (story.answered.length === 0) return;
		const answered = card.createDiv({ cls: "interview-prep-tellings interview-prep-story-answered" });
		answered.createSpan({ cls: "interview-prep-mark", text: `Answered ${story.answered.length === 1 ? "1 question" : `${story.answered.length} questions`}` });
		const list = answered.createEl("ul", { cls: "interview-prep-telling-list" });
		for (const question of story.answered) {
			const button = list.createEl("li").createEl("button", { cls: "interview-prep-link", text: question.question, attr: { "data-key": `${story.key}\u0000${question.path}\u0000${question.line}` } });
			button.addEventListener("click", () => this.context.open(question.path, question.line));
		}
	}

	private card(story: BankStory, starWords: readonly string[]): void {
		const card = this.listEl.createEl("article", { cls: "interview-prep-story interview-prep-bank-story" });
		const title = card.createEl("h4", { cls: "interview-prep-story-title" });
		const jump = title.createEl("button", { cls: "interview-prep-link", text: story.title, attr: { "data-key": story.key } });
		jump.addEventListener("click", () => this.context.open(story.path, story.line));
		starMarkers(card, story.markers, starWords);
		if (story.details.length > 0) {
			const details = card.createEl("ul", { cls: "interview-prep-story-details" });
			for (const detail of story.details) details.createEl("li", { text: detail });
		}
		this.answered(card, story);
		const told = card.createDiv({ cls: "interview-prep-tellings" });
		if (story.tellings.length === 0) {
			told.createSpan({ cls: "interview-prep-mark", text: `Not told yet · in ${notes(story.paths.length)}` });
			return;
		}
		told.createSpan({ cls: "interview-prep-mark", text: `Told ${times(story.tellings.length)} · in ${notes(story.paths.length)}` });
		const list = told.createEl("ul", { cls: "interview-prep-telling-list" });
		for (const telling of story.tellings) {
			const button = list.createEl("li").createEl("button", { cls: "interview-prep-link", text: tellingText(telling), attr: { "data-key": `${story.key}\u0000${telling.path}` } });
			button.addEventListener("click", () => this.context.open(telling.path, telling.line));
		}
	}
}

/** What the filter searches, a story's title and details, joined once per story the index gives. */
const searchTexts = new WeakMap<BankStory, string>();
function searchText(story: BankStory): string {
	let text = searchTexts.get(story);
	if (text === undefined) searchTexts.set(story, (text = `${story.title}\n${story.details.join("\n")}`));
	return text;
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
