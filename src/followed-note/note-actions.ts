import { Notice, type App } from "obsidian";
import { nextOpenPrepTask, primaryDoneChar, readListLine, setItemChecked, toggleTaskLine, withRating, type LineEdit, type Question, type Rating, type Story, type TaskItem, type TheirQuestion } from "../core";
import type { ActiveNote } from "./active-note";
import type { EditPath } from "../platform/edit-path";
import { revealLine } from "../platform/open-note";
import type { Settings } from "../settings/prep-settings";
import type { DeviceMemory } from "../platform/storage/device-memory";
import type { PrepActions } from "../sidebar/prep-actions";
import { ChoiceSuggestModal } from "../ui/choice-suggest-modal";

/** The edits and jumps that the sidebar and the commands share, on the followed note. */
export class NoteActions implements PrepActions {
	constructor(
		private readonly app: App,
		private readonly edits: EditPath,
		private readonly activeNote: ActiveNote,
		private readonly settings: () => Settings,
		private readonly memory: DeviceMemory,
		private readonly insertSections: () => Promise<void>,
	) {
		this.wasPlain = new Set(memory.plainItems());
	}

	insertPrepSections = (): void => void this.insertSections();

	jumpToLine(line: number): void {
		const state = this.activeNote.state;
		if (state) void revealLine(this.app, state.file, line);
	}

	toggleTask(task: TaskItem): void {
		void this.setTask(task);
	}

	/** The first open task under the Preparation heading, if there is one. */
	nextPrepTask(): TaskItem | undefined {
		const note = this.activeNote.state?.note;
		return note && nextOpenPrepTask(note, this.settings().headings.preparation);
	}

	toggleNextPrepTask(): void {
		const task = this.nextPrepTask();
		if (task) void this.setTask(task).then((changed) => changed && new Notice(`Checked: ${task.text || "(empty task)"}`));
		else new Notice("Every preparation task is done.");
	}

	setAsked(question: Question, asked: boolean): void {
		void this.setChecked(question, asked);
	}

	setTold(story: Story, told: boolean): void {
		void this.setChecked(story, told);
	}

	/** Moves a question to the end of the other group, with what is nested under it: one undoable edit. */
	moveQuestion(question: Question): void {
		void this.moveQuestionNow(question);
	}

	async moveQuestionNow(question: Question): Promise<boolean> {
		const state = this.activeNote.state;
		if (!state) return false;
		const outcome = await this.activeNote.edit("move-question", { question: { line: question.line, raw: question.raw }, options: { questions: this.settings().headings.questions } }, state.file);
		return outcome !== null;
	}

	/** Rates a question they asked, or clears the rating it has when it is this one: one undoable edit of its marker alone. */
	rateTheirQuestion(question: TheirQuestion, rating: Rating): void {
		void this.rateTheirQuestionNow(question, rating);
	}

	async rateTheirQuestionNow(question: TheirQuestion, rating: Rating): Promise<boolean> {
		const replacement = withRating(question.raw, question.rating === rating ? null : rating);
		if (replacement === null || replacement === question.raw) return false;
		return this.activeNote.editLine({ line: question.line, expected: question.raw, replacement });
	}

	/** Picks one of the note's stories, by fuzzy search, as the one that answered a question they asked. */
	chooseAnswer(question: TheirQuestion): void {
		const stories = (this.activeNote.state?.note.stories ?? []).filter((s) => s.title !== "");
		if (stories.length === 0) return void new Notice(`This note has no stories to pick from: add them under ${this.settings().headings.stories}.`);
		const choices = stories.map((story) => ({ label: story.title, group: story.group, value: story }));
		new ChoiceSuggestModal(this.app, choices, "Which story answered it?", (story) => void this.answerWith(question, story)).open();
	}

