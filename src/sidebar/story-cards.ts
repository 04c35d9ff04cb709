import { groupBy, identityKey, storiesMatching, storyReadiness, type Story } from "../core";
import type { PrepActions } from "./prep-actions";
import { disclosureButton, groupTitle, partHeader, starMarkers, nestedList } from "../ui/sidebar-elements";
import { KeyedList, type ListEntry } from "../ui/keyed-list";
import { ViewPart } from "../ui/view-part";
import { cssClass } from "../ui/css-class";

/** Cards drawn at first; a huge note shows more on request, so one redraw stays well inside a frame. */
const STORY_PAGE = 60;
/** Cards and group titles in the first slice of a draw, whatever the time: a screenful, as a card is several lines tall. */
export const FIRST_CARDS = 8;

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
	private readonly list: KeyedList;
	private readonly moreEl: HTMLElement;
	/** The stories as last drawn, by card key: a card kept from an earlier draw acts on its story's current line. */
	private readonly current = new Map<string, Story>();
	private limit = STORY_PAGE;
	private hideTold = false;
	private readonly hideToldEl: HTMLButtonElement;

	constructor(
		el: HTMLElement,
		private readonly actions: PrepActions,
	) {
		super(el);
		const bar = partHeader(el, "Stories");
		this.countEl = bar.createSpan({ cls: cssClass("count") });
		this.filterEl = el.createEl("input", {
			cls: cssClass("filter"),
			type: "search",
			placeholder: "Filter stories",
			attr: { "aria-label": "Filter stories" },
		});
		this.filterEl.addEventListener("input", () => this.rerender());
		this.hideToldEl = el.createEl("button", { cls: cssClass("hide-told"), text: "Hide told stories", attr: { "aria-pressed": false } });
		this.hideToldEl.addEventListener("click", () => {
			this.hideTold = !this.hideTold;
			this.hideToldEl.setAttr("aria-pressed", this.hideTold);
			this.hideToldEl.toggleClass("is-active", this.hideTold);
			this.rerender();
		});
		this.list = new KeyedList(el.createDiv({ cls: cssClass("stories") }), FIRST_CARDS);
		this.moreEl = el.createDiv();
	}

	/** Every card tells its own change: a note of a thousand stories is never turned into one string to compare. */
	protected override signatureOf(): null {
		return null;
	}

	/** Draws the stories that match the filter, up to the current limit; a card whose story did not change is kept. */
	protected render({ stories, starWords, toldBefore }: StoryData): void {
		const matching = storiesMatching(stories, this.filterEl.value, this.hideTold);
		const shown = matching.slice(0, this.limit);
		const entries: ListEntry[] = [];
		this.current.clear();
		const seen = new Map<string, number>();
		for (const [group, items] of groupBy(shown, (s) => s.group)) {
			const name = group || "Stories";
			entries.push({ key: `group\u0000${group}`, signature: name, draw: (parent) => groupTitle(parent, name) });
			for (const story of items) {
				// Two stories of one title are two cards, each acting on its own.
				const base = `${story.group}\u0000${story.title}`;
				const count = seen.get(base) ?? 0;
				seen.set(base, count + 1);
				const key = count === 0 ? base : `${base}\u0000${count}`;
				const told = toldBefore[identityKey(story.title)];
				this.current.set(key, story);
				// Its lines left out: typing above a story moves it, and that alone redraws nothing.
				const signature = JSON.stringify([story.title, story.details, story.nested, story.task, told, this.collapsed.has(key), starWords]);
				entries.push({ key, signature, draw: (parent) => this.renderCard(parent, key, starWords, told) });
			}
		}
		this.list.render(entries);
		this.moreEl.empty();
		if (matching.length > shown.length) {
			const more = this.moreEl.createEl("button", { cls: cssClass("more"), text: `Show ${Math.min(STORY_PAGE, matching.length - shown.length)} more stories` });
			more.addEventListener("click", () => {
				this.limit += STORY_PAGE;
				this.rerender();
			});
		}
		this.countEl.setText(matching.length === stories.length ? String(stories.length) : `${matching.length} of ${stories.length}`);
	}

	private renderCard(parent: HTMLElement, key: string, starWords: readonly string[], toldBefore: string | undefined): HTMLElement {
		const story = this.current.get(key) as Story;
		const storyNow = () => this.current.get(key) ?? story;
		const collapsed = this.collapsed.has(key);
		const card = parent.createEl("article", { cls: cssClass("story") });
		const told = story.task === "done";
		card.toggleClass("is-collapsed", collapsed);
		card.toggleClass("is-told", told);
		const head = card.createEl("header", { cls: cssClass("story-header") });
		disclosureButton(head, !collapsed, `${collapsed ? "Expand" : "Collapse"} ${story.title}`, key, () => {
			if (collapsed) this.collapsed.delete(key);
			else this.collapsed.add(key);
			this.rerender();
		});
		const title = head.createEl("h4", { cls: cssClass("story-title") });
		const jump = title.createEl("button", { cls: cssClass("link"), text: story.title || "Untitled story", attr: { "data-key": `story\u0000${key}` } });
		jump.addEventListener("click", () => this.actions.jumpToLine(storyNow().line));
		// The word beside the box says what it means, and widens what a finger can hit.
		const toldLabel = head.createEl("label", { cls: cssClass("told-label") });
		const box = toldLabel.createEl("input", { type: "checkbox", cls: cssClass("told"), attr: { "aria-label": `Told: ${story.title}` } });
		toldLabel.createSpan({ text: "Told" });
		box.checked = told;
		box.addEventListener("click", () => this.actions.setTold(storyNow(), box.checked));
		if (toldBefore !== undefined) card.createDiv({ cls: cssClass("mark"), text: `Told in ${toldBefore}` });
		const readiness = storyReadiness(story.details, starWords);
		starMarkers(card, readiness.markers, starWords);
		if (readiness.resultWithoutNumber) card.createDiv({ cls: cssClass("hint"), text: "Results land better with a figure." });
		if (!collapsed && story.nested.length > 0) nestedList(card, cssClass("story-details"), story.nested);
		return card;
	}
}
