import { groupBy, identityKey, otherGroup, type Question } from "../core";
import type { PrepActions } from "./prep-actions";
import { groupTitle, nestedList, partHeader } from "../ui/sidebar-elements";
import { ViewPart } from "../ui/view-part";
import { cssClass } from "../ui/css-class";

interface QuestionData {
	questions: Question[];
	min: number;
	max: number;
	/** By question identity: the earlier round that asked it. */
	askedBefore: Record<string, string>;
}

/** The questions to ask, grouped, each with an "asked" box, counted against the planned range. */
export class QuestionList extends ViewPart<QuestionData> {
	constructor(
		el: HTMLElement,
		private readonly actions: PrepActions,
	) {
		super(el);
	}

	protected render({ questions, min, max, askedBefore }: QuestionData): void {
		this.el.empty();
		const bar = partHeader(this.el, "Questions");
		const range = min === max ? `${min}` : `${min}–${max}`;
		const asked = questions.filter((q) => q.task === "done").length;
		// All of it in words: a touch screen shows no tooltip.
		const count = bar.createSpan({ cls: cssClass("count"), text: `asked ${asked} of ${range} planned · ${questions.length} in the note` });
		count.toggleClass("is-short", questions.length < min);
		for (const [group, items] of groupBy(questions, (q) => q.group)) {
			const section = this.el.createEl("section", { cls: cssClass("question-group") });
			groupTitle(section, group || "Questions");
			const list = section.createEl("ul", { cls: cssClass("questions") });
			for (const question of items) {
				const item = list.createEl("li", { cls: cssClass("question") });
				const isAsked = question.task === "done";
				item.toggleClass("is-asked", isAsked);
				// The label around the box is what a finger hits on a phone.
				const hit = item.createEl("label", { cls: cssClass("box-hit") });
				const box = hit.createEl("input", { type: "checkbox", attr: { "aria-label": `Asked: ${question.text}`, "data-line": question.line } });
				box.checked = isAsked;
				box.addEventListener("click", () => this.actions.setAsked(question, box.checked));
				const button = item.createEl("button", {
					cls: cssClass("link"),
					text: question.text || "Untitled question",
					attr: { "data-line": question.line },
				});
				button.addEventListener("click", () => this.actions.jumpToLine(question.line));
				const before = askedBefore[identityKey(question.text)];
				if (before !== undefined) item.createSpan({ cls: cssClass("mark"), text: `Asked in ${before}` });
				const target = otherGroup(question.group);
				const move = item.createEl("button", {
					cls: cssClass("move"),
					text: `To ${target.toLowerCase()}`,
					// Keyed by the question, so focus stays with it in its new group, and a second Enter moves it back.
					attr: { "aria-label": `Move to ${target}: ${question.text}`, "data-line": question.line, "data-key": `move\u0000${identityKey(question.text)}` },
				});
				move.addEventListener("click", () => this.actions.moveQuestion(question));
				// Follow-ups nested under the question, at every depth, under its row.
				if (question.nested.length > 0) nestedList(item, cssClass("question-nested"), question.nested);
			}
		}
	}
}
