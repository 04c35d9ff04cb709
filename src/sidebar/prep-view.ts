import { ItemView, moment, Scope, type TFile, type WorkspaceLeaf } from "obsidian";
import { noteName, type ActiveNote, type ActiveNoteState } from "../followed-note/active-note";
import { isPrepShaped, personView, processView, type PersonView, type ProcessView } from "../core";
import type { ProcessIndex } from "../interview-process/process-index";
import type { SettingKey } from "../settings/prep-settings";
import type { SettingsSource } from "../settings/settings-owner";
import type { CallReminders } from "../job-search/call-reminders";
import type { MeetingTimer } from "../timer/meeting-timer";
import type { PrepActions } from "./prep-actions";
import { ProcessPanel, type ProcessActions } from "../interview-process/process-panel";
import { PersonPanel } from "../interview-process/person-panel";
import { ProgressPanel, progressDataOf, type ProgressData } from "./progress-panel";
import { GlancePanel } from "./glance-panel";
import { QuestionList } from "./question-list";
import { StoryCards } from "./story-cards";
import { TimerPanel, type TimerPanelActions } from "../timer/timer-panel";
import { TheirQuestionsPart, type TheirQuestionsActions } from "../live-call/their-questions-part";
import { LONG_NOTE_CHARS } from "../parsing/parse-service";
import { yieldToUI } from "../platform/yield-to-ui";
import { cssClass } from "../ui/css-class";

export const PREP_VIEW_TYPE = "interview-prep-sidebar";

/** Settings the sidebar shows without a new parse; the others it shows come with the note parsed again. */
const SHOWN_KEYS: readonly SettingKey[] = ["questionsMin", "questionsMax", "starWords", "timerMinutes", "timerMode", "saidTopics"];

/** What the sidebar reads and does; the plugin hands it over without keeping the view. */
export interface PrepViewContext {
	activeNote: ActiveNote;
	settings: SettingsSource;
	actions: PrepActions;
	timer: MeetingTimer;
	timerActions: TimerPanelActions;
	call: CallReminders;
	processes: ProcessIndex;
	processActions: ProcessActions;
	theirQuestionActions: TheirQuestionsActions;
	/** Opens this plugin's settings, where the heading names are. */
	openSettings: () => void;
}

