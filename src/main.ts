import { Notice, Plugin } from "obsidian";
import { ActiveNote } from "./active-note";
import { registerSidebarCommands } from "./commands/sidebar-commands";
import { TemplateCommands } from "./commands/template-commands";
import { NoteActions } from "./note-actions";
import { DEFAULT_SETTINGS, readSettings, type PrepSettings } from "./settings/prep-settings";
import { PrepSettingTab } from "./settings/settings-tab";
import { PREP_VIEW_TYPE, PrepView } from "./view/prep-view";

/** Wires the lifecycle: settings, the followed note, the sidebar and the commands. */
export default class InterviewPrepPlugin extends Plugin {
	override settings: PrepSettings = structuredClone(DEFAULT_SETTINGS);

	/** The note the sidebar and the commands follow. */
	activeNote!: ActiveNote;
	templates!: TemplateCommands;

	override async onload(): Promise<void> {
		await this.loadSettings();
		const activeNote = (this.activeNote = new ActiveNote(this.app, () => this.settings));
		const templates = (this.templates = new TemplateCommands(this.app, activeNote, () => this.settings));
		const actions = new NoteActions(this.app, activeNote, () => this.settings, () => templates.insertPrepSections());

		this.registerView(PREP_VIEW_TYPE, (leaf) => new PrepView(leaf, { activeNote, settings: () => this.settings, actions }));
		this.addRibbonIcon("clipboard-list", "Open prep sidebar", () => void this.openSidebar());
		registerSidebarCommands(this, activeNote, actions, () => this.openSidebar());
		templates.register(this);
		this.addSettingTab(new PrepSettingTab(this.app, this));

		// The first parse waits for the layout, so it never slows the app's start.
		this.app.workspace.onLayoutReady(() => activeNote.start(this));
		this.refreshNote = () => void activeNote.refresh(true);
	}

	/** Reveals the sidebar, creating it once even when asked twice in a row. */
	openSidebar(): Promise<void> {
		this.openingSidebar ??= this.app.workspace
			.ensureSideLeaf(PREP_VIEW_TYPE, "right", { active: true, reveal: true })
			.then(() => undefined)
			.finally(() => (this.openingSidebar = null));
		return this.openingSidebar;
	}

	private openingSidebar: Promise<void> | null = null;

	async saveSettings(): Promise<void> {
		await this.saveData({ settings: this.settings });
		this.refreshNote();
	}

	private refreshNote: () => void = () => undefined;

	private async loadSettings(): Promise<void> {
		let raw: unknown;
		try {
			raw = await this.loadData();
		} catch {
			new Notice("Interview prep: the saved settings could not be read, so the defaults apply. The settings file stays as it is until you change a setting.");
			return;
		}
		const stored = raw !== null && typeof raw === "object" && "settings" in raw ? raw.settings : undefined;
		const { settings, rejected } = readSettings(stored);
		this.settings = settings;
		if (rejected.length > 0 || (raw !== null && raw !== undefined && stored === undefined)) {
			new Notice(`Interview prep: settings that could not be read (${rejected.join(", ") || "data file"}) are back to their defaults.`);
		}
	}
}
