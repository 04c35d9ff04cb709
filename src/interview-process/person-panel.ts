import type { PersonLine, PersonView } from "../core";
import { groupTitle, partHeader } from "../ui/sidebar-elements";
import { ViewPart } from "../ui/view-part";
import type { ProcessActions } from "./process-panel";
import { renderSaidGroups } from "./said-list";

/**
 * A person's note, linked from the `with:` of some rounds: the rounds with them, what was said to them by
 * topic, the stories told to them, and the questions they asked where a round keeps those.
 */
export class PersonPanel extends ViewPart<PersonView> {
	constructor(
		el: HTMLElement,
		private readonly actions: ProcessActions,
	) {
		super(el);
	}

	protected render(view: PersonView): void {
		this.el.empty();
		const bar = partHeader(this.el, view.name);
		bar.createSpan({ cls: "interview-prep-count", text: `${view.rounds.length} ${view.rounds.length === 1 ? "round" : "rounds"}` });
		const rounds = this.el.createEl("section", { cls: "interview-prep-process-group interview-prep-person-rounds" });
		groupTitle(rounds, "Rounds with them");
		const list = rounds.createEl("ol", { cls: "interview-prep-rounds" });
		for (const round of view.rounds) {
			const item = list.createEl("li", { cls: "interview-prep-round" });
			const button = item.createEl("button", { cls: "interview-prep-link interview-prep-round-link", text: `${round.company}, ${round.round}` });
			button.addEventListener("click", () => this.actions.openRound(round.path));
			item.createDiv({ cls: "interview-prep-round-facts", text: round.date ?? "no date" });
		}
		if (view.said.length > 0) {
			const said = this.el.createEl("section", { cls: "interview-prep-process-group interview-prep-said-to-them" });
			groupTitle(said, "Said to them");
			renderSaidGroups(said, view.said);
		}
		this.renderLines("Stories told to them", "interview-prep-told-to-them", view.told);
		this.renderLines("Questions they asked", "interview-prep-they-asked", view.asked);
	}

	private renderLines(title: string, cls: string, lines: readonly PersonLine[]): void {
		if (lines.length === 0) return;
		const section = this.el.createEl("section", { cls: `interview-prep-process-group ${cls}` });
		groupTitle(section, title);
		const list = section.createEl("ul", { cls: "interview-prep-earlier-lines" });
		for (const line of lines) {
			const item = list.createEl("li");
			item.createSpan({ text: line.text });
			item.createSpan({ cls: "interview-prep-earlier-source", text: `${line.company}, ${line.round}` });
		}
	}
}
