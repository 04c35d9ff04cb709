import { moment, Notice, TFile, type App, type Editor } from "obsidian";
import { formatClock, meetingOf, parseDuration, parseMeetingTime, timerStamp, type TimerMode } from "../core";
import { writeProperties } from "../platform/write-properties";
import { MeetingTimeModal } from "./meeting-time-modal";
import { noteName, type ActiveNote } from "../followed-note/active-note";
import type { EditPath, PlanEditor } from "../platform/edit-path";
import { revealLine } from "../platform/open-note";
import type { Settings } from "../settings/prep-settings";
import type { MeetingTimer } from "./meeting-timer";
import type { TimerPanelActions } from "./timer-panel";

/** Starting, pausing, resetting and stamping the meeting timer, from the palette or the sidebar. */
export class TimerCommands implements TimerPanelActions {
	constructor(
		private readonly app: App,
		private readonly edits: EditPath,
		private readonly activeNote: ActiveNote,
		private readonly timer: MeetingTimer,
		private readonly settings: () => Settings,
	) {}

	/** Types the running timer's stamp at the cursor; false, so the palette hides it, when no timer runs. */
	insertElapsed(checking: boolean, editor: PlanEditor & Pick<Editor, "posToOffset" | "getCursor">, file: TFile | null): boolean {
		const reading = this.timer.reading();
		if (!reading) return false;
		if (!checking && file) void this.insertStamp(editor, file, timerStamp(reading.elapsedMs));
		return true;
	}

	/** Types the stamp over the selection, through the one edit path; a space keeps it off the word before it. */
	private async insertStamp(editor: PlanEditor & Pick<Editor, "posToOffset" | "getCursor">, file: TFile, stamp: string): Promise<void> {
		const from = editor.posToOffset(editor.getCursor("from"));
		const to = editor.posToOffset(editor.getCursor("to"));
		await this.edits.apply(
			file,
			(text) => {
				const before = text.charAt(from - 1);
				const typed = `${before === "" || /\s/.test(before) ? "" : " "}${stamp}`;
				// Typed at the cursor: run again, it types the stamp again.
				return { kind: "change", changes: [{ from, to, text: typed }], result: undefined, caret: from + typed.length, repeats: true };
			},
			{ editor },
		);
	}

	/** Starts for the followed note: resumes its paused timer, and replaces another note's. */
	start(): void {
		const state = this.activeNote.state;
		if (!state) return;
		const current = this.timer.state;
		if (current?.notePath === state.file.path) {
			if (current.pausedAt !== null) this.timer.togglePause();
			else new Notice(`The timer for ${current.noteTitle} is already running. Reset it to start over.`);
			return;
		}
		const reading = this.timer.reading();
		if (current && reading) new Notice(`Stopped the timer for ${current.noteTitle} at ${formatClock(reading.elapsedMs)}, and started one for ${noteName(state)}.`);
		const plan = this.plan();
		if (plan) this.timer.start(state.file.path, noteName(state), plan.targetMs, plan.mode);
	}

	/** How a timer started now for the followed note would run: its `duration:`, or the settings'. */
	plan(): { mode: TimerMode; targetMs: number } | null {
		const state = this.activeNote.state;
		if (!state) return null;
		const settings = this.settings();
		const duration = state.frontmatter.duration;
		const targetMs = (duration !== undefined ? parseDuration(duration) : null) ?? settings.timerMinutes * 60_000;
		return { mode: settings.timerMode, targetMs };
	}

	/** Asks for the followed note's call time with the platform's picker, and writes it as `meeting:` through Obsidian's frontmatter writer. */
	askForMeetingTime(): void {
		const state = this.activeNote.state;
		if (!state) return;
		const file = state.file;
		const written = meetingOf(state.frontmatter, state.note.fields);
		const at = parseMeetingTime(written ?? undefined);
		// The call's time where it can be read, else the next full hour.
		const initial = moment(at ?? undefined).startOf(at === null ? "hour" : "minute").add(at === null ? 1 : 0, "hour").format("YYYY-MM-DDTHH:mm");
		new MeetingTimeModal(this.app, noteName(state), initial, (meeting) => {
			void writeProperties(this.app, file, { meeting }).then(async (ok) => {
				if (!ok) return;
				await this.activeNote.refresh(true);
				new Notice(`The call is set for ${meeting.replace("T", " ")}.`);
			});
		}).open();
	}

	async goToTimerNote(): Promise<void> {
		const path = this.timer.state?.notePath;
		const file = path ? this.app.vault.getAbstractFileByPath(path) : null;
		if (file instanceof TFile) await revealLine(this.app, file, 1);
		else new Notice("The timer's note is no longer in the vault.");
	}
}
