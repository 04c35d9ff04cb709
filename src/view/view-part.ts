/**
 * One region of the sidebar that redraws only when its slice of the model
 * changes, so typing elsewhere in the note leaves its DOM, focus and scroll alone.
 */
export abstract class ViewPart<T> {
	private signature: string | null = null;

	constructor(readonly el: HTMLElement) {}

	update(data: T): void {
		const signature = JSON.stringify(data);
		if (signature === this.signature) return;
		this.signature = signature;
		this.render(data);
	}

	/** Forces the next update to redraw, for state the slice does not carry. */
	invalidate(): void {
		this.signature = null;
	}

	protected abstract render(data: T): void;
}
