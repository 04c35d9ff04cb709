import { setTooltip } from "obsidian";
import { nextOpenPrepTask, storiesReady, writtenStories, tasksIn, type PrepNote, type Section, type TaskItem } from "../core";
import type { PrepActions } from "./prep-actions";
import { renderProgress } from "./progress-bar";
import { disclosureButton } from "../ui/sidebar-elements";
import { ViewPart } from "../ui/view-part";
import { cssClass } from "../ui/css-class";

/** Section rows drawn at first; a huge note shows the rest on request. */
const SECTION_PAGE = 20;
/** Open tasks listed at first under an expanded section; the rest on request. */
const TASK_PAGE = 50;

interface SectionRow {
	section: Section;
	openTasks: TaskItem[];
}

export interface ProgressData {
	title: string;
	done: number;
	total: number;
	cancelled: number;
	hasPrepTask: boolean;
	rows: SectionRow[];
	storiesReady: number;
	stories: number;
	/** The four STAR words, which say what makes a story ready. */
	starWords: readonly string[];
}

export function progressDataOf(note: PrepNote, preparation: string, starWords: readonly string[]): ProgressData {
	// An empty box is no task yet, so it is not offered to check.
	const open = note.taskItems.filter((t) => t.status === "open" && t.text.trim() !== "");
	// The title heading's row would repeat the header above it.
	const titleLine = note.headings.find((h) => h.depth === 1)?.line;
	const rows = note.sections
		.filter((section) => section.total > 0 && section.line !== titleLine)
		.map((section) => ({ section, openTasks: tasksIn(open, section) }));

	return {
		title: note.title,
		done: note.prep.done,
		total: note.prep.total,
		cancelled: note.prep.cancelled,
		hasPrepTask: nextOpenPrepTask(note, preparation) !== undefined,
		rows,
		storiesReady: storiesReady(note.stories, starWords),
		stories: writtenStories(note.stories).length,
		starWords,
	};
}

/** The header's overall progress and one row per section that has tasks. */
export class ProgressPanel extends ViewPart<ProgressData> {
	/** Sections whose open tasks are listed, by heading; kept across refreshes. */
	private readonly expanded = new Set<string>();
	/** Expanded sections that list every open task, not only the first ones. */
	private readonly allTasks = new Set<string>();
	private showAll = false;

	constructor(
		el: HTMLElement,
		private readonly actions: PrepActions,
	) {
		super(el);
	}

	protected render(data: ProgressData): void {
		this.el.empty();
		const header = this.el.createDiv({ cls: cssClass("header") });
		header.createDiv({ cls: cssClass("title"), text: data.title || "Untitled note", attr: { role: "heading", "aria-level": 2 } });
		// A note without tasks has no progress to show: an empty 0/0 bar would read as none done.
		if (data.total > 0 || data.cancelled > 0) {
			const progress = renderProgress(header, data.done, data.total, "Overall prep progress");
			// Beside the bar it counts, so it is not read as a cancelled story.
			if (data.cancelled > 0) progress.createSpan({ cls: cssClass("cancelled"), text: `${data.cancelled} cancelled ${data.cancelled === 1 ? "task" : "tasks"} not counted` });
		}
		if (data.stories > 0) {
			const ready = header.createDiv({ cls: cssClass("ready"), text: `Stories ready: ${data.storiesReady}/${data.stories}` });
			// Each card says in words what it lacks; the label says what ready means.
			setTooltip(ready, `Stories ready: ${data.storiesReady} of ${data.stories}, with details that cover ${wordList(data.starWords)}`);
		}
		if (data.hasPrepTask) {
			const next = header.createEl("button", { cls: cssClass("next"), text: "Check next open task" });
			next.addEventListener("click", () => this.actions.toggleNextPrepTask());
		}
		if (data.rows.length === 0) return;
		const list = this.el.createEl("ul", { cls: cssClass("sections"), attr: { "aria-label": "Progress by section" } });
		const shown = this.showAll ? data.rows : data.rows.slice(0, SECTION_PAGE);
		for (const row of shown) this.renderRow(list, row);
		if (shown.length < data.rows.length) {
			const more = this.el.createEl("button", { cls: cssClass("more"), text: `Show all ${data.rows.length} sections` });
			more.addEventListener("click", () => {
				this.showAll = true;
				this.rerender();
			});
		}
	}

	private renderRow(list: HTMLElement, { section, openTasks }: SectionRow): void {
		const key = `${section.depth}:${section.heading}`;
		const isOpen = this.expanded.has(key);
		const item = list.createEl("li", { cls: [cssClass("section"), `interview-prep-depth-${Math.min(section.depth, 6)}`] });
		const line = item.createDiv({ cls: cssClass("section-row") });
		const toggle = disclosureButton(line, isOpen, `${isOpen ? "Hide" : "Show"} open tasks in ${section.heading}`, key, () => {
			if (isOpen) this.expanded.delete(key);
			else this.expanded.add(key);
			this.allTasks.delete(key);
			this.rerender();
		});
		toggle.disabled = openTasks.length === 0;
		const jump = line.createEl("button", { cls: cssClass("section-name"), text: section.heading, attr: { "data-line": section.line } });
		jump.addEventListener("click", () => this.actions.jumpToLine(section.line));
		renderProgress(line, section.done, section.total, `${section.heading} progress`);
		if (!isOpen || openTasks.length === 0) return;
		const tasks = item.createEl("ul", { cls: cssClass("open-tasks") });
		const shown = this.allTasks.has(key) ? openTasks : openTasks.slice(0, TASK_PAGE);
		for (const task of shown) {
			const label = tasks.createEl("li").createEl("label", { cls: cssClass("task") });
			const box = label.createEl("input", { type: "checkbox", attr: { "data-line": task.line } });
			label.createSpan({ text: task.text || "(empty task)" });
			// Click fires for the mouse and for the space bar alike.
			box.addEventListener("click", () => this.actions.toggleTask(task));
		}
		const firstHidden = openTasks[shown.length];
		if (!firstHidden) return;
		const more = item.createEl("button", { cls: cssClass("more"), text: `Show all ${openTasks.length} open tasks` });
		more.addEventListener("click", () => {
			this.allTasks.add(key);
			this.rerender();
			// The keyboard carries on at the first task that was hidden.
			this.el.querySelector<HTMLElement>(`input[data-line="${firstHidden.line}"]`)?.focus();
		});
	}
}

/** `situation, task, action and result`, from the STAR words as set. */
function wordList(words: readonly string[]): string {
	const lower = words.map((w) => w.toLowerCase());
	return lower.length < 2 ? lower.join("") : `${lower.slice(0, -1).join(", ")} and ${lower[lower.length - 1] ?? ""}`;
}
