import { MarkdownView, Platform, type App, type Editor, type TFile, type WorkspaceLeaf } from "obsidian";

/** The markdown view showing `file`, if any: the active one first, so edits land where the user looks. */
export function findMarkdownView(app: App, file: TFile): MarkdownView | null {
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	if (active?.file?.path === file.path) return active;
	let found: MarkdownView | null = null;
	app.workspace.iterateAllLeaves((leaf: WorkspaceLeaf) => {
		if (!found && leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path) found = leaf.view;
	});
	return found;
}

/**
 * The editor open on `file`, if any. Its text is what the user sees: the app
 * saves it to disk only about two seconds after a change, so reading the file
 * meanwhile gives older text.
 */
export function findEditor(app: App, file: TFile): Editor | null {
	return findMarkdownView(app, file)?.editor ?? null;
}

/**
 * Opens `file` (reusing its leaf when it is open) and shows a 1-based line.
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
	let view = findMarkdownView(app, file);
	if (!view) {
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(file, { eState: { line: index } });
		view = leaf.view instanceof MarkdownView ? leaf.view : null;
	}
	if (!view) return;
	const focus = !Platform.isMobile;
	app.workspace.setActiveLeaf(view.leaf, { focus });
	const target = Math.min(index, view.editor.lastLine());
	if (view.getMode() === "preview") {
		view.setEphemeralState({ line: target });
		return;
	}
	const editor = view.editor;
	editor.setCursor({ line: target, ch: 0 });
	editor.scrollIntoView({ from: { line: target, ch: 0 }, to: { line: target, ch: 0 } }, true);
	if (focus) editor.focus();
}