	/** Names the story under the question, as `Answered with:`, and marks the story told: one undoable edit. */
	async answerWith(question: TheirQuestion, story: Story): Promise<boolean> {
		const state = this.activeNote.state;
		if (!state) return false;
		const told = story.task === "done" ? null : this.markLine(state.file.path, story, true);
		const args = { question: { line: question.line, raw: question.raw }, story: story.title, told: told?.edit ?? null, options: { theirQuestions: this.settings().headings.theirQuestions } };
		const outcome = await this.activeNote.edit("answered-with", args, state.file);
		if (outcome?.changed) told?.remember();
		return outcome?.changed ?? false;
	}

	/** Whether this device turned the line from a plain bullet into a task, so clearing its mark restores the bullet. */
	wasPlainBullet(path: string, line: number, raw: string): boolean {
		return this.wasPlain.has(lineKey(path, line, raw));
	}

	/**
	 * Items turned from plain bullets into tasks, by note and text, so unchecking
	 * restores them. Remembered by this device, so they outlive a restart.
	 */
	private readonly wasPlain: Set<string>;
	/** The box each toggle or mark replaced, by the line it wrote, while the app runs: `[X]` opened and checked again stays `[X]`. */
	private readonly replacedBoxes = new Map<string, string>();

	/** The same line-checked, undoable edit as task toggling, on a question's or story's own line. */
	private async setChecked(item: { line: number; raw: string }, checked: boolean): Promise<void> {
		const state = this.activeNote.state;
		if (!state) return;
		const mark = this.markLine(state.file.path, item, checked);
		if (mark && (await this.activeNote.editLine(mark.edit))) mark.remember();
	}

	/** An asked or told mark's line edit, and what to remember once it is written, so unchecking restores the line; null when there is nothing to mark. */
	private markLine(path: string, item: { line: number; raw: string }, checked: boolean): { edit: LineEdit; remember: () => void } | null {
		const { doneChars } = this.settings();
		const doneChar = primaryDoneChar(doneChars);
		const key = (line: number, text: string) => lineKey(path, line, text);
		// Asked and told are the done characters, as the sidebar reads them: `[-]` or `[/]` cleared again comes back as it was, not as `[ ]`.
		const isDone = (c: string) => doneChars.includes(c);
		const replacement = setItemChecked(item.raw, checked, doneChar, this.wasPlain.has(key(item.line, item.raw)), this.replacedBoxes.get(key(item.line, item.raw)), isDone);
		if (replacement === null || replacement === item.raw) return null;
		return {
			edit: { line: item.line, expected: item.raw, replacement },
			remember: () => {
				this.rememberReplacedBox(key(item.line, item.raw), key(item.line, replacement), readListLine(item.raw)?.box);
				if (checked && readListLine(item.raw)?.box === undefined) this.wasPlain.add(key(item.line, replacement));
				if (!checked) this.wasPlain.delete(key(item.line, item.raw));
				this.memory.rememberPlainItems(this.wasPlain);
			},
		};
	}

	/** Moves the memory of a line's box to the line just written; a plain bullet had no box to give back. */
	private rememberReplacedBox(before: string, after: string, box: string | undefined): void {
		this.replacedBoxes.delete(before);
		if (box !== undefined) this.replacedBoxes.set(after, box);
	}

	private async setTask(task: TaskItem): Promise<boolean> {
		const state = this.activeNote.state;
		if (!state) return false;
		const { doneChars, cancelledChars } = this.settings();
		const doneChar = primaryDoneChar(doneChars);
		const written = lineKey(state.file.path, task.line, task.raw);
		const replacement = toggleTaskLine(task.raw, doneChar, (c) => doneChars.includes(c) || cancelledChars.includes(c), this.replacedBoxes.get(written));
		if (replacement === null) return false;
		const changed = await this.activeNote.editLine({ line: task.line, expected: task.raw, replacement });
		if (changed) this.rememberReplacedBox(written, lineKey(state.file.path, task.line, replacement), task.char);
		return changed;
	}
}

/** A line this device wrote, where it wrote it: another item with the same text, or one that was always a task, never matches. */
function lineKey(path: string, line: number, text: string): string {
	return `${path}\u0000${line}\u0000${text}`;
}
