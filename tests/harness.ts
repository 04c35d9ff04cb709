import manifest from "../manifest.json";
import InterviewPrepPlugin from "../src/main";
import { App, MarkdownView, emulateApiVersion, emulatePlatform, type Editor, type Storage, type TFile, type WorkspaceLeaf } from "./obsidian";
import { REFRESH_DELAY_MS } from "../src/followed-note/active-note";

export interface Harness {
	app: App;
	plugin: InterviewPrepPlugin;
}

/** Obsidian's version when a test names none: the version of the `obsidian` package the plugin builds against. */
export const CURRENT_API_VERSION = "1.13.1";

export interface LoadOptions {
	storage?: Storage;
	local?: Storage;
	/** Finish the layout, so the plugin starts following notes; true unless told. */
	layout?: boolean;
	/** The Obsidian version the app plays, such as `1.12.7` for the settings tab before the declarative API. */
	apiVersion?: string;
	/** Play the mobile app on a phone instead of the desktop app. */
	mobile?: boolean;
}

/** A fresh app with the plugin loaded. */
export async function loadPlugin(options: LoadOptions = {}): Promise<Harness> {
	emulateApiVersion(options.apiVersion ?? CURRENT_API_VERSION);
	emulatePlatform(options.mobile === true ? "phone" : "desktop");
	const app = new App(options.storage, options.local);
	// In the document, as in the app, so that focus behaves as it does there and a removed item is gone from the page.
	activeDocument.body.append(app.ribbonEl, app.workspace.containerEl, app.statusBarEl);
	// Type-checked against the double (tests/tsconfig.json maps `obsidian` to it), so the double's App is the App the plugin takes.
	const plugin = new InterviewPrepPlugin(app, manifest);
	await plugin.loadAndWait();
	if (options.layout ?? true) app.workspace.finishLayout();
	return { app, plugin };
}

/** Creates a note and opens it in the main leaf, as clicking it in the file list would. */
export async function openNote(app: App, path: string, text: string): Promise<{ file: TFile; leaf: WorkspaceLeaf; editor: Editor }> {
	const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	if (folder !== "" && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
	const file = app.vault.getFileByPath(path) ?? (await app.vault.create(path, text));
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(file);
	await settle();
	const view = leaf.view as MarkdownView;
	return { file, leaf, editor: view.editor };
}

/** Lets pending promises run: enough turns for a parse in-thread, whose request and answer each take a turn or more. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** Waits out the refresh debounce, with real timers. */
export function afterRefresh(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, REFRESH_DELAY_MS + 50));
}

/** The sidebar's element; fails the test when the sidebar is not open. */
export function sidebarOf(app: App): HTMLElement {
	const leaf = app.workspace.getLeavesOfType("interview-prep-sidebar")[0];
	if (!leaf) throw new Error("the sidebar is not open");
	return leaf.view.containerEl;
}

/** Types a query into the open picker and clicks its first suggestion, as a person would. */
export async function chooseSuggestion(query: string): Promise<void> {
	const input = activeDocument.querySelector<HTMLInputElement>(".modal-container .prompt-input");
	if (!input) throw new Error("no suggester open");
	input.value = query;
	input.dispatchEvent(new Event("input"));
	await settle();
	activeDocument.querySelector<HTMLElement>(".modal-container .suggestion-item")?.click();
	await settle();
}
