import { Notice, Plugin } from "obsidian";
import { ActiveNote } from "./followed-note/active-note";
import { paletteCommands, registerCommands } from "./commands";
import { TemplateCommands } from "./templates/template-commands";
import { LiveCallCommands } from "./live-call/live-call-commands";
import { TimerCommands } from "./timer/timer-commands";
import { NoteActions } from "./followed-note/note-actions";
import { PluginStore } from "./platform/storage/plugin-store";
import { SettingsOwner } from "./settings/settings-owner";
import { PrepSettingTab } from "./settings/settings-tab";
import { deviceId } from "./platform/storage/device-id";
import { DeviceMemory } from "./platform/storage/device-memory";
import { CallReminders, callNotice } from "./job-search/call-reminders";
import { MeetingTimer } from "./timer/meeting-timer";
import { addTimerStatusBar } from "./timer/timer-status-bar";
import { PREP_VIEW_TYPE, PrepView } from "./sidebar/prep-view";
import { ParseService } from "./parsing/parse-service";
import { EditPath } from "./platform/edit-path";
import { openPluginSettings } from "./platform/open-settings";
import { cardEditorMemory } from "./platform/card-editor-memory";
import { ProcessIndex } from "./interview-process/process-index";
import { reusingFollowedNote } from "./interview-process/note-parsing";
import { ProcessCommands } from "./interview-process/process-commands";
import { JobSearchCommands } from "./job-search/job-search-commands";
import { DebriefOffers } from "./job-search/debrief-offers";
import { debriefNotice } from "./job-search/debrief-notice";
import { metadataResolved } from "./platform/metadata-resolved";
import type { Rating, TheirQuestion } from "./core";

/** Wires the lifecycle: stored data, the followed note, the timer, the sidebar and the commands. */
export default class InterviewPrepPlugin extends Plugin {
	/** The settings' one owner: `settings.current` reads them, `settings.update(change)` changes them. */
	declare settings: SettingsOwner;
	/** The one parser, in a worker where one runs: for the followed note and the edits that read its headings. */
	parsing!: ParseService;
	/** The one way the plugin writes to a note. */
	edits!: EditPath;
	/** The note the sidebar and the commands follow. */
	activeNote!: ActiveNote;
	templates!: TemplateCommands;
	timer!: MeetingTimer;
	liveCall!: LiveCallCommands;
	/** Every prep note that names a company, as rounds of that company's process. */
	processes!: ProcessIndex;
	processCommands!: ProcessCommands;
	jobSearch!: JobSearchCommands;
	debriefOffers!: DebriefOffers;

	override async onload(): Promise<void> {
		const store = (this.store = new PluginStore(this, deviceId(this.app)));
		const stored = await store.load();
		const owner = (this.settings = new SettingsOwner(stored.settings, (value) => store.persist("settings", value)));
		const settings = () => owner.current;
		const memory = new DeviceMemory(this.app, stored.olderCaptureTarget);
		const parsing = (this.parsing = new ParseService());
		// The worker ends with the plugin.
		this.register(() => parsing.close());
		const edits = (this.edits = new EditPath(this.app, (text, changes) => parsing.checkWrite(text, changes)));
		// A canvas card's editor stays reachable for writes while it holds unsaved text, whatever focus does.
		cardEditorMemory(this.app).start(this);
		const activeNote = (this.activeNote = new ActiveNote(this.app, owner, parsing, edits));
		const timer = (this.timer = new MeetingTimer({
			now: () => Date.now(),
			settings,
			persist: (state) => store.persist("timer", state),
			notify: (message) => new Notice(message),
		}));
		timer.restore(stored.timer);
		const templates = (this.templates = new TemplateCommands(this.app, edits, activeNote, settings));
		const timerCommands = new TimerCommands(this.app, edits, activeNote, timer, settings);
		const actions = new NoteActions(this.app, edits, activeNote, settings, memory, () => templates.insertPrepSections());
		const processes = (this.processes = new ProcessIndex(this.app, owner, reusingFollowedNote(() => activeNote.state, parsing.document("process-index"))));
		const call = new CallReminders({ now: () => Date.now(), settings, notify: callNotice(this.app, () => Date.now()) }, activeNote, processes);
		const processCommands = (this.processCommands = new ProcessCommands(this.app, parsing, activeNote, processes, actions, templates, settings));
		const liveCall = (this.liveCall = new LiveCallCommands(this.app, edits, activeNote, timer, settings, memory, () => processCommands.rounds()));

		const jobSearch = (this.jobSearch = new JobSearchCommands(this.app, edits, activeNote, processes, owner, actions, settings));
		const debriefOffers = (this.debriefOffers = new DebriefOffers(
			{
				now: () => Date.now(),
				settings,
				device: store.device,
				firstRunAt: memory.firstRunAt(Date.now()),
				indexed: async () => {
					await metadataResolved(this.app, this);
					await processes.ready;
				},
				wasOffered: (id) => store.wasOffered(id),
				claimOf: (id) => store.claimOf(id),
				claim: (id) => store.claim(id),
				remember: (id) => store.rememberOffered(id),
				reread: () => this.onExternalSettingsChange(),
				offer: debriefNotice(this.app, activeNote, () => templates.insertDebrief()),
			},
			processes,
			timer,
		));

		const theirQuestionActions = {
			jumpToLine: (line: number) => actions.jumpToLine(line),
			rateTheirQuestion: (question: TheirQuestion, rating: Rating) => actions.rateTheirQuestion(question, rating),
			chooseAnswer: (question: TheirQuestion) => actions.chooseAnswer(question),
			captureTheirQuestion: () => liveCall.openTheirQuestionCapture(),
		};
		this.registerView(PREP_VIEW_TYPE, (leaf) => new PrepView(leaf, { activeNote, settings: owner, actions, timer, timerActions: timerCommands, call, processes, processActions: processCommands, theirQuestionActions, openSettings: () => this.openSettings() }));
		this.addRibbonIcon("clipboard-list", "Open prep sidebar", () => void this.openSidebar());
		jobSearch.registerViews(this);
		registerCommands(this, paletteCommands({ plugin: this, activeNote, actions, timer, timerCommands, templates, liveCall, processCommands, processes, jobSearch, openSidebar: () => this.openSidebar() }));
		addTimerStatusBar(this, timer);
		this.addSettingTab(new PrepSettingTab(this.app, this, owner));

		// The first parse and the first tick wait for the layout, so they never slow the app's start.
		this.app.workspace.onLayoutReady(() => {
			activeNote.start(this);
			timer.bind(this, this.app);
			call.bind(this);
			void processes.start(this);
			// Calls are offered a debrief once the vault is read, and then as the index changes.
			debriefOffers.bind(this);
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

	/** This plugin's settings tab, or where to find it where the app cannot open it. */
	openSettings(): void {
		if (!openPluginSettings(this.app, this.manifest.id)) new Notice("Open the settings, then this plugin's tab under community plugins.");
	}

	/** Sync rewrote the data file: merge newest-first, and hand each newer part to its owner. */
	override async onExternalSettingsChange(): Promise<void> {
		const merged = await this.store.mergeExternal();
		if (merged.settings) this.settings.accept(merged.settings);
		if (merged.timer !== undefined) this.timer.restore(merged.timer);
	}

	private openingSidebar: Promise<void> | null = null;
	private store!: PluginStore;
}
