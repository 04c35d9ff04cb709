import { moment, Notice, type App } from "obsidian";
import { DISCREPANCIES_HEADING, NOTES_TEMPLATE, timerStamp, withNoteHeadings } from "../core";
import type { ActiveNote } from "../followed-note/active-note";
import type { EditPath } from "../platform/edit-path";
import { loadTemplate } from "../templates/template-source";
import type { Settings } from "../settings/prep-settings";
import type { DeviceMemory } from "../platform/storage/device-memory";
import type { MeetingTimer } from "../timer/meeting-timer";
import { CaptureModal } from "./capture-modal";
import { CueCardModal } from "./cue-card-modal";
import { ChoiceSuggestModal } from "../ui/choice-suggest-modal";

const DISCREPANCIES = DISCREPANCIES_HEADING;

/** Quick capture into the note's sections and story cue cards: the commands used during the call. */
export class LiveCallCommands {
	constructor(
		private readonly app: App,
		private readonly edits: EditPath,
		private readonly activeNote: ActiveNote,
		private readonly timer: MeetingTimer,
		private readonly settings: () => Settings,
		private readonly memory: DeviceMemory,
	) {}


	targets(): string[] {
		return ["Agenda", DISCREPANCIES, this.settings().headings.notes];
	}

	/**
	 * The general capture offers every section and starts on the one this
	 * device used last; a capture for one section has its own title and
	 * remembers nothing.
	 */
	openCapture(only?: string, title = "Capture note", placeholder?: string): void {
		if (only) {
			new CaptureModal(this.app, title, [only], only, (target, text) => void this.capture(target, text, false), placeholder).open();
			return;
		}
		new CaptureModal(this.app, title, this.targets(), this.memory.captureTarget ?? "Agenda", (target, text) => void this.capture(target, text)).open();
	}

	openDiscrepancyCapture(): void {
		this.openCapture(DISCREPANCIES, "Capture discrepancy");
	}

	openSaidCapture(): void {
		this.openCapture(this.settings().headings.said, "Capture what I said");
	}

	/** A question they asked, under Their questions, stamped as the other captures are; rated and answered from the sidebar. */
	openTheirQuestionCapture(): void {
		this.openCapture(this.settings().headings.theirQuestions, "Capture their question", "What they asked");
	}

	/** Appends `[+mm:ss] text` (the meeting timer's time) or `[HH:mm] text` (the clock's) to a section of the followed note. */
	async capture(target: string, text: string, remember = true): Promise<boolean> {
		const state = this.activeNote.state;
		if (!state) return false;
		const settings = this.settings();
		if (remember && this.targets().includes(target)) this.memory.rememberCaptureTarget(target);
		const template = await loadTemplate(this.app, settings.notesTemplatePath, withNoteHeadings(NOTES_TEMPLATE, settings.headings));
		if (template === null) return false;
		const entry = `${this.stamp(state.file.path)} ${text}`;
		const options = { template, parent: settings.headings.notes, preferTableRow: target === DISCREPANCIES };
		const outcome = await this.activeNote.edit("capture", { target, entry, options }, state.file);
		if (outcome?.result.created) new Notice(`Added the ${target} section for the capture.`);
		return outcome !== null;
	}

	/** The meeting time when this note's call is being timed (paused counts: it is still the call's time); else the clock. */
	private stamp(notePath: string): string {
		const reading = this.timer.reading();
		if (reading && this.timer.state?.notePath === notePath) return timerStamp(reading.elapsedMs);
		return `[${moment().format("HH:mm")}]`;
	}

	chooseCueCard(): void {
		const stories = this.activeNote.state?.note.stories ?? [];
		const choices = stories.map((s, index) => ({ label: s.title, group: s.group, value: index }));
		new ChoiceSuggestModal(this.app, choices, "Show a story as a cue card", (index) => new CueCardModal(this.app, stories, index).open()).open();
	}
}
