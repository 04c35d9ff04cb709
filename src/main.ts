import { Notice, Plugin, TFile } from "obsidian";
import { formatClock } from "./core";
import { ActiveNote } from "./active-note";
import { registerSidebarCommands } from "./commands/sidebar-commands";
import { TemplateCommands } from "./commands/template-commands";
import { LiveCallCommands } from "./commands/live-call-commands";
import { TimerCommands } from "./commands/timer-commands";
import { NoteActions } from "./note-actions";
import { readIncomingData, readStoredData, type StoredData } from "./plugin-data";
import { DEFAULT_SETTINGS, type PrepSettings } from "./settings/prep-settings";
import { PrepSettingTab } from "./settings/settings-tab";
import { isNewer, NO_CHANGE } from "./sync/change-stamp";
import { deviceId } from "./sync/device-id";
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
		this.device = deviceId(this.app);
		const timer = (this.timer = new MeetingTimer({
			now: () => Date.now(),
			settings,
			persist: () => this.persist("timer"),
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
		await this.persist("settings");
		void this.activeNote.refresh(true);
	}

	/**
	 * Another device, through Obsidian Sync or any other sync, rewrote the data
	 * file. Each part takes the newest change: an older incoming part is
	 * rejected and the local one saved again; unreadable data is ignored.
	 */
	override async onExternalSettingsChange(): Promise<void> {
		let raw: unknown;
		try {
			raw = await this.loadData();
		} catch {
			raw = undefined;
		}
		const incoming = readIncomingData(raw);
		if (!incoming) {
			console.warn("Interview prep: ignored synced data that could not be read; keeping the last good state.");
			return;
		}
		let keepLocal = false;
		if (isNewer(incoming.changes.settings, this.changes.settings)) {
			this.settings = incoming.settings;
			this.changes.settings = incoming.changes.settings;
			void this.activeNote.refresh(true);
		} else if (isNewer(this.changes.settings, incoming.changes.settings)) keepLocal = true;
		if (isNewer(incoming.changes.timer, this.changes.timer)) {
			this.changes.timer = incoming.changes.timer;
			this.timer.restore(incoming.timer);
		} else if (isNewer(this.changes.timer, incoming.changes.timer)) keepLocal = true;
		if (keepLocal) await this.writeData();
	}

	private openingSidebar: Promise<void> | null = null;
	private device = "";
	private changes: StoredData["changes"] = { settings: NO_CHANGE, timer: NO_CHANGE };

	/** Saves after a local change to one part, stamping it with the time and this device. */
	private persist(part: keyof StoredData["changes"]): Promise<void> {
		this.changes[part] = { at: Date.now(), device: this.device };
		return this.writeData();
	}

	private writeData(): Promise<void> {
		const data: StoredData = { settings: this.settings, timer: this.timer.state, changes: this.changes };
		return this.saveData(data);
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
		const { settings, timer, changes, rejected } = readStoredData(raw);
		this.settings = settings;
		this.changes = changes;
		if (rejected.length > 0) new Notice(`Interview prep: saved data that could not be read (${rejected.join(", ")}) is back to its defaults.`);
		return timer;
	}
}
