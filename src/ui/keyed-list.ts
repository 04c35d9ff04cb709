import { yieldToUI } from "../platform/yield-to-ui";

/** The most script one slice of a list's drawing runs before it gives the UI thread a turn: half a frame. */
export const SLICE_MS = 8;

/** Rows the first slice draws whatever the time: a screenful of bank rows, so what is in view comes in one piece. */
export const FIRST_ROWS = 12;

/** One row of a keyed list. */
export interface ListEntry {
	/** Who the row is across redraws, unique in the list: a story's group and title, a question's identity. */
	key: string;
	/** What the row is drawn from; a row whose signature did not change keeps its element. */
	signature: string;
	/** Draws the row as the last child of `parent`, and returns it. */
	draw(parent: HTMLElement): HTMLElement;
}

/**
 * The one way the plugin's lists draw, in the sidebar and in every view. A redraw keeps the element of each
 * row that did not change, so an edit to one story redraws that card, not the list. Rows are drawn in order,
 * top first, so what is in view comes first; once a slice has run `SLICE_MS` (the first, once it also drew
 * a screenful), the rest waits for the next turn of the UI thread, so a first draw of hundreds of rows never
 * holds input back. A newer render, or `clear()`, stops the slices of the one before.
 */
export class KeyedList {
	private rows = new Map<string, { el: HTMLElement; signature: string }>();
	/** The rows of the last render that its slices have not reached yet: still shown, and still the list's. */
	private unreached = new Map<string, { el: HTMLElement; signature: string }>();
	private run = 0;

	constructor(
		readonly el: HTMLElement,
		/** Rows the first slice draws whatever the time: a screenful, fewer for tall rows such as story cards. */
		private readonly firstRows = FIRST_ROWS,
		private readonly now: () => number = () => performance.now(),
	) {}

	/** Shows `entries` in this order. `done` runs once every row is drawn, in the last slice. */
	render(entries: readonly ListEntry[], done?: () => void): void {
		const run = ++this.run;
		// A render cut short by this one leaves rows it had not reached: they are this one's to keep or drop.
		const old = new Map([...this.unreached, ...this.rows]);
		const next = new Map<string, { el: HTMLElement; signature: string }>();
		this.rows = next;
		this.unreached = old;
		// Rows that left go at once, so a filter never shows them while the rest is drawn.
		const keys = new Set(entries.map((entry) => entry.key));
		for (const [key, row] of old) {
			if (!keys.has(key)) {
				row.el.remove();
				old.delete(key);
			}
		}
		let index = 0;
		let cursor: ChildNode | null = this.el.firstChild;
		let first = true;
		const slice = (): void => {
			if (run !== this.run) return;
			const start = this.now();
			while (index < entries.length) {
				const entry = entries[index++] as ListEntry;
				const before = old.get(entry.key);
				old.delete(entry.key);
				let el = before?.el;
				if (!before || before.signature !== entry.signature) {
					if (before?.el === cursor) cursor = cursor.nextSibling;
					before?.el.remove();
					el = entry.draw(this.el);
				}
				next.set(entry.key, { el: el as HTMLElement, signature: entry.signature });
				if (el === cursor) cursor = cursor.nextSibling;
				else this.el.insertBefore(el as HTMLElement, cursor);
				if (index < entries.length && (!first || index >= this.firstRows) && this.now() - start >= SLICE_MS) {
					first = false;
					void yieldToUI().then(slice);
					return;
				}
			}
			for (const row of old.values()) row.el.remove();
			done?.();
		};
		slice();
	}

	/** Empties the list and forgets its rows, for a view that shows something else now. */
	clear(): void {
		this.run++;
		this.rows.clear();
		this.unreached.clear();
		this.el.empty();
	}
}

