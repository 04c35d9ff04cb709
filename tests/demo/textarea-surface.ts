import type { Editor, EditorSurface } from "../obsidian";

/**
 * Past this many characters a text area lags while typing: it lays out all of
 * its text again on each change, where Obsidian's editor draws only the lines
 * in view. Measured in Chromium, with typing in the middle of generated notes
 * (2 busy cores), the task that handles one key takes about 9 ms at 300 KB,
 * 15 ms at 500 KB, 26 ms at 700 KB and 32 ms at 1 MB (the median), and the
 * slowest of 16 keys passes 60 ms from 700 KB on. Such a note is still shown
 * whole and editable, with a line above it that says so.
 */
export const LAGS_ABOVE = 500_000;

/** The changed span between two texts: `[start, oldEnd)` in the old one became `[start, newEnd)` in the new one. */
interface Span {
	start: number;
	oldEnd: number;
	newEnd: number;
}

/**
 * The common prefix and suffix of two texts, and the span between them. The
 * prefix stops at `before` when given, the caret before the edit, so typing a
 * letter into a run of the same letter is placed where it was typed.
 */
export function changedSpan(old: string, next: string, before = Infinity): Span {
	const limit = Math.min(old.length, next.length, before);
	let start = 0;
	while (start < limit && old.charCodeAt(start) === next.charCodeAt(start)) start++;
	let oldEnd = old.length;
	let newEnd = next.length;
	while (oldEnd > start && newEnd > start && old.charCodeAt(oldEnd - 1) === next.charCodeAt(newEnd - 1)) {
		oldEnd--;
		newEnd--;
	}
	return { start, oldEnd, newEnd };
}

/** "1.0 MB" or "420 KB", as the size of a note is told to a person. */
function formatSize(chars: number): string {
	return chars >= 1_000_000 ? `${(chars / 1_000_000).toFixed(1)} MB` : `${Math.round(chars / 1000)} KB`;
}

/**
 * Shows the double's editor in a text area: typing goes into the editor as
 * the range it changed, the editor's changes come back as ranges too, and
 * Ctrl/Cmd+Z use the editor's own undo, so the plugin's edits undo as they do
 * in the app. The text area's whole text is set only when a note is opened.
 * One surface per text area; `attach` switches it to another note's editor.
 */
export class TextareaSurface implements EditorSurface {
	private editor: Editor | null = null;
	/** What the text area shows, so that a change is found without reading the text area twice. */
	private shown = "";
	/** The selection just before the user's edit. */
	private caretBefore = Infinity;
	/** Set while the user's edit is handed to the editor, whose render call must not echo it back. */
	private applying = false;

	constructor(
		private readonly textarea: HTMLTextAreaElement,
		/** A line above the editor, shown for notes long enough to make the text area lag. */
		private readonly sizeNoteEl?: HTMLElement,
	) {
		textarea.addEventListener("beforeinput", () => {
			this.caretBefore = Math.min(textarea.selectionStart, textarea.selectionEnd);
		});
		textarea.addEventListener("input", () => this.takeInput());
		for (const type of ["select", "keyup", "mouseup", "focus"]) textarea.addEventListener(type, () => this.syncSelection());
		textarea.addEventListener("keydown", (evt) => this.onKey(evt));
	}

	/** Shows `editor`'s note from its top, as opening a note does. */
	attach(editor: Editor): void {
		if (this.editor && this.editor !== editor) this.editor.surface = null;
		this.editor = editor;
		editor.surface = this;
		const text = editor.getValue();
		if (text !== this.shown) {
			this.textarea.value = text;
			this.shown = text;
		}
		this.showSelection(editor);
		this.textarea.scrollTop = 0;
		this.showSize(text.length);
	}

	render(editor: Editor): void {
		if (this.applying) return;
		const text = editor.getValue();
		if (text !== this.shown) {
			const { start, oldEnd, newEnd } = changedSpan(this.shown, text);
			this.textarea.setRangeText(text.slice(start, newEnd), start, oldEnd, "preserve");
			this.shown = text;
			this.showSize(text.length);
		}
		this.showSelection(editor);
	}

	scrollToLine(line: number): void {
		const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
		this.textarea.scrollTop = Math.max(0, line * lineHeight - this.textarea.clientHeight / 3);
	}

	focus(): void {
		this.textarea.focus();
	}

	/** Hands the user's edit to the editor as the one range it changed. */
	private takeInput(): void {
		const editor = this.editor;
		if (!editor) return;
		const text = this.textarea.value;
		const { start, oldEnd, newEnd } = changedSpan(this.shown, text, this.caretBefore);
		this.caretBefore = Infinity;
		const from = editor.offsetToPos(start);
		const to = editor.offsetToPos(oldEnd);
		this.shown = text;
		this.applying = true;
		try {
			editor.replaceRange(text.slice(start, newEnd), from, to);
		} finally {
			this.applying = false;
		}
		this.syncSelection();
		this.showSize(text.length);
	}

	private showSelection(editor: Editor): void {
		const anchor = editor.posToOffset(editor.getCursor("anchor"));
		const head = editor.posToOffset(editor.getCursor("head"));
		const [start, end] = anchor <= head ? [anchor, head] : [head, anchor];
		if (this.textarea.selectionStart !== start || this.textarea.selectionEnd !== end) {
			this.textarea.setSelectionRange(start, end, anchor <= head ? "forward" : "backward");
		}
	}

	private showSize(chars: number): void {
		const el = this.sizeNoteEl;
		if (!el) return;
		const lags = chars > LAGS_ABOVE;
		el.toggleClass("demo-hidden", !lags);
		if (lags) {
			el.setText(
				`This note is ${formatSize(chars)}. The demo's plain text area lays out all of it again on every keystroke, so typing here lags; ` +
					"Obsidian's editor draws only the lines in view.",
			);
		}
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
