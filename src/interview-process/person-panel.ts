import type { PersonLine, PersonView } from "../core";
import { partHeader } from "../ui/sidebar-elements";
import { ViewPart } from "../ui/view-part";
import type { ProcessActions } from "./process-panel";
import { processGroup, renderSourcedLines } from "./process-group";
import { renderSaidGroups } from "./said-list";
import { cssClass } from "../ui/css-class";

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
		bar.createSpan({ cls: cssClass("count"), text: `${view.rounds.length} ${view.rounds.length === 1 ? "round" : "rounds"}` });
		const list = processGroup(this.el, "Rounds with them", cssClass("person-rounds")).createEl("ol", { cls: cssClass("rounds") });
		for (const round of view.rounds) {
			const item = list.createEl("li", { cls: cssClass("round") });
			const button = item.createEl("button", { cls: "interview-prep-link interview-prep-round-link", text: `${round.company}, ${round.round}` });
			button.addEventListener("click", () => this.actions.openRound(round.path));
			item.createDiv({ cls: cssClass("round-facts"), text: round.date ?? "no date" });
		}
		if (view.said.length > 0) renderSaidGroups(processGroup(this.el, "Said to them", cssClass("said-to-them")), view.said);
		const where = (line: PersonLine) => `${line.company}, ${line.round}`;
		renderSourcedLines(this.el, "Stories told to them", cssClass("told-to-them"), view.told, where);
		renderSourcedLines(this.el, "Questions they asked", cssClass("they-asked"), view.asked, where);
	}

}
