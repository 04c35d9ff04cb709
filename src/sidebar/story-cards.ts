import { groupBy, identityKey, storiesMatching, storyReadiness, type Story } from "../core";
import type { PrepActions } from "./prep-actions";
import { disclosureButton, groupTitle, partHeader, starMarkers, nestedList } from "../ui/sidebar-elements";
import { ViewPart } from "../ui/view-part";

/** Cards drawn at first; a huge note shows more on request, so one redraw stays well inside a frame. */
const STORY_PAGE = 60;

export interface StoryData {
	stories: Story[];
	/** The four STAR words, in order. */
	starWords: readonly string[];
	/** By story identity: the earlier rounds, and people, it was told to. */
	toldBefore: Record<string, string>;
}

/** One card per story, grouped under their headings, each collapsible and filterable, with its STAR readiness. */
export class StoryCards extends ViewPart<StoryData> {
	/** Collapsed cards, by group and title, so a refresh keeps them collapsed. */
	private readonly collapsed = new Set<string>();
	private readonly filterEl: HTMLInputElement;
	private readonly countEl: HTMLElement;
	private readonly listEl: HTMLElement;
	private limit = STORY_PAGE;
	private hideTold = false;
	private readonly hideToldEl: HTMLButtonElement;

	constructor(
		el: HTMLElement,
		private readonly actions: PrepActions,
	) {
		super(el);
		const bar = partHeader(el, "Stories");
		this.countEl = bar.createSpan({ cls: "interview-prep-count" });
		this.filterEl = el.createEl("input", {
			cls: "interview-prep-filter",
			type: "search",
			placeholder: "Filter stories",
			attr: { "aria-label": "Filter stories" },
		});
		this.filterEl.addEventListener("input", () => this.rerender());
		this.hideToldEl = el.createEl("button", { cls: "interview-prep-hide-told", text: "Hide told stories", attr: { "aria-pressed": false } });
		this.hideToldEl.addEventListener("click", () => {
			this.hideTold = !this.hideTold;
			this.hideToldEl.setAttr("aria-pressed", this.hideTold);
			this.hideToldEl.toggleClass("is-active", this.hideTold);
			this.rerender();
		});
		this.listEl = el.createDiv({ cls: "interview-prep-stories" });
	}

	/** Draws the stories that match the filter, up to the current limit. */
	protected render({ stories, starWords, toldBefore }: StoryData): void {
		const matching = storiesMatching(stories, this.filterEl.value, this.hideTold);
		const shown = matching.slice(0, this.limit);
		this.listEl.empty();
		for (const [group, items] of groupBy(shown, (s) => s.group)) {
			const groupEl = this.listEl.createEl("section", { cls: "interview-prep-story-group" });
			groupTitle(groupEl, group || "Stories");
			for (const story of items) this.renderCard(groupEl, story, starWords, toldBefore[identityKey(story.title)]);
		}
		if (matching.length > shown.length) {
			const more = this.listEl.createEl("button", { cls: "interview-prep-more", text: `Show ${Math.min(STORY_PAGE, matching.length - shown.length)} more stories` });
			more.addEventListener("click", () => {
				this.limit += STORY_PAGE;
				this.rerender();
			});
		}
		this.countEl.setText(matching.length === stories.length ? String(stories.length) : `${matching.length} of ${stories.length}`);
	}

	private renderCard(parent: HTMLElement, story: Story, starWords: readonly string[], toldBefore: string | undefined): void {
		const key = `${story.group}\u0000${story.title}`;
		const collapsed = this.collapsed.has(key);
		const card = parent.createEl("article", { cls: "interview-prep-story" });
		const told = story.task === "done";
		card.toggleClass("is-collapsed", collapsed);
		card.toggleClass("is-told", told);
		const head = card.createEl("header", { cls: "interview-prep-story-header" });
		disclosureButton(head, !collapsed, `${collapsed ? "Expand" : "Collapse"} ${story.title}`, key, () => {
			if (collapsed) this.collapsed.delete(key);
			else this.collapsed.add(key);
			this.rerender();
		});
		const title = head.createEl("h4", { cls: "interview-prep-story-title" });
		const jump = title.createEl("button", { cls: "interview-prep-link", text: story.title || "Untitled story", attr: { "data-line": story.line } });
		jump.addEventListener("click", () => this.actions.jumpToLine(story.line));
		// The word beside the box says what it means, and widens what a finger can hit.
		const toldLabel = head.createEl("label", { cls: "interview-prep-told-label" });
		const box = toldLabel.createEl("input", { type: "checkbox", cls: "interview-prep-told", attr: { "aria-label": `Told: ${story.title}` } });
		toldLabel.createSpan({ text: "Told" });
		box.checked = told;
		box.addEventListener("click", () => this.actions.setTold(story, box.checked));
		if (toldBefore !== undefined) card.createDiv({ cls: "interview-prep-mark", text: `Told in ${toldBefore}` });
		const readiness = storyReadiness(story.details, starWords);
		starMarkers(card, readiness.markers, starWords);
		if (readiness.resultWithoutNumber) card.createDiv({ cls: "interview-prep-hint", text: "Results land better with a figure." });
		if (collapsed || story.nested.length === 0) return;
		nestedList(card, "interview-prep-story-details", story.nested);
	}
}
