// The demo page: the real plugin, bundled with the test double, beside an editable note.
import manifest from "../../manifest.json";
import InterviewPrepPlugin from "../../src/main";
import exampleNote from "../../example-vault/Interviews/2026-12-03 Northwind recruiter call.md";
import secondRound from "../../example-vault/Interviews/2026-12-10 Northwind hiring manager.md";
import { App, emulatePlatform, MarkdownView, Notice, TFile } from "../obsidian";
import { ParseService } from "../../src/parsing/parse-service";
import { CommandPalette } from "./command-palette";
import { PageStorage } from "./page-storage";
import { SidebarDrawer } from "./sidebar-drawer";
import { TextareaSurface } from "./textarea-surface";

const EXAMPLE_PATH = "Interviews/2026-12-03 Northwind recruiter call.md";
/** The example's second round, so the process part shows at once. */
const SECOND_ROUND_PATH = "Interviews/2026-12-10 Northwind hiring manager.md";

const byId = <T extends HTMLElement>(id: string) => {
	const el = document.getElementById(id);
	if (!el) throw new Error(`#${id} is missing from the page`);
	return el as T;
};

/**
 * Plugin data, the plugin's local storage and the notes live in localStorage,
 * so the timer and the notes survive a page reload as they survive an app restart.
 */
const storage = new PageStorage("interview-prep-demo:", (path) => {
	new Notice(`"${path}" is too large for this browser's storage, so its edits last only until the page reloads.`);
});

// A phone-sized window plays Obsidian's phone app, whose body classes and platform the plugin reads.
if (window.matchMedia("(max-width: 600px)").matches) emulatePlatform("phone");
const app = new App(storage);
// Replaced by `restartPlugin`, the benchmark's start-up.
let plugin = new InterviewPrepPlugin(app, manifest);
const editorEl = byId<HTMLTextAreaElement>("editor");
const surface = new TextareaSurface(editorEl, byId("editor-note"));
const titleEl = byId("note-title");
byId("status").appendChild(app.statusBarEl);
byId("ribbon").appendChild(app.ribbonEl);
const drawer = new SidebarDrawer(byId("sidebar"), byId<HTMLButtonElement>("drawer-toggle"), byId<HTMLButtonElement>("drawer-close"), byId("drawer-backdrop"), editorEl);
// The right sidebar's collapse, as the app's phone layout does it, closes the drawer.
const collapseRight = app.workspace.rightSplit.collapse.bind(app.workspace.rightSplit);
app.workspace.rightSplit.collapse = () => {
	collapseRight();
	drawer.close(false);
};

const notePath = (name: string) => (name.endsWith(".md") ? name : `${name}.md`);

/** Whichever way a note opens (the page's hook, New prep note, a jump), the editor shows it from its top, under its name. */
app.workspace.on("file-open", (file) => {
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	if (!view || !(file instanceof TFile)) return;
	surface.attach(view.editor);
	titleEl.setText(file.basename);
	storage.openNote = file.path;
	// As in the app on a desktop, an opened note takes the keyboard; on a phone that would pop up the keyboard.
	if (!window.matchMedia("(max-width: 720px)").matches) editorEl.focus({ preventScroll: true });
});

/** From here on, every change of a note is kept for the next visit. */
function keepNotes(): void {
	const keep = (file: unknown) => {
		// What the note says now: the editor saves to the vault only after a pause, and the page may close first.
		if (file instanceof TFile) storage.keepNote(file.path, () => getNote(file.path) ?? undefined);
	};
	app.vault.on("create", keep);
	app.vault.on("modify", keep);
	app.vault.on("rename", (file, oldPath) => {
		if (typeof oldPath === "string") storage.forgetNote(oldPath);
		if (file instanceof TFile && storage.openNote === oldPath) storage.openNote = file.path;
		keep(file);
	});
	// The editor saves its own typing without a vault event, as the app's editor does.
	app.workspace.on("editor-change", (_editor, view) => {
		if (view instanceof MarkdownView) keep(view.file);
	});
}

