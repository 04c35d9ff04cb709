import { Notice, Plugin, TFile } from "obsidian";
import { formatClock } from "./core";
import { ActiveNote } from "./active-note";
import { registerSidebarCommands } from "./commands/sidebar-commands";
import { TemplateCommands } from "./commands/template-commands";
import { LiveCallCommands } from "./commands/live-call-commands";
import { TimerCommands } from "./commands/timer-commands";
import { NoteActions } from "./note-actions";
import { readStoredData } from "./plugin-data";
import { DEFAULT_SETTINGS, type PrepSettings } from "./settings/prep-settings";
import { PrepSettingTab } from "./settings/settings-tab";
import { CallReminders } from "./timer/call-reminders";
import { MeetingTimer } from "./timer/meeting-timer";
import { addTimerStatusBar } from "./timer/timer-status-bar";
import { PREP_VIEW_TYPE, PrepView } from "./view/prep-view";

/** Wires the lifecycle: stored data, the followed note, the timer, the sidebar and the commands. */
export default class InterviewPrepPlugin extends Plugin {
	override settings: PrepSettings = structuredClone(DEFAULT_SETTINGS);
	/** The note the sidebar and the commands follow. */
	activeNote!: ActiveNote;
	templates!: TemplateCommands;
	timer!: MeetingTimer;
	liveCall!: LiveCallCommands;

	override async onload(): Promise<void> {
		const stored = await this.loadStoredData();
		const settings = () => this.settings;
		const activeNote = (this.activeNote = new ActiveNote(this.app, settings));
		const timer = (this.timer = new MeetingTimer({
			now: () => Date.now(),
			settings,
			persist: () => this.persist(),
			notify: (message) => new Notice(message),
		}));
		timer.restore(stored);
		const templates = (this.templates = new TemplateCommands(this.app, activeNote, settings));
		const timerCommands = new TimerCommands(this.app, activeNote, timer, settings);
		const actions = new NoteActions(this.app, activeNote, settings, () => templates.insertPrepSections());
		const call = new CallReminders({ now: () => Date.now(), settings, notify: (message) => new Notice(message) }, activeNote);
		const liveCall = (this.liveCall = new LiveCallCommands(this.app, activeNote, timer, settings, () => this.saveSettings()));

		this.registerView(
			PREP_VIEW_TYPE,
			(leaf) =>
				new PrepView(leaf, {
					activeNote,
					settings,
					actions,
					timer,
					timerActions: { start: () => void timerCommands.start(), goToTimerNote: () => void timerCommands.goToTimerNote() },
					call,
				}),
		);
		this.addRibbonIcon("clipboard-list", "Open prep sidebar", () => void this.openSidebar());
		registerSidebarCommands(this, activeNote, actions, () => this.openSidebar());
		templates.register(this);
		timerCommands.register(this);
		liveCall.register(this);
		addTimerStatusBar(this, timer);
		this.addSettingTab(new PrepSettingTab(this.app, this));
		this.registerEvent(
			this.app.vault.on("rename", (file, oldPath) => {
				if (file instanceof TFile) timer.followRename(oldPath, file.path, file.basename);
			}),
		);

		// The first parse and the first tick wait for the layout, so they never slow the app's start.
		this.app.workspace.onLayoutReady(() => {
			activeNote.start(this);
			timer.bind(this);
			call.bind(this);
			const reading = timer.reading();
			if (timer.state && reading?.running) new Notice(`Timer for ${timer.state.noteTitle} still running: ${formatClock(reading.elapsedMs)}`);
		});
	}

	/** Reveals the sidebar, creating it once even when asked twice in a row. */
	openSidebar(): Promise<void> {
		this.openingSidebar ??= this.app.workspace
			.ensureSideLeaf(PREP_VIEW_TYPE, "right", { active: true, reveal: true })
			.then(() => undefined)
			.finally(() => (this.openingSidebar = null));
		return this.openingSidebar;
	}

	async saveSettings(): Promise<void> {
		await this.persist();
		void this.activeNote.refresh(true);
	}

	private openingSidebar: Promise<void> | null = null;

	private persist(): Promise<void> {
		return this.saveData({ settings: this.settings, timer: this.timer.state });
	}

	/** Reads settings and timer; corrupt data falls back to defaults with a notice and stays on disk until the next save. */
	private async loadStoredData() {
		let raw: unknown;
		try {
			raw = await this.loadData();
		} catch {
			new Notice("Interview prep: the saved settings could not be read, so the defaults apply. The settings file stays as it is until you change a setting.");
			return null;
		}
		const { settings, timer, rejected } = readStoredData(raw);
		this.settings = settings;
		if (rejected.length > 0) new Notice(`Interview prep: saved data that could not be read (${rejected.join(", ")}) is back to its defaults.`);
		return timer;
	}
}
