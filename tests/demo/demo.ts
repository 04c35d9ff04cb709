// The demo page: the real plugin, bundled with the test double, beside an editable note.
import manifest from "../../manifest.json";
import InterviewPrepPlugin from "../../src/main";
import exampleNote from "../../example-vault/Interviews/2026-12-03 Northwind recruiter call.md";
import { App, MarkdownView, type Storage } from "../obsidian";
import { CommandPalette } from "./command-palette";
import { TextareaSurface } from "./textarea-surface";

const STORAGE_PREFIX = "interview-prep-demo:";
const EXAMPLE_PATH = "Interviews/2026-12-03 Northwind recruiter call.md";

/** Plugin data lives in localStorage, so the timer survives a page reload as it survives an app restart. */
const storage: Storage = {
	read: (key) => localStorage.getItem(STORAGE_PREFIX + key),
	write: (key, value) => {
		if (value === null) localStorage.removeItem(STORAGE_PREFIX + key);
		else localStorage.setItem(STORAGE_PREFIX + key, value);
	},
};

const byId = <T extends HTMLElement>(id: string) => {
	const el = document.getElementById(id);
	if (!el) throw new Error(`#${id} is missing from the page`);
	return el as T;
};

const app = new App(storage);
const plugin = new InterviewPrepPlugin(app, manifest);
const surface = new TextareaSurface(byId<HTMLTextAreaElement>("editor"));
const titleEl = byId("note-title");
byId("status").appendChild(app.statusBarEl);
byId("ribbon").appendChild(app.ribbonEl);

const notePath = (name: string) => (name.endsWith(".md") ? name : `${name}.md`);

async function openNote(name: string, markdown: string): Promise<void> {
	const path = notePath(name);
	// As on disk, a note's folder has to exist before the note.
	const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	if (folder !== "" && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
	const existing = app.vault.getFileByPath(path);
	const file = existing ?? (await app.vault.create(path, markdown));
	if (existing) await app.vault.modify(existing, markdown);
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(file);
	const view = leaf.view;
	if (view instanceof MarkdownView) {
		surface.attach(view.editor);
		titleEl.setText(file.basename);
	}
	// Resolve once the sidebar shows the note, so callers can read it straight away.
	await plugin.activeNote.refresh(true);
}

/** What the note says now: an open note's editor text, which the app saves about two seconds later, or else the file's. */
function getNote(name: string): string | null {
	const path = notePath(name);
	const open = app.workspace.leaves.map((leaf) => leaf.view).find((view) => view instanceof MarkdownView && view.file?.path === path);
	return open instanceof MarkdownView ? open.editor.getValue() : (app.vault.peek(path) ?? null);
}

function listCommands(): { id: string; name: string }[] {
	return [...app.commands.values()].map(({ id, name }) => ({ id, name }));
}

/** Runs a pending sidebar refresh now instead of after the typing pause; for benchmarks. */
function refreshNow(): Promise<void> {
	return plugin.activeNote.refresh();
}

function runCommand(id: string): boolean {
	return app.executeCommandById(id.includes(":") ? id : `${manifest.id}:${id}`);
}

/** Notices fade after a while, as in the app. */
new MutationObserver((records) => {
	for (const record of records) {
		for (const node of Array.from(record.addedNodes)) {
			if (node instanceof HTMLElement && node.classList.contains("notice")) window.setTimeout(() => node.remove(), 5000);
		}
	}
}).observe(document.body, { childList: true });

document.addEventListener("keydown", (evt) => {
	if ((evt.ctrlKey || evt.metaKey) && evt.key.toLowerCase() === "p") {
		evt.preventDefault();
		new CommandPalette(app).open();
	}
});
byId("palette").addEventListener("click", () => new CommandPalette(app).open());
byId("theme").addEventListener("click", () => {
	const dark = document.body.classList.toggle("theme-dark");
	document.body.classList.toggle("theme-light", !dark);
	byId("theme").setText(dark ? "Light theme" : "Dark theme");
});

async function main(): Promise<void> {
	await plugin.loadAndWait();
	await openNote(EXAMPLE_PATH, exampleNote);
	app.workspace.finishLayout();
	await plugin.openSidebar();
	const sidebar = app.workspace.getLeavesOfType("interview-prep-sidebar")[0];
	if (sidebar) byId("sidebar").appendChild(sidebar.containerEl);
	const demo = { openNote, getNote, listCommands, runCommand, refreshNow };
	Object.assign(window, { prepDemo: demo });
	document.body.dataset.ready = "true";
}

void main();
