import { MarkdownView, type App, type Editor, type TFile, type WorkspaceLeaf } from "obsidian";

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

/** Opens `file` (reusing its leaf when it is open), puts the cursor on a 1-based line and scrolls it into view. */
export async function revealLine(app: App, file: TFile, line: number): Promise<void> {
	let view = findMarkdownView(app, file);
	if (!view) {
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(file);
		view = leaf.view instanceof MarkdownView ? leaf.view : null;
	}
	if (!view) return;
	app.workspace.setActiveLeaf(view.leaf, { focus: true });
	const editor = view.editor;
	const target = Math.max(0, Math.min(line - 1, editor.lastLine()));
	editor.setCursor({ line: target, ch: 0 });
	editor.scrollIntoView({ from: { line: target, ch: 0 }, to: { line: target, ch: 0 } }, true);
	editor.focus();
}
