import { ItemView, type WorkspaceLeaf } from "obsidian";
import { callsOverview, formatTimeLeft, roundLabel, sameContent, type BankStory, type RecentItem, type UpcomingCall } from "../core";
import type { BankSource } from "./bank-source";
import { KeyedList, type ListEntry } from "../ui/keyed-list";
import { groupTitle, partHeader } from "../ui/sidebar-elements";
import { cssClass } from "../ui/css-class";

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
	private upcoming!: Part;
	private ahead!: KeyedList;
	private recent!: Part;
	private noDebrief!: Group;
	private followUps!: Group;
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
		this.contentEl.addClass(cssClass("view"), cssClass("calls"));
		const body = this.contentEl.createDiv();
		this.upcoming = part(body, "Upcoming", "No calls ahead. Set meeting: in a prep note's frontmatter to see it here.");
		this.ahead = new KeyedList(this.upcoming.el.createEl("ol", { cls: cssClass("rounds") }));
		this.recent = part(body, "Recent", "Nothing left to do after your calls.");
		this.noDebrief = group(this.recent, "Without a debrief");
		this.followUps = group(this.recent, "Follow-ups");
		this.registerEvent(this.context.source.processes.onChangeInTurn(() => this.draw()));
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

	/** Redraws when what the view shows changed, or the minute did, which the times left count in; a row that reads the same is kept. */
	private draw(): void {
		const now = this.context.now();
		const overview = callsOverview(this.context.source.processes.allRounds(), now, this.context.source.settings.current.starWords);
		const shown = { overview, minute: Math.floor(now / 60_000) };
		if (sameContent(shown, this.shown)) return;
		this.shown = shown;
		const { upcoming, recent } = overview;
		this.upcoming.count(upcoming.length);
		this.ahead.render(upcoming.map((call) => this.upcomingRow(call, now)));
		this.recent.count(recent.length);
		this.noDebrief(recent.filter((item) => item.kind === "no-debrief").map((item) => this.recentRow(item, now)));
		this.followUps(recent.filter((item) => item.kind === "follow-up").map((item) => this.recentRow(item, now)));
	}

	private upcomingRow(call: UpcomingCall, now: number): ListEntry {
		const title = [...roundLabel(call.company, call.round), call.with ? `with ${call.with}` : null];
		const facts = [
			`${call.meeting.replace("T", " ").slice(0, 16)} · ${call.timed ? timeLeft(call.at, now) : daysLeft(call.at, now)}`,
			`prep ${call.prep.done}/${call.prep.total}`,
			`stories ready ${call.storiesReady}/${call.storiesTotal}`,
			`${call.questionsPlanned} ${call.questionsPlanned === 1 ? "question" : "questions"} planned`,
		];
		const marks = [
			call.saidBefore > 0 ? `Read ${call.saidBefore} said ${call.saidBefore === 1 ? "line" : "lines"} from earlier rounds` : null,
			call.answersToPrepare > 0 ? `Prepare ${call.answersToPrepare} weak ${call.answersToPrepare === 1 ? "answer" : "answers"}` : null,
		];
		return this.row(call.path, 1, title, facts, marks, "is-upcoming");
	}

	private recentRow(item: RecentItem, now: number): ListEntry {
		if (item.kind === "follow-up") return this.row(item.path, item.line, [item.text], [roundLabel(item.company, item.round).join(" · ")]);
		return this.row(item.path, 1, [...roundLabel(item.company, item.round), item.with ? `with ${item.with}` : null], [`${daysAgo(item.at, now)} · no debrief yet`]);
	}

	/** A row: a link to the note's line, its facts, and the marks that ask for something. */
	private row(path: string, line: number, title: (string | null)[], facts: string[], marks: (string | null)[] = [], cls = ""): ListEntry {
		const text = title.filter((p) => p !== null).join(" · ");
		const key = `${path}\u0000${line}`;
		return {
			key,
			signature: JSON.stringify([text, facts, marks]),
			draw: (parent) => {
				const item = parent.createEl("li", { cls: [cssClass("round"), ...(cls ? [cls] : [])] });
				const button = item.createEl("button", { cls: "interview-prep-link interview-prep-round-link", text, attr: { "data-key": key } });
				button.addEventListener("click", () => this.context.open(path, line));
				const factsEl = item.createDiv({ cls: cssClass("round-facts") });
				for (const fact of facts) factsEl.createSpan({ text: fact });
				for (const mark of marks) if (mark !== null) factsEl.createSpan({ cls: cssClass("mark"), text: mark });
				return item;
			},
		};
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

/** A part of the view: its title with a count, and the line for when it has nothing. */
interface Part {
	el: HTMLElement;
	count(count: number): void;
}

function part(parent: HTMLElement, title: string, empty: string): Part {
	const el = parent.createEl("section", { cls: cssClass("part") });
	const countEl = partHeader(el, title).createSpan({ cls: cssClass("count") });
	const emptyEl = el.createEl("p", { cls: cssClass("empty"), text: empty });
	return {
		el,
		count: (count) => {
			countEl.setText(String(count));
			emptyEl.toggle(count === 0);
		},
	};
}

/** Shows a group's rows, under a title that shows only while there are any. */
type Group = (rows: ListEntry[]) => void;

function group(owner: Part, title: string): Group {
	const titleEl = groupTitle(owner.el, title);
	const list = new KeyedList(owner.el.createEl("ul", { cls: cssClass("rounds") }));
	return (rows) => {
		titleEl.toggle(rows.length > 0);
		list.render(rows);
	};
}
