import type { Rating, TheirQuestion } from "../core";
import { partHeader } from "../ui/sidebar-elements";
import { ViewPart } from "../ui/view-part";
import { cssClass } from "../ui/css-class";

/** What the part does: jump to a question, rate it, pick the story that answered it, capture another. */
export interface TheirQuestionsActions {
	jumpToLine(line: number): void;
	/** Rates a question; the rating it has already clears it. */
	rateTheirQuestion(question: TheirQuestion, rating: Rating): void;
	/** Picks the story that answered it, and marks that story told. */
	chooseAnswer(question: TheirQuestion): void;
	captureTheirQuestion(): void;
}

export interface TheirQuestionsData {
	questions: TheirQuestion[];
}

/** Each rating's button, in words beside its colour: a touch screen shows no tooltip, and colour alone says nothing to some. */
const RATINGS: readonly { rating: Rating; word: string; label: string }[] = [
	{ rating: "strong", word: "Well", label: "Answered well" },
	{ rating: "ok", word: "So-so", label: "Answered so-so" },
	{ rating: "weak", word: "Weak", label: "Answered weakly" },
];

/** This round's questions they asked, as they are captured: each rated with one tap, and linked to the story that answered it. */
export class TheirQuestionsPart extends ViewPart<TheirQuestionsData> {
	constructor(
		el: HTMLElement,
		private readonly actions: TheirQuestionsActions,
	) {
		super(el);
	}

	protected render({ questions }: TheirQuestionsData): void {
		this.el.empty();
		const bar = partHeader(this.el, "Their questions");
		const weak = questions.filter((q) => q.rating === "weak").length;
		bar.createSpan({ cls: cssClass("count"), text: [`${questions.length} asked`, weak > 0 ? `${weak} weak` : null].filter((p) => p !== null).join(" · ") });
		const add = bar.createEl("button", { cls: cssClass("capture-question"), text: "Capture…", attr: { "aria-label": "Capture their question" } });
		add.addEventListener("click", () => this.actions.captureTheirQuestion());
		if (questions.length === 0) {
			this.el.createEl("p", { cls: cssClass("empty"), text: "None yet. Capture each question as they ask it, then rate your answer." });
			return;
		}
		const list = this.el.createEl("ul", { cls: cssClass("their-questions") });
		for (const question of questions) this.renderQuestion(list, question);
	}

	private renderQuestion(list: HTMLElement, question: TheirQuestion): void {
		const item = list.createEl("li", { cls: cssClass("their-question") });
		if (question.rating) item.addClass(`is-${question.rating}`);
		const head = item.createDiv({ cls: cssClass("their-question-head") });
		if (question.stamp) head.createSpan({ cls: cssClass("stamp"), text: question.stamp.slice(1, -1) });
		const jump = head.createEl("button", { cls: cssClass("link"), text: question.text, attr: { "data-line": question.line } });
		jump.addEventListener("click", () => this.actions.jumpToLine(question.line));
		const controls = item.createDiv({ cls: cssClass("rating"), attr: { role: "group", "aria-label": `Rate: ${question.text}` } });
		for (const { rating, word, label } of RATINGS) {
			const on = question.rating === rating;
			const button = controls.createEl("button", {
				cls: `interview-prep-rate is-${rating}`,
				attr: { "aria-pressed": on, "aria-label": `${label}: ${question.text}`, "data-line": question.line },
			});
			button.toggleClass("is-active", on);
			button.createSpan({ cls: cssClass("rate-dot") });
			button.createSpan({ text: word });
			button.addEventListener("click", () => this.actions.rateTheirQuestion(question, rating));
		}
		const answer = controls.createEl("button", {
			cls: cssClass("answer"),
			text: question.answeredWith === null ? "Answered with…" : "Change story…",
			attr: { "aria-label": `Answered with a story: ${question.text}`, "data-line": question.line },
		});
		answer.addEventListener("click", () => this.actions.chooseAnswer(question));
		if (question.answeredWith !== null) item.createDiv({ cls: cssClass("answered"), text: `Answered with: ${question.answeredWith}` });
	}
}
