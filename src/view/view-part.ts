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
		const signature = JSON.stringify(data);
		if (signature === this.signature) return;
		this.signature = signature;
		this.redraw(data);
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
		const focused = this.focusedControl();
		this.render(data);
		if (focused) this.refocus(focused);
	}

	/** The focused control inside this part, by what identifies it across redraws. */
	private focusedControl(): { tag: string; attr: string; value: string } | null {
		const active = this.el.doc.activeElement;
		if (!active?.instanceOf(HTMLElement) || !this.el.contains(active)) return null;
		for (const attr of ["data-key", "data-line"]) {
			const value = active.getAttribute(attr);
			if (value !== null) return { tag: active.tagName, attr, value };
		}
		return null;
	}

	private refocus({ tag, attr, value }: { tag: string; attr: string; value: string }): void {
		for (const el of Array.from(this.el.querySelectorAll<HTMLElement>(`[${attr}]`))) {
			if (el.tagName === tag && el.getAttribute(attr) === value) return el.focus({ preventScroll: true });
		}
	}
}
