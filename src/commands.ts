import type { Command, Plugin } from "obsidian";
import type { ActiveNote } from "./followed-note/active-note";
import type { NoteActions } from "./followed-note/note-actions";
import type { ProcessCommands } from "./interview-process/process-commands";
import type { ProcessIndex } from "./interview-process/process-index";
import { CALLS_VIEW_TYPE } from "./job-search/calls-view";
import type { JobSearchCommands } from "./job-search/job-search-commands";
import type { LiveCallCommands } from "./live-call/live-call-commands";
import type { TemplateCommands } from "./templates/template-commands";
import type { MeetingTimer } from "./timer/meeting-timer";
import type { TimerCommands } from "./timer/timer-commands";
import { ChoiceSuggestModal, type Choice } from "./ui/choice-suggest-modal";

/** A palette command; one with `when` is offered only while it can act, as Obsidian's own commands are. */
export interface PaletteCommand {
	id: string;
	name: string;
	when?: () => boolean;
	run: () => unknown;
}

/** A command that acts on the editor it is run in, such as typing at the cursor. */
export interface EditorCommand {
	id: string;
	name: string;
	editor: NonNullable<Command["editorCheckCallback"]>;
}

/** The features whose actions the commands run. */
export interface CommandParts {
	plugin: Plugin;
	activeNote: ActiveNote;
	actions: NoteActions;
	timer: MeetingTimer;
	timerCommands: TimerCommands;
	templates: TemplateCommands;
	liveCall: LiveCallCommands;
	processCommands: ProcessCommands;
	processes: ProcessIndex;
	jobSearch: JobSearchCommands;
	openSidebar: () => Promise<void>;
}

/** Every command of the palette, in one list: its id, its name, when it is offered and what it runs. No default hotkeys. */
export function paletteCommands(p: CommandParts): (PaletteCommand | EditorCommand)[] {
	const note = () => p.activeNote.state?.note ?? null;
	const hasNote = () => note() !== null;
	const hasTimer = () => p.timer.state !== null;
	const jump = (id: string, name: string, placeholder: string, choices: () => Choice<number>[]): PaletteCommand => ({
		id,
		name,
		when: () => choices().length > 0,
		run: () => new ChoiceSuggestModal(p.plugin.app, choices(), placeholder, (line) => p.actions.jumpToLine(line)).open(),
	});
	return [
		// The sidebar and the followed note
		{ id: "open-sidebar", name: "Open prep sidebar", run: () => p.openSidebar() },
		{ id: "toggle-next-prep-task", name: "Toggle next open prep task", when: () => p.actions.nextPrepTask() !== undefined, run: () => p.actions.toggleNextPrepTask() },
		jump("jump-to-story", "Jump to story…", "Find a story", () => (note()?.stories ?? []).map((s) => ({ label: s.title, group: s.group, value: s.line }))),
		jump("jump-to-question", "Jump to question…", "Find a question", () => (note()?.questions ?? []).flatMap((q) => [
			{ label: q.text, group: q.group, value: q.line },
			// A follow-up nested under a question finds that question.
			...q.nested.map((line) => ({ label: line.text, group: `under ${q.text}`, value: q.line })),
		])),
		// Templates
		{ id: "insert-agenda-and-discrepancies", name: "Insert agenda and discrepancies", when: hasNote, run: () => p.templates.insertNotesSections() },
		{ id: "insert-prep-sections", name: "Insert prep sections", when: hasNote, run: () => p.templates.insertPrepSections() },
		{ id: "insert-debrief", name: "Insert debrief", when: hasNote, run: () => p.templates.insertDebrief() },
		{ id: "new-prep-note", name: "New prep note", run: () => p.templates.askForNewNote(p.processes.processes()) },
		// The meeting timer
		{ id: "set-meeting-time", name: "Set meeting time…", when: hasNote, run: () => p.timerCommands.askForMeetingTime() },
		{ id: "start-meeting-timer", name: "Start meeting timer", when: hasNote, run: () => p.timerCommands.start() },
		{ id: "pause-resume-meeting-timer", name: "Pause/resume meeting timer", when: hasTimer, run: () => p.timer.togglePause() },
		{ id: "reset-meeting-timer", name: "Reset meeting timer", when: hasTimer, run: () => p.timer.reset() },
		{ id: "insert-elapsed-time", name: "Insert elapsed time", editor: (checking, editor, ctx) => p.timerCommands.insertElapsed(checking, editor, ctx.file) },
		// During the call
		{ id: "capture-note", name: "Capture note…", when: hasNote, run: () => p.liveCall.openCapture() },
		{ id: "capture-discrepancy", name: "Capture discrepancy…", when: hasNote, run: () => p.liveCall.openDiscrepancyCapture() },
		{ id: "capture-said", name: "Capture what I said…", when: hasNote, run: () => p.liveCall.openSaidCapture() },
		{ id: "capture-their-question", name: "Capture their question…", when: hasNote, run: () => p.liveCall.openTheirQuestionCapture() },
		{ id: "story-cue-card", name: "Story cue card…", when: () => (note()?.stories.length ?? 0) > 0, run: () => p.liveCall.chooseCueCard() },
		// Across a company's rounds
		{ id: "start-next-round", name: "Start next round…", when: hasNote, run: () => p.processCommands.askForNextRound() },
		{ id: "move-question", name: "Move question to Chosen/Extra", when: () => (note()?.questions.length ?? 0) > 0, run: () => p.processCommands.moveQuestion() },
		// The whole job search
		{ id: "open-story-bank", name: "Open story bank", run: () => p.jobSearch.openStoryBank() },
		{ id: "open-their-questions-bank", name: "Open their questions bank", run: () => p.jobSearch.openTheirQuestionsBank() },
		{ id: "open-upcoming-calls", name: "Open upcoming calls", run: () => p.jobSearch.openView(CALLS_VIEW_TYPE, "right") },
		{ id: "insert-story-from-bank", name: "Insert story from bank…", when: hasNote, run: () => p.jobSearch.pickStory() },
	];
}

/** Adds each command to the palette; Obsidian removes them when the plugin unloads. */
export function registerCommands(plugin: Plugin, commands: readonly (PaletteCommand | EditorCommand)[]): void {
	for (const command of commands) {
		if ("editor" in command) {
			plugin.addCommand({ id: command.id, name: command.name, editorCheckCallback: command.editor });
			continue;
		}
		const { when, run } = command;
		if (!when) {
			plugin.addCommand({ id: command.id, name: command.name, callback: () => void run() });
			continue;
		}
		plugin.addCommand({
			id: command.id,
			name: command.name,
			checkCallback: (checking) => {
				if (!when()) return false;
				if (!checking) void run();
				return true;
			},
		});
	}
}
