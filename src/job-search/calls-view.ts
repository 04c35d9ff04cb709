import { ItemView, type WorkspaceLeaf } from "obsidian";
import { callsOverview, formatTimeLeft, roundLabel, sameContent, type BankStory, type RecentItem, type UpcomingCall } from "../core";
import type { BankSource } from "./bank-source";
import { keepFocus } from "../ui/keep-focus";
import { groupTitle, partHeader } from "../ui/sidebar-elements";

export const CALLS_VIEW_TYPE = "interview-prep-calls";

/** The time left is in minutes: a redraw a minute keeps it true. */
const REDRAW_MS = 60_000;
const DAY_MS = 86_400_000;

export interface CallsContext {
	source: BankSource<BankStory>;
	now(): number;
	open(path: string, line: number): void;
}

/** The calls ahead with how ready each is, and what the calls behind still need: a debrief, or follow-ups. */
export class CallsView extends ItemView {
	private bodyEl!: HTMLElement;
	/** What the view shows now, to tell whether a change of the index changes it. */
	private shown: unknown = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly context: CallsContext,
	) {
		super(leaf);
		this.icon = "calendar-clock";
	}

	getViewType(): string {
		return CALLS_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Upcoming calls";
	}

	protected override async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("interview-prep-view", "interview-prep-calls");
		this.bodyEl = this.contentEl.createDiv();
		this.registerEvent(this.context.source.processes.onChange(() => this.draw()));
		this.registerEvent(this.context.source.settings.onChange(({ keys }) => keys.has("starWords") && this.draw()));
		// On the view's own window, a popout's too; cleared by that window, whose ids are its own.
		const win = this.containerEl.win;
		const redraw = win.setInterval(() => this.draw(), REDRAW_MS);
		this.register(() => win.clearInterval(redraw));
		this.draw();
		await Promise.resolve();
	}

	protected override async onClose(): Promise<void> {
		this.contentEl.empty();
		await Promise.resolve();
	}

	/** Redraws when what the view shows changed, or the minute did, which the times left count in. */
	private draw(): void {
		const now = this.context.now();
		const overview = callsOverview(this.context.source.processes.allRounds(), now, this.context.source.settings.current.starWords);
		const shown = { overview, minute: Math.floor(now / 60_000) };
		if (sameContent(shown, this.shown)) return;
		this.shown = shown;
		const { upcoming, recent } = overview;
		keepFocus(this.bodyEl, () => {
			this.bodyEl.empty();
			const ahead = this.bodyEl.createEl("section", { cls: "interview-prep-part" });
			partHeader(ahead, "Upcoming").createSpan({ cls: "interview-prep-count", text: String(upcoming.length) });
			if (upcoming.length === 0) ahead.createEl("p", { cls: "interview-prep-empty", text: "No calls ahead. Set meeting: in a prep note's frontmatter to see it here." });
			const list = ahead.createEl("ol", { cls: "interview-prep-rounds" });
			for (const call of upcoming) this.upcomingRow(list, call, now);
			const behind = this.bodyEl.createEl("section", { cls: "interview-prep-part" });
			partHeader(behind, "Recent").createSpan({ cls: "interview-prep-count", text: String(recent.length) });
			if (recent.length === 0) behind.createEl("p", { cls: "interview-prep-empty", text: "Nothing left to do after your calls." });
			const noDebrief = recent.filter((item) => item.kind === "no-debrief");
			const followUps = recent.filter((item) => item.kind === "follow-up");
			if (noDebrief.length > 0) this.recentList(behind, "Without a debrief", noDebrief, now);
			if (followUps.length > 0) this.recentList(behind, "Follow-ups", followUps, now);
		});
	}

	private upcomingRow(list: HTMLElement, call: UpcomingCall, now: number): void {
		const item = list.createEl("li", { cls: "interview-prep-round is-upcoming" });
		this.link(item, [...roundLabel(call.company, call.round), call.with ? `with ${call.with}` : null], call.path, 1);
		const facts = item.createDiv({ cls: "interview-prep-round-facts" });
		facts.createSpan({ text: `${call.meeting.replace("T", " ").slice(0, 16)} · ${call.timed ? timeLeft(call.at, now) : daysLeft(call.at, now)}` });
		facts.createSpan({ text: `prep ${call.prep.done}/${call.prep.total}` });
		facts.createSpan({ text: `stories ready ${call.storiesReady}/${call.storiesTotal}` });
		facts.createSpan({ text: `${call.questionsPlanned} ${call.questionsPlanned === 1 ? "question" : "questions"} planned` });
		if (call.saidBefore > 0) facts.createSpan({ cls: "interview-prep-mark", text: `Read ${call.saidBefore} said ${call.saidBefore === 1 ? "line" : "lines"} from earlier rounds` });
		if (call.answersToPrepare > 0) facts.createSpan({ cls: "interview-prep-mark", text: `Prepare ${call.answersToPrepare} weak ${call.answersToPrepare === 1 ? "answer" : "answers"}` });
	}

	private recentList(parent: HTMLElement, title: string, items: readonly RecentItem[], now: number): void {
		groupTitle(parent, title);
		const list = parent.createEl("ul", { cls: "interview-prep-rounds" });
		for (const item of items) {
			const row = list.createEl("li", { cls: "interview-prep-round" });
			if (item.kind === "follow-up") {
				this.link(row, [item.text], item.path, item.line);
				row.createDiv({ cls: "interview-prep-round-facts" }).createSpan({ text: roundLabel(item.company, item.round).join(" · ") });
			} else {
				this.link(row, [...roundLabel(item.company, item.round), item.with ? `with ${item.with}` : null], item.path, 1);
				row.createDiv({ cls: "interview-prep-round-facts" }).createSpan({ text: `${daysAgo(item.at, now)} · no debrief yet` });
			}
		}
	}

	private link(parent: HTMLElement, parts: (string | null)[], path: string, line: number): void {
		const button = parent.createEl("button", { cls: "interview-prep-link interview-prep-round-link", text: parts.filter((p) => p !== null).join(" · "), attr: { "data-key": `${path}\u0000${line}` } });
		button.addEventListener("click", () => this.context.open(path, line));
	}
}

/** `in 12 min` before the call; once it has started, since when, as the row stays up for the call's day. */
function timeLeft(at: number, now: number): string {
	if (at > now) return `in ${formatTimeLeft(at - now)}`;
	const minutes = Math.floor((now - at) / 60_000);
	return minutes < 1 ? "starting now" : `started ${formatTimeLeft(now - at)} ago`;
}

function startOfDay(at: number): number {
	const d = new Date(at);
	return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Whole calendar days from today to the call's day, in words. */
function daysLeft(at: number, now: number): string {
	const days = Math.round((startOfDay(at) - startOfDay(now)) / DAY_MS);
	return days <= 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`;
}

function daysAgo(at: number, now: number): string {
	const days = Math.round((startOfDay(now) - startOfDay(at)) / DAY_MS);
	return days <= 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
}
