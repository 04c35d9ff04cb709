import { MarkdownView, type App, type Component, type Editor, type TFile } from "obsidian";

/**
 * The last editor typed into that no markdown view holds, such as a canvas card's, while it holds text not
 * saved yet. The plugin finds a card's editor through `workspace.activeEditor`, which the declarations allow
 * to be null when the active view has no editor: whether a click in a sidebar leaves it on the card is not
 * documented. Remembered here, a toggle from the sidebar still goes through the card's editor, never through
 * `Vault.process` under its unsaved text. Once the card's text is saved, as a card closing saves it, the file
 * holds what it shows, and the card is no longer needed.
 */
export class CardEditorMemory {
	private card: { file: TFile; editor: Editor; unsaved: boolean } | null = null;

	constructor(private readonly app: App) {}

	start(owner: Component): void {
		const { workspace, metadataCache } = this.app;
		owner.registerEvent(
			workspace.on("editor-change", (editor, info) => {
				if (!(info instanceof MarkdownView) && info.file) this.card = { file: info.file, editor, unsaved: true };
			}),
		);
		// The note was written and indexed: the card is unsaved only if it shows other text than was written.
		owner.registerEvent(
			metadataCache.on("changed", (file, data) => {
				if (this.card?.file === file) this.card.unsaved = this.card.editor.getValue() !== data;
			}),
		);
		owner.register(() => (this.card = null));
	}

	/** The remembered card's editor on `file`, while it holds text the file does not have yet; else null. */
	unsavedEditor(file: TFile): Editor | null {
		return this.card?.unsaved && this.card.file.path === file.path ? this.card.editor : null;
	}
}

const memories = new WeakMap<App, CardEditorMemory>();

/** The app's one memory of card editors. */
export function cardEditorMemory(app: App): CardEditorMemory {
	let memory = memories.get(app);
	if (!memory) memories.set(app, (memory = new CardEditorMemory(app)));
	return memory;
}
