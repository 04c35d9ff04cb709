import type { WorkspaceLeaf } from "obsidian";
import { filterTheirQuestions, type Asking, type BankQuestion, type Rating } from "../core";
import type { BankSource } from "./bank-source";
import { BankView } from "./bank-view";
import type { ListEntry } from "../ui/keyed-list";
import { cssClass } from "../ui/css-class";

export const THEIR_QUESTIONS_VIEW_TYPE = "interview-prep-their-questions";

// A no-break hyphen keeps "so-so" on one line.
const RATING_WORDS: Record<Rating, string> = { strong: "well", ok: "so\u2011so", weak: "weak" };

export interface TheirQuestionsContext {
	source: BankSource<BankQuestion>;
	open(path: string, line: number): void;
}

/** Every question they asked in any prep note, once per question: how often and where, how it went, and the stories that answered it. */
export class TheirQuestionsView extends BankView<BankQuestion> {
	private weakOrUnrated = false;
	private askedMoreThanOnce = false;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly context: TheirQuestionsContext,
	) {
		super(
			leaf,
			{
				type: THEIR_QUESTIONS_VIEW_TYPE,
				icon: "messages-square",
				title: "Their questions bank",
				cls: [cssClass("their-bank")],
				one: "question",
				noun: "questions",
				empty: "No questions yet. What interviewers asked, in every prep note with a company, shows up here.",
			},
			context.source.processes,
		);
	}

	protected bank(): readonly BankQuestion[] {
		return this.context.source.bank();
	}

	protected drawToggles(toggle: (text: string, flip: () => boolean) => HTMLButtonElement): void {
		toggle("Weak or unrated", () => (this.weakOrUnrated = !this.weakOrUnrated));
		toggle("Asked more than once", () => (this.askedMoreThanOnce = !this.askedMoreThanOnce));
	}

	protected toggled(bank: readonly BankQuestion[]): readonly BankQuestion[] {
		return filterTheirQuestions(bank, { weakOrUnrated: this.weakOrUnrated, askedMoreThanOnce: this.askedMoreThanOnce });
	}

	/** The question as each round writes it, and the stories that answered it. */
	protected searchText(question: BankQuestion): string {
		return [question.text, ...question.asked.map((a) => a.text), ...question.stories].join("\n");
	}

	protected entry(question: BankQuestion): ListEntry {
		return { key: question.key, signature: JSON.stringify(question), draw: (parent) => this.row(parent, question) };
	}

	private row(parent: HTMLElement, question: BankQuestion): HTMLElement {
		const card = parent.createEl("article", { cls: "interview-prep-story interview-prep-their-bank-question" });
		if (question.rating) card.addClass(`is-${question.rating}`);
		const latest = question.asked[question.asked.length - 1];
		const title = card.createEl("h4", { cls: cssClass("story-title") });
		const jump = title.createEl("button", { cls: cssClass("link"), text: question.text, attr: { "data-key": question.key } });
		if (latest) jump.addEventListener("click", () => this.context.open(latest.path, latest.line));
		const facts = card.createDiv({ cls: cssClass("their-bank-facts") });
		const rating = facts.createSpan({ cls: cssClass("rating-word") });
		rating.createSpan({ cls: cssClass("rate-dot") });
		rating.createSpan({ text: question.rating === null ? "Not rated" : `Latest: ${RATING_WORDS[question.rating]}` });
		const before = question.ratings.slice(0, -1);
		if (before.length > 0) facts.createSpan({ text: `before: ${before.map((r) => RATING_WORDS[r]).join(", ")}` });
		if (question.stories.length > 0) card.createDiv({ cls: cssClass("answered"), text: `Answered with: ${question.stories.join("; ")}` });
		// Where it was asked, as the story bank lists where a story was told.
		const asked = card.createDiv({ cls: cssClass("tellings") });
		asked.createSpan({ cls: cssClass("mark"), text: `Asked ${question.times === 1 ? "once" : `${question.times} times`}` });
		const list = asked.createEl("ul", { cls: cssClass("telling-list") });
		for (const asking of question.asked) {
			const button = list.createEl("li").createEl("button", { cls: cssClass("link"), text: askingText(asking), attr: { "data-key": `${question.key}\u0000${asking.path}` } });
			button.addEventListener("click", () => this.context.open(asking.path, asking.line));
		}
		return card;
	}
}

/** `Acme · Team round · with Sam · 2026-03-08 · weak`. */
function askingText(asking: Asking): string {
	const parts = [asking.company, asking.round, asking.with ? `with ${asking.with}` : null, asking.meeting?.slice(0, 10) ?? null, asking.rating ? RATING_WORDS[asking.rating] : null];
	return parts.filter((part) => part !== null).join(" · ");
}
