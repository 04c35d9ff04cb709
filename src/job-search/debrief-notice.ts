import { Notice, type App } from "obsidian";
import { revealLine } from "../platform/open-note";
import type { ActiveNote } from "../followed-note/active-note";
import { cssClass } from "../ui/css-class";

/** A call offered a debrief: its note, and how the notice names it, such as `Acme call with Dana (Screen)`. */
export interface DebriefCall {
	path: string;
	label: string;
}

/**
 * The one notice of debriefs, which stays until dismissed: for one call, a sentence and a button that opens
 * the note and inserts its debrief; for several, a line and a button per call. Calls offered while it shows
 * join it, so however many come due at once, one notice lists them; a call's button leaves the list once used.
 */
export function debriefNotice(app: App, activeNote: ActiveNote, insertDebrief: () => Promise<void>): (calls: DebriefCall[]) => void {
	let shown: { notice: Notice; calls: DebriefCall[] } | null = null;

	const insertInto = async (path: string) => {
		const file = app.vault.getFileByPath(path);
		if (!file) return;
		await revealLine(app, file, 1);
		await activeNote.refresh();
		if (activeNote.state?.file.path === path) await insertDebrief();
	};

	const show = (calls: DebriefCall[]) => {
		shown?.notice.hide();
		shown = null;
		if (calls.length === 0) return;
		const [only] = calls;
		const notice =
			calls.length === 1 && only
				? new Notice(`Your ${only.label} is over. Note how it went while it is fresh.`, 0)
				: new Notice(`${calls.length} calls are over. Note how each went while it is fresh:`, 0);
		const current = (shown = { notice, calls });
		const list = calls.length === 1 ? notice.messageEl : notice.messageEl.createDiv({ cls: cssClass("notice-calls") });
		for (const call of calls) {
			const button = list.createEl("button", { cls: "mod-cta interview-prep-notice-button", text: calls.length === 1 ? "Insert debrief" : call.label });
			button.addEventListener("click", (evt) => {
				// The notice hides on a click anywhere in it; the list stays for the calls not done yet.
				evt.stopPropagation();
				if (shown === current) show(current.calls.filter((c) => c !== call));
				void insertInto(call.path);
			});
		}
	};

	return (calls) => {
		const known = new Set(shown?.calls.map((call) => call.path));
		show([...(shown?.calls ?? []), ...calls.filter((call) => !known.has(call.path))]);
	};
}
