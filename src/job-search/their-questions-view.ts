import { ItemView, prepareSimpleSearch, type WorkspaceLeaf } from "obsidian";
import { filterTheirQuestions, type Asking, type BankQuestion, type Rating } from "../core";
import type { TheirQuestionsSource } from "./their-questions-source";
import { keepFocus } from "../ui/keep-focus";
import { partHeader } from "../ui/sidebar-elements";
import { pressedToggle } from "../ui/pressed-toggle";

export const THEIR_QUESTIONS_VIEW_TYPE = "interview-prep-their-questions";

/** Questions drawn at first; more on request, so opening and each keystroke stay within a frame. */
const PAGE = 40;

// A no-break hyphen keeps "so-so" on one line.
const RATING_WORDS: Record<Rating, string> = { strong: "well", ok: "so\u2011so", weak: "weak" };

export interface TheirQuestionsContext {
	source: TheirQuestionsSource;
	open(path: string, line: number): void;
}

/** Every question they asked in any prep note, once per question: how often and where, how it went, and the stories that answered it. */
export class TheirQuestionsView extends ItemView {
	private filterEl!: HTMLInputElement;
	private countEl!: HTMLElement;
	private listEl!: HTMLElement;
	private weakOrUnrated = false;
	private askedMoreThanOnce = false;
	private limit = PAGE;
	private drawnBank: BankQuestion[] | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly context: TheirQuestionsContext,
	) {
		super(leaf);
		this.icon = "messages-square";
	}

	getViewType(): string {
		return THEIR_QUESTIONS_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Their questions bank";
	}

	protected override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("interview-prep-view", "interview-prep-bank", "interview-prep-their-bank");
		const bar = partHeader(root, "Their questions bank");
		this.countEl = bar.createSpan({ cls: "interview-prep-count" });
		this.filterEl = root.createEl("input", { cls: "interview-prep-filter", type: "search", placeholder: "Filter questions", attr: { "aria-label": "Filter questions" } });
		this.filterEl.addEventListener("input", () => {
			this.limit = PAGE;
			this.draw();
		});
		const toggles = root.createDiv({ cls: "interview-prep-bank-toggles" });
		this.toggle(toggles, "Weak or unrated", () => (this.weakOrUnrated = !this.weakOrUnrated));
		this.toggle(toggles, "Asked more than once", () => (this.askedMoreThanOnce = !this.askedMoreThanOnce));
		this.listEl = root.createDiv({ cls: "interview-prep-bank-list" });
		// An autosave that changes no question they asked redraws nothing.
		this.registerEvent(this.context.source.processes.onChange(() => this.context.source.bank() !== this.drawnBank && this.draw()));
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
		const bank = (this.drawnBank = this.context.source.bank());
		const toggled = filterTheirQuestions(bank, { weakOrUnrated: this.weakOrUnrated, askedMoreThanOnce: this.askedMoreThanOnce });
		const query = this.filterEl.value.trim();
		const search = query === "" ? null : prepareSimpleSearch(query);
		const matching = search ? toggled.filter((question) => search(searchText(question)) !== null) : toggled;
		this.countEl.setText(matching.length === bank.length ? String(bank.length) : `${matching.length} of ${bank.length}`);
		keepFocus(this.listEl, () => {
			this.listEl.empty();
			if (bank.length === 0) {
				this.listEl.createEl("p", { cls: "interview-prep-empty", text: "No questions yet. What interviewers asked, in every prep note with a company, shows up here." });
				return;
			}
			if (matching.length === 0) this.listEl.createEl("p", { cls: "interview-prep-empty", text: "No question matches." });
			for (const question of matching.slice(0, this.limit)) this.row(question);
			if (matching.length > this.limit) {
				const more = this.listEl.createEl("button", { cls: "interview-prep-more", text: `Show ${Math.min(PAGE, matching.length - this.limit)} more questions` });
				more.addEventListener("click", () => {
					this.limit += PAGE;
					this.draw();
				});
			}
		});
	}

	private row(question: BankQuestion): void {
		const card = this.listEl.createEl("article", { cls: "interview-prep-story interview-prep-their-bank-question" });
		if (question.rating) card.addClass(`is-${question.rating}`);
		const latest = question.asked[question.asked.length - 1];
		const title = card.createEl("h4", { cls: "interview-prep-story-title" });
		const jump = title.createEl("button", { cls: "interview-prep-link", text: question.text, attr: { "data-key": question.key } });
		if (latest) jump.addEventListener("click", () => this.context.open(latest.path, latest.line));
		const facts = card.createDiv({ cls: "interview-prep-their-bank-facts" });
		const rating = facts.createSpan({ cls: "interview-prep-rating-word" });
		rating.createSpan({ cls: "interview-prep-rate-dot" });
		rating.createSpan({ text: question.rating === null ? "Not rated" : `Latest: ${RATING_WORDS[question.rating]}` });
		const before = question.ratings.slice(0, -1);
		if (before.length > 0) facts.createSpan({ text: `before: ${before.map((r) => RATING_WORDS[r]).join(", ")}` });
		if (question.stories.length > 0) card.createDiv({ cls: "interview-prep-answered", text: `Answered with: ${question.stories.join("; ")}` });
		// Where it was asked, as the story bank lists where a story was told.
		const asked = card.createDiv({ cls: "interview-prep-tellings" });
		asked.createSpan({ cls: "interview-prep-mark", text: `Asked ${question.times === 1 ? "once" : `${question.times} times`}` });
		const list = asked.createEl("ul", { cls: "interview-prep-telling-list" });
		for (const asking of question.asked) {
			const button = list.createEl("li").createEl("button", { cls: "interview-prep-link", text: askingText(asking), attr: { "data-key": `${question.key}\u0000${asking.path}` } });
			button.addEventListener("click", () => this.context.open(asking.path, asking.line));
		}
	}
}

/** What the filter searches: the question as each round writes it, and the stories that answered it; joined once per question the index gives. */
const searchTexts = new WeakMap<BankQuestion, string>();
function searchText(question: BankQuestion): string {
	let text = searchTexts.get(question);
	if (text === undefined) searchTexts.set(question, (text = [question.text, ...question.asked.map((a) => a.text), ...question.stories].join("\n")));
	return text;
}

/** `Acme · Team round · with Sam · 2026-03-08 · weak`. */
function askingText(asking: Asking): string {
	const parts = [asking.company, asking.round, asking.with ? `with ${asking.with}` : null, asking.meeting?.slice(0, 10) ?? null, asking.rating ? RATING_WORDS[asking.rating] : null];
	return parts.filter((part) => part !== null).join(" · ");
}
