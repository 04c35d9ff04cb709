import type { Editor, EditorSurface } from "../obsidian";

/**
 * Shows the double's editor in a text area: typing goes into the editor,
 * the editor's changes and cursor moves come back, and Ctrl/Cmd+Z use the
 * editor's own undo, so the plugin's edits undo as they do in the app.
 * One surface per text area; `attach` switches it to another note's editor.
 */
/**
 * A text area lays out every line at once, where Obsidian's editor draws only
 * the lines in view; past this size it would stall the page for longer than
 * any work of the plugin, so larger notes show their start, read-only.
 */
const LARGEST_EDITABLE = 128 * 1024;

export class TextareaSurface implements EditorSurface {
	private editor: Editor | null = null;
	private typing = false;

	constructor(private readonly textarea: HTMLTextAreaElement) {
		textarea.addEventListener("input", () => {
			if (!this.editor) return;
			this.typing = true;
			this.editor.setValue(textarea.value);
			this.syncSelection();
			this.typing = false;
		});
		for (const type of ["select", "keyup", "mouseup", "focus"]) textarea.addEventListener(type, () => this.syncSelection());
		textarea.addEventListener("keydown", (evt) => this.onKey(evt));
	}

	attach(editor: Editor): void {
		if (this.editor && this.editor !== editor) this.editor.surface = null;
		this.editor = editor;
		editor.surface = this;
		this.render(editor);
	}

	render(editor: Editor): void {
		if (this.typing) return;
		const text = editor.getValue();
		const large = text.length > LARGEST_EDITABLE;
		const shown = large ? `${text.slice(0, LARGEST_EDITABLE)}\n\n[The demo shows the first 128 KB of this note, read-only.]` : text;
		this.textarea.readOnly = large;
		if (this.textarea.value !== shown) this.textarea.value = shown;
		const anchor = editor.posToOffset(editor.getCursor("anchor"));
		const head = editor.posToOffset(editor.getCursor("head"));
		this.textarea.setSelectionRange(Math.min(anchor, head), Math.max(anchor, head));
	}

	scrollToLine(line: number): void {
		const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
		this.textarea.scrollTop = Math.max(0, line * lineHeight - this.textarea.clientHeight / 3);
	}

	focus(): void {
		this.textarea.focus();
	}

	private syncSelection(): void {
		this.editor?.syncSelection(this.textarea.selectionStart, this.textarea.selectionEnd);
	}

	private onKey(evt: KeyboardEvent): void {
		if (!this.editor || !(evt.ctrlKey || evt.metaKey)) return;
		const key = evt.key.toLowerCase();
		if (key === "z" && !evt.shiftKey) this.editor.undo();
		else if ((key === "z" && evt.shiftKey) || key === "y") this.editor.redo();
		else return;
		evt.preventDefault();
	}
}
