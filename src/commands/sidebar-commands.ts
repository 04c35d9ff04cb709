import type { Plugin } from "obsidian";
import type { ActiveNote } from "../active-note";
import type { NoteActions } from "../note-actions";
import { LineSuggestModal, type LineChoice } from "./line-suggest-modal";

/** Commands that read the followed note: usable from the palette during prep and during the call. */
export function registerSidebarCommands(plugin: Plugin, activeNote: ActiveNote, actions: NoteActions, openSidebar: () => Promise<void>): void {
	plugin.addCommand({
		id: "open-sidebar",
		name: "Open prep sidebar",
		callback: () => void openSidebar(),
	});

	plugin.addCommand({
		id: "toggle-next-prep-task",
		name: "Toggle next open prep task",
		checkCallback: (checking) => {
			if (!actions.nextPrepTask()) return false;
			if (!checking) actions.toggleNextPrepTask();
			return true;
		},
	});

	const jumpCommand = (id: string, name: string, placeholder: string, choices: () => LineChoice[]) =>
		plugin.addCommand({
			id,
			name,
			checkCallback: (checking) => {
				const items = choices();
				if (items.length === 0) return false;
				if (!checking) new LineSuggestModal(plugin.app, items, placeholder, (line) => actions.jumpToLine(line)).open();
				return true;
			},
		});

	jumpCommand("jump-to-story", "Jump to story…", "Find a story", () =>
		(activeNote.state?.note.stories ?? []).map((s) => ({ label: s.title, group: s.group, line: s.line })),
	);
	jumpCommand("jump-to-question", "Jump to question…", "Find a question", () =>
		(activeNote.state?.note.questions ?? []).map((q) => ({ label: q.text, group: q.group, line: q.line })),
	);
}