/** The right-sidebar view: the followed note's progress, story cards and questions. */
export class PrepView extends ItemView {
	private emptyEl!: HTMLElement;
	private bodyEl!: HTMLElement;
	private progress!: ProgressPanel;
	private glance!: GlancePanel;
	private process!: ProcessPanel;
	private person!: PersonPanel;
	private stories!: StoryCards;
	private questions!: QuestionList;
	private theirQuestions!: TheirQuestionsPart;
	private timerPanel!: TimerPanel;
	private statusEl!: HTMLElement;
	/** Says which frontmatter line Obsidian cannot read, so a note without properties is not a mystery. */
	private yamlEl!: HTMLElement;
	/** Counts the calls to `show`: a long note's parts draw in turns, which a newer call stops. */
	private turn = 0;
	/** The note whose parts were all drawn last: an edit to it redraws only what changed, in one task. */
	private drawn: TFile | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly context: PrepViewContext,
	) {
		super(leaf);
		this.icon = "clipboard-list";
	}

	getViewType(): string {
		return PREP_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Interview prep";
	}

	protected override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass(cssClass("view"));
		const { timer, timerActions, call } = this.context;
		this.timerPanel = new TimerPanel(root.createDiv({ cls: cssClass("part") }), timer, call, timerActions);
		this.registerEvent(timer.onChange(() => {
			this.timerPanel.rebuild();
			this.timerPanel.drawCall();
		}));
		this.registerEvent(call.onChange(() => this.timerPanel.drawCall()));
		this.registerEvent(timer.onTick(() => this.timerPanel.draw()));
		this.statusEl = root.createDiv({ cls: "interview-prep-status-line interview-prep-hidden", attr: { role: "status" } });
		this.yamlEl = root.createDiv({ cls: "interview-prep-yaml-problem interview-prep-hidden", attr: { role: "note" } });
		this.person = new PersonPanel(root.createDiv({ cls: "interview-prep-part interview-prep-person-part interview-prep-hidden" }), this.context.processActions);
		this.emptyEl = root.createDiv({ cls: cssClass("empty") });
		this.bodyEl = root.createDiv({ cls: cssClass("body") });
		const { actions } = this.context;
		this.progress = new ProgressPanel(this.bodyEl.createDiv({ cls: "interview-prep-part interview-prep-progress-part" }), actions);
		this.glance = new GlancePanel(this.bodyEl.createDiv({ cls: "interview-prep-part interview-prep-glance-part" }), actions);
		this.process = new ProcessPanel(this.bodyEl.createDiv({ cls: "interview-prep-part interview-prep-process-part" }), this.context.processActions);
		this.questions = new QuestionList(this.bodyEl.createDiv({ cls: "interview-prep-part interview-prep-questions-part" }), actions);
		this.theirQuestions = new TheirQuestionsPart(this.bodyEl.createDiv({ cls: "interview-prep-part interview-prep-their-questions-part" }), this.context.theirQuestionActions);
		this.stories = new StoryCards(this.bodyEl.createDiv({ cls: "interview-prep-part interview-prep-stories-part" }), actions);
		this.registerEvent(this.context.activeNote.onChange((state) => this.show(state)));
		// Their questions show while this note's call is timed.
		this.registerEvent(timer.onChange(() => this.show(this.context.activeNote.state)));
		this.registerEvent(this.context.processes.onChangeInTurn(() => this.show(this.context.activeNote.state)));
		this.registerEvent(this.context.settings.onChange(({ keys }) => SHOWN_KEYS.some((key) => keys.has(key)) && this.show(this.context.activeNote.state)));
		this.registerEvent(
			this.context.activeNote.onProgress((share) => {
				const reading = share < 1;
				this.statusEl.toggleClass(cssClass("hidden"), !reading);
				this.statusEl.setText(`Reading note… ${Math.round(share * 100)}%`);
				// What shows meanwhile is the note before: out of reach of a click or a key, and dimmed (styles.css).
				this.bodyEl.toggleAttribute("inert", reading);
			}),
		);
		this.show(this.context.activeNote.state);
		this.undoKeys();
		await Promise.resolve();
	}

	/**
	 * Undo and redo while focus is in the sidebar reach the note, whose edits its boxes and buttons made,
	 * as in Obsidian's own panes; a text field keeps its own undo.
	 */
	private undoKeys(): void {
		const scope = (this.scope = new Scope(this.app.scope));
		const toNote = (redo: boolean) => (evt: KeyboardEvent) => {
			const target = evt.target;
			if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== "checkbox")) return true;
			return !this.context.activeNote.undo(redo);
		};
		scope.register(["Mod"], "z", toNote(false));
		scope.register(["Mod", "Shift"], "z", toNote(true));
		scope.register(["Mod"], "y", toNote(true));
	}

	protected override async onClose(): Promise<void> {
		this.contentEl.empty();
		await Promise.resolve();
	}

	/** Redraws for a new model; parts whose slice did not change keep their DOM. */
	private show(state: ActiveNoteState | null): void {
		const turn = ++this.turn;
		const settings = this.context.settings.current;
		this.timerPanel.setShownNote(state?.file.path ?? null);
		this.showYamlProblem(state);
		const person = state ? this.personOf(state) : null;
		this.person.el.toggleClass(cssClass("hidden"), person === null);
		if (person) this.person.update(person);
		if (!state) {
			this.showEmpty("Open a prep note to see its progress, stories and questions here.");
			return;
		}
		const { note } = state;
		const names = settings.headings;
		if (!isPrepShaped(note, names)) {
			if (person) {
				// A person's note: their part alone.
				this.emptyEl.addClass(cssClass("hidden"));
				this.bodyEl.addClass(cssClass("hidden"));
				return;
			}
			this.showEmpty(
				`"${noteName(state)}" has no ${names.preparation}, ${names.stories} or ${names.questions} heading. ` +
					"The sidebar reads tasks, stories and questions from under those headings. " +
					"If your notes name them differently, for example in another language, set the heading names in the settings.",
				this.context.actions.insertPrepSections,
			);
			return;
		}
		this.emptyEl.addClass(cssClass("hidden"));
		this.bodyEl.removeClass(cssClass("hidden"));
		const { starWords } = settings;
		const process = this.processOf(state);
		const { glance } = state;
		// During the call, or once they have asked something: before it, the part would only take room.
		const theirs = note.theirQuestions.length > 0 || this.context.timer.state?.notePath === state.file.path;
		// Worked out in a turn of its own: the stories' readiness, on a long note, is much of a frame.
		let progress: ProgressData;
		void this.inTurns(turn, state.text.length > LONG_NOTE_CHARS && state.file !== this.drawn, [
			() => {
				this.process.el.toggleClass(cssClass("hidden"), process === null);
				if (process) this.process.update(process);
			},
			() => (progress = progressDataOf(note, names.preparation, starWords)),
			() => this.progress.update(progress),
			() => {
				this.glance.el.toggleClass(cssClass("hidden"), glance.length === 0);
				if (glance.length > 0) this.glance.update({ sections: glance });
				this.questions.update({ questions: note.questions, min: settings.questionsMin, max: settings.questionsMax, askedBefore: process?.askedBefore ?? {} });
				this.theirQuestions.el.toggleClass(cssClass("hidden"), !theirs);
				if (theirs) this.theirQuestions.update({ questions: note.theirQuestions });
			},
			() => this.stories.update({ stories: note.stories, starWords, toldBefore: process?.toldBefore ?? {} }),
			() => (this.drawn = state.file),
		]);
	}

	/**
	 * Draws the parts in order. When a long note is first drawn, its parts each draw in a turn of the UI thread
	 * of their own, after the task that brought its model, so no one task holds input back; a newer `show`
	 * stops the older one's turns.
	 */
	private async inTurns(turn: number, apart: boolean, parts: (() => void)[]): Promise<void> {
		for (const part of parts) {
			if (apart) await yieldToUI();
			if (turn !== this.turn) return;
			part();
		}
	}

	/** The process the note is a round of, read from the note as it is being typed and from the index for the other rounds. */
	private processOf(state: ActiveNoteState): ProcessView | null {
		const current = state.round;
		if (!current) return null;
		const process = this.context.processes.processOf(current.company) ?? { company: current.company, rounds: [] };
		return processView(process, current, moment().format("YYYY-MM-DD"), this.context.settings.current.saidTopics);
	}

	/** The person whose note this is, as the rounds that link it from `with:` see them; null for a round or anyone else's note. */
	private personOf(state: ActiveNoteState): PersonView | null {
		if (state.round) return null;
		return personView(state.file.path, this.context.processes.allRounds(), this.context.settings.current.saidTopics, moment().format("YYYY-MM-DD"));
	}

	private showYamlProblem(state: ActiveNoteState | null): void {
		const problem = state?.yamlProblem ?? null;
		this.yamlEl.toggleClass(cssClass("hidden"), problem === null);
		if (!problem) return;
		this.yamlEl.setText(
			`Obsidian cannot read this note's properties: line ${problem.line} ("${problem.text.trim()}"), because ${problem.reason}. ` +
				"Until it is fixed, other plugins and searches see no properties here; this sidebar still reads the company and the meeting.",
		);
	}

	private showEmpty(message: string, insertSections?: () => void): void {
		this.drawn = null;
		this.bodyEl.addClass(cssClass("hidden"));
		this.emptyEl.removeClass(cssClass("hidden"));
		this.emptyEl.empty();
		this.emptyEl.createEl("p", { text: message });
		if (insertSections) {
			const buttons = this.emptyEl.createDiv({ cls: cssClass("empty-actions") });
			const button = buttons.createEl("button", { cls: "mod-cta", text: "Insert prep sections" });
			button.addEventListener("click", insertSections);
			buttons.createEl("button", { text: "Set heading names" }).addEventListener("click", this.context.openSettings);
		}
		// The parts redraw in full when a prep note comes back.
		for (const part of [this.process, this.progress, this.glance, this.questions, this.theirQuestions, this.stories]) part.invalidate();
	}
}
