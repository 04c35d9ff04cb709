import { MarkdownView, Platform, type App, type Editor, type TFile, type WorkspaceLeaf } from "obsidian";
import { cardEditorMemory } from "./card-editor-memory";

/**
 * The tab showing `file`, if any, the active one first: matched by its view state, which a background tab
 * that the app restored at start-up and has not shown since keeps (since 1.7.2 it holds a deferred view,
 * no MarkdownView, until it is shown).
 */
function findNoteLeaf(app: App, file: TFile): WorkspaceLeaf | null {
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	if (active?.file?.path === file.path) return active.leaf;
	let found: WorkspaceLeaf | null = null;
	app.workspace.iterateAllLeaves((leaf: WorkspaceLeaf) => {
		if (found) return;
		const { type, state } = leaf.getViewState();
		if (type === "markdown" && state?.file === file.path) found = leaf;
	});
	return found;
}

/** The loaded markdown view showing `file`, if any: the active one first, so edits land where the user looks. A deferred tab has none, and its file holds what it shows. */
function findMarkdownView(app: App, file: TFile): MarkdownView | null {
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	if (active?.file?.path === file.path) return active;
	let found: MarkdownView | null = null;
	app.workspace.iterateAllLeaves((leaf: WorkspaceLeaf) => {
		if (!found && leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path) found = leaf.view;
	});
	return found;
}

/**
 * The editor open on `file`, if any: the workspace's active editor when it
 * edits that file, which may be a card on a canvas that no markdown view
 * shows, and else a markdown view's. Its text is what the user sees: the
 * app saves it to disk only about two seconds after a change, so reading
 * the file meanwhile gives older text, and writing the file under it can
 * neither be undone nor be sure to keep what was typed.
 */
export function findEditor(app: App, file: TFile): Editor | null {
	return cardEditor(app, file) ?? findMarkdownView(app, file)?.editor ?? null;
}

/**
 * The editor on `file` that is not a markdown view's, such as a canvas card's: the active one, or else the
 * card last typed into while it holds text not saved yet, for when focus in a sidebar leaves no active editor.
 */
function cardEditor(app: App, file: TFile): Editor | null {
	const active = app.workspace.activeEditor;
	if (active?.editor && !(active instanceof MarkdownView) && active.file?.path === file.path) return active.editor;
	return cardEditorMemory(app).unsavedEditor(file);
}

/**
 * Opens `file` (revealing its tab when one shows it, deferred or not) and shows a 1-based line.
 *
 * It relies on `setEphemeralState({ line })`, with a 0-based line, which the
 * app's markdown view takes in either mode: Reading view scrolls to the
 * line, and the editor moves its cursor there too. A note that is not open
 * opens at the line through `openFile`'s `eState`. In the editor the cursor
 * is also set and scrolled into view here, so the jump does not depend on
 * that; in Reading view the editor's cursor would move nothing the user sees.
 * On a phone the editor is not focused, which would bring up the keyboard
 * over the note.
 */
export async function revealLine(app: App, file: TFile, line: number): Promise<void> {
	const index = Math.max(0, line - 1);
	const focus = !Platform.isMobile;
	// A note edited in a canvas card moves within the card, and the canvas stays.
	const card = cardEditor(app, file);
	if (card) return moveCursor(card, index, focus);
	let leaf = findNoteLeaf(app, file);
	if (leaf) {
		// Loads a deferred tab, and brings forward a tab in another group or a popout window.
		await app.workspace.revealLeaf(leaf);
	} else {
		leaf = app.workspace.getLeaf(false);
		await leaf.openFile(file, { eState: { line: index } });
	}
	const view = leaf.view instanceof MarkdownView ? leaf.view : null;
	if (!view) return;
	// On a phone the right sidebar is a drawer over the note: it gives way, so the line is seen.
	if (Platform.isPhone) app.workspace.rightSplit.collapse();
	app.workspace.setActiveLeaf(view.leaf, { focus });
	if (view.getMode() === "preview") view.setEphemeralState({ line: Math.min(index, view.editor.lastLine()) });
	else moveCursor(view.editor, index, focus);
}

/** Puts the cursor at the start of a 0-based line and scrolls it into view. */
function moveCursor(editor: Editor, index: number, focus: boolean): void {
	const pos = { line: Math.min(index, editor.lastLine()), ch: 0 };
	editor.setCursor(pos);
	editor.scrollIntoView({ from: pos, to: pos }, true);
	if (focus) editor.focus();
}
