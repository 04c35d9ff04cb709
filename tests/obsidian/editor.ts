import type * as Real from "obsidian/obsidian";
import type { Doubled } from "./doubled";

type Pos = Real.EditorPosition;

export interface EditorSurface {
	/** The text or the selection changed. */
	render(editor: Editor): void;
	scrollToLine(line: number): void;
	focus(): void;
}

interface Snapshot {
	text: string;
	anchor: Pos;
	head: Pos;
}

/**
 * An editor over a string, with one undo step per edit call, as CodeMirror
 * gives one per transaction. It holds LF text, as the app's editor does.
 */
export class Editor
	implements
		Doubled<
			Real.Editor,
			| "getValue" | "setValue" | "getLine" | "lineCount" | "lastLine" | "getRange" | "getSelection"
			| "getCursor" | "setCursor" | "setSelection" | "replaceRange" | "replaceSelection" | "transaction"
			| "undo" | "redo" | "scrollIntoView" | "scrollTo" | "getScrollInfo" | "posToOffset" | "offsetToPos"
			| "focus" | "blur" | "hasFocus" | "somethingSelected"
		>
{
	private text = "";
	private anchor: Pos = { line: 0, ch: 0 };
	private head: Pos = { line: 0, ch: 0 };
	private undoStack: Snapshot[] = [];
	private redoStack: Snapshot[] = [];
	private focused = false;
	private scroll = { top: 0, left: 0 };
	/** Test aid: the last range asked to scroll into view. */
	lastScrolledTo: Real.EditorRange | null = null;
	/** Called after every change of the text, as CodeMirror's update listener is. */
	onChange: (() => void) | null = null;
	/** A surface that shows the editor, such as the demo's text area: told of every change. */
	surface: EditorSurface | null = null;

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.apply(() => {
			this.text = content.replace(/\r\n?/g, "\n");
		});
	}

	/** Replaces the text without an undo step, as opening a file does. */
	load(content: string): void {
		this.text = content.replace(/\r\n?/g, "\n");
		this.undoStack = [];
		this.redoStack = [];
		this.anchor = this.head = { line: 0, ch: 0 };
		this.surface?.render(this);
	}

	getLine(line: number): string {
		return this.text.split("\n")[line] ?? "";
	}

	lineCount(): number {
		return this.text.split("\n").length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getRange(from: Pos, to: Pos): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}

	getSelection(): string {
		const [from, to] = this.ordered();
		return this.getRange(from, to);
	}

	somethingSelected(): boolean {
		return this.posToOffset(this.anchor) !== this.posToOffset(this.head);
	}

	getCursor(which: "from" | "to" | "head" | "anchor" = "head"): Pos {
		const [from, to] = this.ordered();
		const pos = which === "from" ? from : which === "to" ? to : which === "anchor" ? this.anchor : this.head;
		return { ...pos };
	}

	setCursor(pos: Pos | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.anchor = this.head = this.clip(p);
		this.surface?.render(this);
	}

	setSelection(anchor: Pos, head?: Pos): void {
		this.anchor = this.clip(anchor);
		this.head = this.clip(head ?? anchor);
		this.surface?.render(this);
	}

	/** Takes the selection the surface shows, without telling it back. */
	syncSelection(anchor: number, head: number): void {
		this.anchor = this.offsetToPos(anchor);
		this.head = this.offsetToPos(head);
	}

	replaceRange(replacement: string, from: Pos, to?: Pos): void {
		this.apply(() => this.splice(replacement, from, to ?? from));
	}

	replaceSelection(replacement: string): void {
		const [from, to] = this.ordered();
		this.apply(() => {
			this.splice(replacement, from, to);
			this.anchor = this.head = this.offsetToPos(this.posToOffset(from) + replacement.length);
		});
	}

	/** All changes are against the text before the transaction, applied as one undo step. */
	transaction(tx: Real.EditorTransaction): void {
		this.apply(() => {
			const changes = [...(tx.changes ?? [])]
				.map((c) => ({ ...c, start: this.posToOffset(c.from), end: this.posToOffset(c.to ?? c.from) }))
				.sort((a, b) => b.start - a.start);
			// Map the selection through the changes as CodeMirror does: text inserted at the cursor stays after it.
			const map = (offset: number) =>
				changes.reduce((pos, c) => (c.end < pos || (c.start < pos && c.end <= pos) ? pos + c.text.length - (c.end - c.start) : pos), offset);
			const anchor = map(this.posToOffset(this.anchor));
			const head = map(this.posToOffset(this.head));
			for (const change of changes) {
				this.text = this.text.slice(0, change.start) + change.text + this.text.slice(change.end);
			}
			this.anchor = this.offsetToPos(anchor);
			this.head = this.offsetToPos(head);
			if (tx.selection) this.setSelection(tx.selection.from, tx.selection.to ?? tx.selection.from);
			if (tx.replaceSelection !== undefined) {
				const [from, to] = this.ordered();
				this.splice(tx.replaceSelection, from, to);
			}
		});
	}

	undo(): void {
		const previous = this.undoStack.pop();
		if (!previous) return;
		this.redoStack.push(this.snapshot());
		this.restore(previous);
	}

	redo(): void {
		const next = this.redoStack.pop();
		if (!next) return;
		this.undoStack.push(this.snapshot());
		this.restore(next);
	}

	/** Test aid: how many undo steps there are. */
	get undoDepth(): number {
		return this.undoStack.length;
	}

	scrollIntoView(range: Real.EditorRange, _center?: boolean): void {
		this.lastScrolledTo = range;
		this.surface?.scrollToLine(range.from.line);
	}

	scrollTo(x?: number | null, y?: number | null): void {
		this.scroll = { left: x ?? this.scroll.left, top: y ?? this.scroll.top };
	}

	getScrollInfo(): { top: number; left: number } {
		return { ...this.scroll };
	}

	posToOffset(pos: Pos): number {
		const lines = this.text.split("\n");
		let offset = 0;
		for (let i = 0; i < pos.line && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
		return Math.min(offset + pos.ch, this.text.length);
	}

	offsetToPos(offset: number): Pos {
		const before = this.text.slice(0, Math.max(0, offset)).split("\n");
		return { line: before.length - 1, ch: before[before.length - 1]?.length ?? 0 };
	}

	focus(): void {
		this.focused = true;
		this.surface?.focus();
	}

	blur(): void {
		this.focused = false;
	}

	hasFocus(): boolean {
		return this.focused;
	}

	private apply(edit: () => void): void {
		const before = this.snapshot();
		edit();
		if (this.text === before.text) return;
		this.undoStack.push(before);
		this.redoStack = [];
		this.anchor = this.clip(this.anchor);
		this.head = this.clip(this.head);
		this.surface?.render(this);
		this.onChange?.();
	}

	private splice(replacement: string, from: Pos, to: Pos): void {
		const start = this.posToOffset(from);
		const end = this.posToOffset(to);
		const cursor = this.posToOffset(this.head);
		this.text = this.text.slice(0, start) + replacement + this.text.slice(end);
		// A cursor after the edit moves with the text, as CodeMirror maps it.
		if (cursor >= end) this.anchor = this.head = this.offsetToPos(cursor + replacement.length - (end - start));
	}

	private snapshot(): Snapshot {
		return { text: this.text, anchor: { ...this.anchor }, head: { ...this.head } };
	}

	private restore(s: Snapshot): void {
		this.text = s.text;
		this.anchor = s.anchor;
		this.head = s.head;
		this.surface?.render(this);
		this.onChange?.();
	}

	private ordered(): [Pos, Pos] {
		return this.posToOffset(this.anchor) <= this.posToOffset(this.head) ? [this.anchor, this.head] : [this.head, this.anchor];
	}

	private clip(pos: Pos): Pos {
		const lines = this.text.split("\n");
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		return { line, ch: Math.max(0, Math.min(pos.ch, lines[line]?.length ?? 0)) };
	}
}
