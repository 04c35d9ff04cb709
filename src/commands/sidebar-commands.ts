import type { Plugin } from "obsidian";
import type { ActiveNote } from "../followed-note/active-note";
import type { NoteActions } from "../followed-note/note-actions";
import { addCheckedCommand } from "./checked-command";
import { ChoiceSuggestModal, type Choice } from "../view/modals/choice-suggest-modal";

/** Commands that read the followed note: usable from the palette during prep and during the call. */
export function registerSidebarCommands(plugin: Plugin, activeNote: ActiveNote, actions: NoteActions, openSidebar: () => Promise<void>): void {
	plugin.addCommand({
		id: "open-sidebar",
		name: "Open prep sidebar",
		callback: () => void openSidebar(),
	});

	addCheckedCommand(plugin, "toggle-next-prep-task", "Toggle next open prep task", () => actions.nextPrepTask() !== undefined, () => actions.toggleNextPrepTask());

	const jumpCommand = (id: string, name: string, placeholder: string, choices: () => Choice<number>[]) =>
		addCheckedCommand(plugin, id, name, () => choices().length > 0, () =>
			new ChoiceSuggestModal(plugin.app, choices(), placeholder, (line) => actions.jumpToLine(line)).open(),
		);

	jumpCommand("jump-to-story", "Jump to story…", "Find a story", () =>
		(activeNote.state?.note.stories ?? []).map((s) => ({ label: s.title, group: s.group, value: s.line })),
	);
	jumpCommand("jump-to-question", "Jump to question…", "Find a question", () =>
		(activeNote.state?.note.questions ?? []).map((q) => ({ label: q.text, group: q.group, value: q.line })),
	);
}