/** Creates a note and, as on disk, its folder first. */
async function createNote(path: string, text: string): Promise<TFile> {
	const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	if (folder !== "" && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
	return app.vault.create(path, text);
}

async function openNote(name: string, markdown: string): Promise<void> {
	const path = notePath(name);
	const existing = app.vault.getFileByPath(path);
	const file = existing ?? (await createNote(path, markdown));
	if (existing) await app.vault.modify(existing, markdown);
	// Opened in a task of its own, as a person opens a note once it exists, not in the task of the metadata cache
	// that the write woke: that task is the plugin's, and the text area's taking of the note is the page's.
	await new Promise((resolve) => setTimeout(resolve, 0));
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(file);
	// The hook replaces the note's text: an editor that showed it already starts over from the new text.
	if (existing && leaf.view instanceof MarkdownView) await leaf.view.reloadFromFile();
	// Resolve once the sidebar shows the note, so callers can read it straight away.
	await plugin.activeNote.refresh(true);
}

/** What the note says now: an open note's editor text, which the app saves about two seconds later, or else the file's. */
function getNote(name: string): string | null {
	const path = notePath(name);
	const open = app.workspace.leaves.map((leaf) => leaf.view).find((view) => view instanceof MarkdownView && view.file?.path === path);
	return open instanceof MarkdownView ? open.editor.getValue() : (app.vault.peek(path) ?? null);
}

/** What the note's file holds, which an open editor writes about two seconds after a change; for benchmarks. */
function savedNote(name: string): string | null {
	return app.vault.peek(notePath(name)) ?? null;
}

/** The paths of the demo's notes, sorted. */
function listNotes(): string[] {
	return app.vault.getMarkdownFiles().map((file) => file.path).sort();
}

function listCommands(): { id: string; name: string }[] {
	return [...app.commands.values()].map(({ id, name }) => ({ id, name }));
}

/** Adds notes without opening them, and waits until the process index has read them; for benchmarks. */
async function addNotes(notes: [string, string][]): Promise<void> {
	for (const [path, text] of notes) await createNote(path, text);
	await plugin.processes.rebuild();
}

/**
 * The benchmark's start-up: the plugin unloaded, then a new one loaded into the same workspace, its sidebar,
 * story bank and calls view opened as a restored workspace does, until the index has read every note.
 */
async function restartPlugin(): Promise<void> {
	plugin.unload();
	plugin = new InterviewPrepPlugin(app, manifest);
	await plugin.loadAndWait();
	await plugin.openSidebar();
	await plugin.jobSearch.openView("interview-prep-story-bank", "main");
	await plugin.jobSearch.openView("interview-prep-calls", "right");
	await plugin.processes.ready;
}

/**
 * The benchmark's probe of the index's heap: forgets every round the index holds, as if it had read nothing,
 * and tells the views, so that nothing drawn or worked out from the rounds keeps them either.
 */
function forgetIndexedRounds(): number {
	const index = plugin.processes as unknown as { rounds: Map<string, unknown>; grouped: unknown };
	const count = index.rounds.size;
	index.rounds.clear();
	index.grouped = null;
	plugin.processes.trigger("change");
	return count;
}

/** Runs a pending sidebar refresh now instead of after the typing pause; for benchmarks. */
function refreshNow(): Promise<void> {
	return plugin.activeNote.refresh();
}

/**
 * The plugin's parser, in its worker, beside the same parser in-thread: for the browser tests that compare
 * the two and for the benchmark. Each text is parsed as a document of its own, forgotten afterwards.
 */
const inThread = new ParseService("in-thread");
async function parseBoth(texts: string[]): Promise<{ inWorker: boolean; worker: unknown[]; inThread: unknown[] }> {
	const parseAll = (service: ParseService, prefix: string) =>
		Promise.all(
			texts.map(async (text, i) => {
				const doc = service.document(`${prefix}-${i}`);
				const note = await doc.parse(text, { fallbackTitle: "Note" });
				doc.forget();
				return note;
			}),
		);
	const [worker, local] = await Promise.all([parseAll(plugin.parsing, "compare"), parseAll(inThread, "compare")]);
	return { inWorker: plugin.parsing.inWorker, worker, inThread: local };
}

/** The followed note's model, as the sidebar has it. */
function model(): unknown {
	return plugin.activeNote.state?.note ?? null;
}

function runCommand(id: string): boolean {
	return app.executeCommandById(id.includes(":") ? id : `${manifest.id}:${id}`);
}

/**
 * Notices stack at the top right of the workspace, under the toolbar so they never cover its buttons;
 * as in the app, they fade after a while and a click dismisses one.
 */
const noticesEl = byId("notices");
new MutationObserver((records) => {
	for (const record of records) {
		for (const node of Array.from(record.addedNodes)) {
			if (!(node instanceof HTMLElement && node.classList.contains("notice"))) continue;
			// How long it stays, and that a click dismisses it, is the notice's own, as in the app.
			noticesEl.appendChild(node);
		}
	}
}).observe(document.body, { childList: true });

const openPalette = () => {
	if (!document.querySelector(".modal-container")) new CommandPalette(app, manifest.name).open();
};
document.addEventListener("keydown", (evt) => {
	if ((evt.ctrlKey || evt.metaKey) && evt.key.toLowerCase() === "p") {
		evt.preventDefault();
		openPalette();
	}
});
byId("palette").addEventListener("click", openPalette);

/** The vault's notes, as the file explorer would list them: choosing one opens it. */
const noteSwitch = byId<HTMLSelectElement>("note-switch");
function listNotesToSwitch(): void {
	const open = app.workspace.getActiveFile()?.path ?? "";
	noteSwitch.empty();
	for (const path of listNotes()) noteSwitch.createEl("option", { text: path.replace(/\.md$/, ""), attr: { value: path } }).selected = path === open;
}
noteSwitch.addEventListener("change", () => {
	const file = app.vault.getFileByPath(noteSwitch.value);
	if (file) void app.workspace.getLeaf(false).openFile(file);
});
for (const event of ["create", "delete", "rename"] as const) app.vault.on(event, () => listNotesToSwitch());
app.workspace.on("file-open", () => listNotesToSwitch());
byId("theme").addEventListener("click", () => {
	const dark = document.body.classList.toggle("theme-dark");
	document.body.classList.toggle("theme-light", !dark);
	byId("theme").setText(dark ? "Light theme" : "Dark theme");
});
byId("reset").addEventListener("click", () => {
	storage.clear();
	location.reload();
});

async function main(): Promise<void> {
	await plugin.loadAndWait();
	const kept = storage.notes();
	for (const [path, text] of kept) await createNote(path, text);
	if (!kept.has(EXAMPLE_PATH)) await createNote(EXAMPLE_PATH, exampleNote);
	if (!kept.has(SECOND_ROUND_PATH)) await createNote(SECOND_ROUND_PATH, secondRound);
	keepNotes();
	const first = app.vault.getFileByPath(storage.openNote ?? "") ?? app.vault.getFileByPath(EXAMPLE_PATH);
	if (first) await app.workspace.getLeaf(false).openFile(first);
	await plugin.activeNote.refresh(true);
	app.workspace.finishLayout();
	await plugin.openSidebar();
	const sidebar = app.workspace.getLeavesOfType("interview-prep-sidebar")[0];
	if (sidebar) byId("sidebar").appendChild(sidebar.containerEl);
	// From now on, revealing a right-sidebar leaf (Open prep sidebar, the ribbon) opens the drawer on a phone, as the app does.
	const reveal = app.workspace.revealLeaf.bind(app.workspace);
	// The story bank, their questions bank and the calls have no tab area to open in here: they show at the top of the sidebar, as parts of it.
	const asParts = new Set(["interview-prep-story-bank", "interview-prep-their-questions", "interview-prep-calls"]);
	app.workspace.revealLeaf = async (leaf) => {
		await reveal(leaf);
		// The part revealed last goes first, under the drawer's header.
		if (asParts.has(leaf.view.getViewType())) byId("sidebar").insertBefore(leaf.containerEl, byId("sidebar").querySelector(".demo-drawer-header")?.nextSibling ?? null);
		if (leaf.side === "right" || asParts.has(leaf.view.getViewType())) drawer.open();
	};
	const parsers = { worker: plugin.parsing, inThread };
	const demo = { openNote, addNotes, getNote, savedNote, listNotes, listCommands, runCommand, refreshNow, parseBoth, model, parsers, restartPlugin, forgetIndexedRounds, unloadPlugin: () => plugin.unload() };
	Object.assign(window, { prepDemo: demo });
	document.body.dataset.ready = "true";
}

void main();
