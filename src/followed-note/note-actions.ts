import { Notice, type App } from "obsidian";
import { nextOpenPrepTask, primaryDoneChar, readListLine, setItemChecked, toggleTaskLine, type Question, type Story, type TaskItem } from "../core";
import type { ActiveNote } from "./active-note";
import type { EditPath } from "../platform/edit-path";
import { revealLine } from "../platform/open-note";
import type { Settings } from "../settings/prep-settings";
import type { DeviceMemory } from "../platform/storage/device-memory";
import type { PrepActions } from "../sidebar/prep-actions";

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
		const doneChar = primaryDoneChar(this.settings().doneChars);
		const key = (line: number, text: string) => lineKey(state.file.path, line, text);
		const replacement = setItemChecked(item.raw, checked, doneChar, this.wasPlain.has(key(item.line, item.raw)), this.replacedBoxes.get(key(item.line, item.raw)));
		if (replacement === null || replacement === item.raw) return;
		if (await this.activeNote.editLine({ line: item.line, expected: item.raw, replacement })) {
			this.rememberReplacedBox(key(item.line, item.raw), key(item.line, replacement), readListLine(item.raw)?.box);
			if (checked && readListLine(item.raw)?.box === undefined) this.wasPlain.add(key(item.line, replacement));
			if (!checked) this.wasPlain.delete(key(item.line, item.raw));
			this.memory.rememberPlainItems(this.wasPlain);
		}
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
