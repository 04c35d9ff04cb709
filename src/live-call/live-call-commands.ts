import { moment, Notice, type App } from "obsidian";
import { DISCREPANCIES_HEADING, NOTES_TEMPLATE, SaidCheck, sameHeadingName, timerStamp, withNoteHeadings, type Round } from "../core";
import type { ActiveNote } from "../followed-note/active-note";
import type { EditPath } from "../platform/edit-path";
import { loadTemplate } from "../templates/template-source";
import type { Settings } from "../settings/prep-settings";
import type { DeviceMemory } from "../platform/storage/device-memory";
import type { MeetingTimer } from "../timer/meeting-timer";
import { CaptureModal, type CaptureCheck } from "./capture-modal";
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
		/** The followed note's process in order, the note as it reads in the editor; null when it names no company. */
		private readonly rounds: () => Round[] | null,
	) {}

	/** The sections Capture note offers, Tab going round them in this order. */
	targets(): string[] {
		const { notes, said } = this.settings().headings;
		return ["Agenda", DISCREPANCIES, notes, said];
	}

	/**
	 * The general capture offers every section and starts on the one this
	 * device used last; a capture for one section has its own title and
	 * remembers nothing.
	 */
	openCapture(only?: string, title = "Capture note", placeholder?: string): void {
		const check = only && !sameHeadingName(only, this.settings().headings.said) ? null : this.saidCheck();
		if (only) {
			new CaptureModal(this.app, title, [only], only, (target, text) => void this.capture(target, text, false), check, placeholder).open();
			return;
		}
		new CaptureModal(this.app, title, this.targets(), this.memory.captureTarget ?? "Agenda", (target, text) => void this.capture(target, text), check).open();
	}

	/**
	 * The check of a line typed into the said section against what the company's earlier rounds, and this
	 * note's Concerns, said: read once, as the capture opens; null for a note that is no round of a process.
	 */
	private saidCheck(): CaptureCheck | null {
		const current = this.activeNote.state?.round;
		const rounds = this.rounds();
		if (!current || !rounds) return null;
		const settings = this.settings();
		const check = new SaidCheck(rounds, current, settings.saidTopics, moment().format("YYYY-MM-DD"));
		return (target, text) => (sameHeadingName(target, settings.headings.said) ? check.check(text) : null);
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
