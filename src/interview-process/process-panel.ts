import type { EarlierLine, ProcessView, RoundRow } from "../core";
import { partHeader } from "../ui/sidebar-elements";
import { processGroup, renderSourcedLines } from "./process-group";
import { renderSaidGroups } from "./said-list";
import { ViewPart } from "../ui/view-part";
import { cssClass } from "../ui/css-class";

/** What the process part does: open a round's note. */
export interface ProcessActions {
	openRound(path: string): void;
}

const TIMING_WORDS: Record<RoundRow["timing"], string> = { past: "past", today: "today", upcoming: "upcoming", undated: "no date" };

/** The company's process: its rounds, and what was said and noted in the rounds before this one. */
export class ProcessPanel extends ViewPart<ProcessView> {
	constructor(
		el: HTMLElement,
		private readonly actions: ProcessActions,
	) {
		super(el);
	}

	protected render(view: ProcessView): void {
		this.el.empty();
		const bar = partHeader(this.el, view.company);
		bar.createSpan({ cls: cssClass("count"), text: `${view.rounds.length} ${view.rounds.length === 1 ? "round" : "rounds"}` });
		const list = processGroup(this.el, "Rounds").createEl("ol", { cls: cssClass("rounds") });
		for (const round of view.rounds) this.renderRound(list, round);
		if (view.said.length > 0) renderSaidGroups(processGroup(this.el, "Said before", cssClass("said-before")), view.said);
		renderSourcedLines(this.el, "Discrepancies noted before", cssClass("discrepancies-before"), view.discrepanciesBefore, (line: EarlierLine) =>
			line.with ? `${line.round}, to ${line.with}` : line.round,
		);
	}

	private renderRound(list: HTMLElement, round: RoundRow): void {
		const item = list.createEl("li", { cls: cssClass("round") });
		item.toggleClass("is-current", round.current);
		item.toggleClass(`is-${round.timing}`, true);
		const label = [round.name, round.with ? `with ${round.with}` : null].filter(Boolean).join(" ");
		const button = item.createEl("button", {
			cls: "interview-prep-link interview-prep-round-link",
			text: label,
			attr: round.current ? { "aria-current": "page" } : {},
		});
		button.addEventListener("click", () => this.actions.openRound(round.path));
		const facts = item.createDiv({ cls: cssClass("round-facts") });
		// All in words: a touch screen shows no tooltip.
		if (round.current) facts.createSpan({ cls: cssClass("round-current"), text: "this note" });
		facts.createSpan({ text: round.date ? `${round.date} · ${TIMING_WORDS[round.timing]}` : TIMING_WORDS[round.timing] });
		facts.createSpan({ text: `prep ${round.progress.done}/${round.progress.total}` });
	}

	/** Lines from earlier rounds, each with the round and the person; nothing at all when there are none. */
}
