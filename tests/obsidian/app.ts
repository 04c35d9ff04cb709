import type * as Real from "obsidian/obsidian";
import type { Doubled } from "./doubled";
import { Component } from "./events";
import { renderSettingDefinitions } from "./setting-definitions";
import { installTooltips } from "./tooltip";
import { Platform } from "./ui";
import type { MarkdownView } from "./workspace";
import { Keymap, Scope } from "./ui";
import { Vault } from "./vault";
import { MetadataCache } from "./metadata-cache";
import { FileManager } from "./file-manager";
import { Workspace, type ViewCreator } from "./workspace";

/** Where plugin data and local storage live: memory in tests, `localStorage` in the demo. */
export interface Storage {
	read(key: string): string | null;
	write(key: string, value: string | null): void;
}

export function memoryStorage(): Storage & { entries: Map<string, string> } {
	const entries = new Map<string, string>();
	return {
		entries,
		read: (key) => entries.get(key) ?? null,
		write: (key, value) => {
			if (value === null) entries.delete(key);
			else entries.set(key, value);
		},
	};
}

export class App implements Doubled<Real.App, "vault" | "metadataCache" | "fileManager" | "workspace" | "keymap" | "scope" | "loadLocalStorage" | "saveLocalStorage"> {
	vault = new Vault();
	metadataCache = new MetadataCache(this.vault);
	fileManager = new FileManager(this);
	keymap = new Keymap();
	scope = new Scope();
	workspace: Workspace;
	/** Plugin data: what a sync service copies between devices. */
	storage: Storage;
	/** The browser's local storage: this device's alone. */
	local: Storage;
	/** Test aids standing in for the app's registries. */
	viewRegistry = new Map<string, ViewCreator>();
	commands = new Map<string, Real.Command>();
	ribbonEl = createDiv({ cls: "side-dock-ribbon" });
	statusBarEl = createDiv({ cls: "status-bar" });
	settingTabs: PluginSettingTab[] = [];
	/** Test aid: the settings modal, which shows one tab at a time (see `openSettingTab`). */
	settingsEl = createDiv({ cls: "modal-container mod-settings" });
	private shownTab: PluginSettingTab | null = null;
	/**
	 * The settings modal as the app keeps it at `app.setting`: not in obsidian.d.ts, so a plugin must check it is there.
	 * `openTabById` shows a plugin's tab by the plugin's id.
	 */
	setting = {
		open: (): void => {
			activeDocument.body.append(this.settingsEl);
		},
		openTabById: (id: string): void => {
			const tab = this.settingTabs.find((t) => t.plugin.manifest.id === id);
			if (tab) this.openSettingTab(tab);
		},
	};

	constructor(storage: Storage = memoryStorage(), local: Storage = storage) {
		this.storage = storage;
		this.local = local;
		// The mobile app has no status bar: an item added there is never seen.
		if (Platform.isMobile) this.statusBarEl.hide();
		// The app shows a tooltip for every element with an aria-label, set through setTooltip or not.
		installTooltips(activeDocument);
		this.workspace = new Workspace(this);
		// The app resolves the whole vault's metadata after it starts.
		this.workspace.onLayoutReady(() => this.metadataCache.resolveSoon());
	}

	loadLocalStorage(key: string): unknown {
		const raw = this.local.read(`local:${key}`);
		return raw === null ? null : JSON.parse(raw);
	}

	saveLocalStorage(key: string, data: unknown): void {
		this.local.write(`local:${key}`, data === null || data === undefined ? null : JSON.stringify(data));
	}

	/**
	 * Test aid: the user opens the settings modal on this tab, as the app does.
	 * Obsidian 1.13+ draws the tab from `getSettingDefinitions()` when that is
	 * non-empty, and then never calls `display()`; before 1.13, and for a tab
	 * with no definitions, it calls `display()`.
	 */
	openSettingTab(tab: PluginSettingTab): void {
		this.closeSettings();
		activeDocument.body.append(this.settingsEl);
		this.settingsEl.append(tab.containerEl);
		this.shownTab = tab;
		tab.showInModal();
	}

	/** Test aid: the user closes the settings modal; the tab is hidden and leaves the page. */
	closeSettings(): void {
		const tab = this.shownTab;
		if (!tab) return;
		this.shownTab = null;
		tab.hide();
		tab.containerEl.detach();
		this.settingsEl.detach();
	}

	/** Runs a command as the palette does: check callbacks first, editor callbacks only with an active editor. */
	executeCommandById(id: string): boolean {
		const command = this.commands.get(id);
		if (!command) return false;
		// As in the app, editor commands go to the active editor, which may be a canvas card's, not only a markdown view's.
		const active = this.workspace.activeEditor ?? this.activeMarkdownView();
		const editor = active?.editor as unknown as Real.Editor | undefined;
		const ctx = active as unknown as Real.MarkdownView | Real.MarkdownFileInfo;
		if (command.editorCheckCallback) {
			if (!editor || !command.editorCheckCallback(true, editor, ctx)) return false;
			command.editorCheckCallback(false, editor, ctx);
			return true;
		}
		if (command.editorCallback) {
			if (!editor) return false;
			void command.editorCallback(editor, ctx);
			return true;
		}
		if (command.checkCallback) {
			if (!command.checkCallback(true)) return false;
			command.checkCallback(false);
			return true;
		}
		void command.callback?.();
		return command.callback !== undefined;
	}

	private activeMarkdownView(): MarkdownView | null {
		const view = this.workspace.activeLeaf?.view;
		return view?.getViewType() === "markdown" ? (view as MarkdownView) : null;
	}
}

