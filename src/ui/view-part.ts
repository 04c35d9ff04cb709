import { keepFocus } from "./keep-focus";

/**
 * One region of the sidebar that redraws only when its slice of the model
 * changes, so typing elsewhere in the note leaves its DOM, focus and scroll alone.
 * When it does redraw, keyboard focus returns to the same control.
 */
export abstract class ViewPart<T> {
	private signature: string | null = null;
	private last: { data: T } | null = null;

	constructor(readonly el: HTMLElement) {}

	update(data: T): void {
		this.last = { data };
		const signature = this.signatureOf(data);
		if (signature !== null && signature === this.signature) return;
		this.signature = signature;
		this.redraw(data);
	}

	/** What the part draws from, to tell a change; null for a part whose rows tell their own (ui/keyed-list.ts). */
	protected signatureOf(data: T): string | null {
		return JSON.stringify(data);
	}

	/** Forces the next update to redraw, for state the slice does not carry. */
	invalidate(): void {
		this.signature = null;
	}

	/** Redraws with the last data, after a change of the part's own state: an expanded row, a filter. */
	protected rerender(): void {
		if (this.last) this.redraw(this.last.data);
	}

	protected abstract render(data: T): void;

	private redraw(data: T): void {
		keepFocus(this.el, () => this.render(data));
	}
}