export abstract class Plugin
	extends Component
	implements
		Doubled<
			Real.Plugin,
			| "app" | "manifest" | "settings" | "onload" | "addCommand" | "removeCommand" | "addRibbonIcon" | "addStatusBarItem"
			| "addSettingTab" | "registerView" | "loadData" | "saveData" | "onExternalSettingsChange"
		>
{
	app: App;
	manifest: Real.PluginManifest;
	settings?: unknown;

	constructor(app: App, manifest: Real.PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	addCommand(command: Real.Command): Real.Command {
		const id = `${this.manifest.id}:${command.id}`;
		const registered = { ...command, id };
		this.app.commands.set(id, registered);
		this.register(() => this.app.commands.delete(id));
		return registered;
	}

	removeCommand(commandId: string): void {
		this.app.commands.delete(`${this.manifest.id}:${commandId}`);
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.ribbonEl.createDiv({ cls: "side-dock-ribbon-action", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", callback);
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBarEl.createDiv({ cls: "status-bar-item" });
		this.register(() => el.detach());
		return el;
	}

	addSettingTab(tab: PluginSettingTab): void {
		this.app.settingTabs.push(tab);
		// From 1.13 the app reads the tab's definitions once here, for the settings search.
		if (requireApiVersion("1.13.0")) tab.update();
		this.register(() => {
			this.app.settingTabs = this.app.settingTabs.filter((t) => t !== tab);
			if (tab.containerEl.isConnected) this.app.closeSettings();
		});
	}

	registerView(type: string, creator: ViewCreator): void {
		this.app.viewRegistry.set(type, creator);
		this.register(() => {
			this.app.viewRegistry.delete(type);
			for (const leaf of this.app.workspace.getLeavesOfType(type)) void leaf.emptyView();
		});
	}

	override onload(): Promise<void> | void {}

	loadData(): Promise<unknown> {
		const raw = this.app.storage.read(`plugin:${this.manifest.id}`);
		if (raw === null) return Promise.resolve(null);
		try {
			return Promise.resolve(JSON.parse(raw));
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	saveData(data: unknown): Promise<void> {
		this.app.storage.write(`plugin:${this.manifest.id}`, JSON.stringify(data));
		return Promise.resolve();
	}

	onExternalSettingsChange?(): unknown;

	/** Test aid: loads the plugin and waits for its `onload` to finish. */
	async loadAndWait(): Promise<void> {
		this.load();
		await this.loadResult;
	}
}

export abstract class PluginSettingTab
	implements
		Doubled<
			Real.PluginSettingTab,
			| "app" | "icon" | "containerEl" | "settingItems" | "display" | "hide" | "getSettingDefinitions" | "getControlValue"
			| "setControlValue" | "update"
		>
{
	app: App;
	plugin: Plugin;
	containerEl = createDiv({ cls: "vertical-tab-content" });
	icon = "settings";
	settingItems: Real.SettingDefinitionItem[] = [];
	/** Whether the app drew this tab from its definitions when it was last opened. */
	private declarative = false;
	/** What the `render` definitions of the last declarative draw asked to run before their rows go. */
	private cleanups: (() => void)[] = [];

	constructor(app: App, plugin: Plugin) {
		this.app = app;
		this.plugin = plugin;
	}

	abstract display(): void;

	hide(): void {
		this.clearRendered();
		this.declarative = false;
	}

	getSettingDefinitions(): Real.SettingDefinitionItem[] {
		return [];
	}

	getControlValue(_key: string): unknown {
		return undefined;
	}

	setControlValue(_key: string, _value: unknown): void | Promise<void> {}

	/**
	 * Stores the definitions, and redraws an open declarative tab from them,
	 * reading every value again: the refresh the 1.13 declarations point to
	 * (`SettingControlBase.disabled`, `SettingDefinitionPage.displayValue`).
	 * Before 1.13 a setting tab has no `update`, so calling it there throws,
	 * as it would in the app.
	 */
	update(): void {
		if (!requireApiVersion("1.13.0")) throw new TypeError(`this.update is not a function (Obsidian ${apiVersion} has no SettingTab.update)`);
		this.settingItems = this.getSettingDefinitions();
		if (this.declarative && this.containerEl.isConnected) this.renderDefinitions();
	}

	/** The app's side, called by `App.openSettingTab`: draw from non-empty definitions on 1.13+, else `display()`. */
	showInModal(): void {
		this.declarative = false;
		if (requireApiVersion("1.13.0")) {
			this.settingItems = this.getSettingDefinitions();
			this.declarative = this.settingItems.length > 0;
		}
		if (this.declarative) this.renderDefinitions();
		else this.display();
	}

	private renderDefinitions(): void {
		this.clearRendered();
		this.cleanups = renderSettingDefinitions(this, this.settingItems);
	}

	private clearRendered(): void {
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.containerEl.empty();
	}
}

/** The version of Obsidian the double plays; tests set it with `emulateApiVersion`. */
export let apiVersion = "1.13.1";

/** Test aid: play another version of Obsidian, such as `1.12.7`, before the plugin loads. */
export function emulateApiVersion(version: string): void {
	apiVersion = version;
}

/** Whether the app is at least `version`, comparing numerically part by part. */
export const requireApiVersion: typeof Real.requireApiVersion = (version) => {
	const have = apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const a = have[i] ?? 0;
		const b = want[i] ?? 0;
		if (a !== b) return a > b;
	}
	return true;
};
