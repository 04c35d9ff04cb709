/**
 * Edits of one list line's checkbox. Each works on the line's text alone, so
 * the caller can check that the line is still what the model saw.
 */

/** A list marker and the spaces or tabs after it, or a quote marker, where the last one ended. */
const LIST_MARKER = /[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/y;
const QUOTE_MARKER = /[ \t]*>/y;
/** Obsidian's checkbox: `[c]`, then a space, a tab or the end of the line. */
export const CHECKBOX = /^\[([^\r\n])\](?=[ \t\r\n]|$)/;

/** An item's text without its leading checkbox and the spaces after it. */
export function withoutCheckbox(text: string): string {
	const box = CHECKBOX.exec(text);
	return box ? text.slice(box[0].length).replace(/^[ \t]+/, "") : text;
}

/** The character a check writes: the first of the done characters. */
export function primaryDoneChar(doneChars: string): string {
	return doneChars.charAt(0) || "x";
}

export interface ListLine {
	/** Everything up to the item's text: quote markers, indentation and list marker. */
	prefix: string;
	/** The checkbox character, when the item has one. */
	box?: string;
	/** The text after the marker and the checkbox. */
	rest: string;
}

/**
 * The line of a list item: its prefix runs to the end of the last list marker of the line, so an item
 * nested on the line of its parents (`- - [ ] x`, `> 1. - [ ] x`, a list thousands deep) is the inner
 * one, as the model reads it. A quote marker after the last list marker stays in the item's text.
 */
export function readListLine(line: string): ListLine | null {
	let end = -1;
	// One container marker per step, so a line of thousands costs no backtracking.
	for (let at = 0; ; ) {
		LIST_MARKER.lastIndex = at;
		QUOTE_MARKER.lastIndex = at;
		if (LIST_MARKER.test(line)) end = at = LIST_MARKER.lastIndex;
		else if (QUOTE_MARKER.test(line)) at = QUOTE_MARKER.lastIndex;
		else break;
	}
	if (end < 0) return null;
	const prefix = line.slice(0, end);
	const content = line.slice(end);
	const box = CHECKBOX.exec(content);
	if (!box) return { prefix, rest: content };
	return { prefix, box: box[1] ?? " ", rest: content.slice(3) };
}

/** Sets a task line's box to `char`; null when the line is not a task. */
export function setTaskBox(line: string, char: string): string | null {
	const item = readListLine(line);
	if (!item || item.box === undefined) return null;
	return `${item.prefix}[${char}]${item.rest}`;
}

/**
 * The character a box gets when it is checked or opened. The line alone cannot say what its box held
 * before the last toggle, so the rule is: a check writes `doneChar` and an opening writes a space,
 * unless the caller passes `previous`, the character the box held before the caller's own last edit of
 * this very line. That one is written back when it is of the kind asked for (done for a check, not done
 * for an opening), so that a toggle and its reverse give back the line byte for byte: `[X]` opened and
 * checked again is `[X]`, not `[x]`, and `[/]` checked and opened again is `[/]`, not `[ ]`.
 */
export function boxFor(checked: boolean, doneChar: string, isDone: (char: string) => boolean, previous?: string): string {
	const fits = previous !== undefined && previous.length === 1 && !/[\r\n]/.test(previous) && isDone(previous) === checked;
	return fits ? previous : checked ? doneChar : " ";
}

/**
 * Checks an open task and opens a done or cancelled one (as `isDone` says). `previous` is the box the
 * caller's last toggle of this line replaced, when it remembers it: see `boxFor`.
 */
export function toggleTaskLine(line: string, doneChar = "x", isDone: (char: string) => boolean = (c) => c !== " ", previous?: string): string | null {
	const item = readListLine(line);
	if (!item || item.box === undefined) return null;
	return setTaskBox(line, boxFor(!isDone(item.box), doneChar, isDone, previous));
}

/**
 * Marks a list item asked or told. A task is checked or opened; a plain bullet
 * becomes a checked task, and back to the plain bullet, byte for byte, when
 * `wasPlain` says that is how it started. `previous` is the box the caller's
 * last edit of this line replaced, when it remembers it, and `isDone` which
 * characters count as checked: see `boxFor`.
 */
export function setItemChecked(
	line: string,
	checked: boolean,
	doneChar: string,
	wasPlain: boolean,
	previous?: string,
	isDone: (char: string) => boolean = (c) => c !== " ",
): string | null {
	const item = readListLine(line);
	if (!item) return null;
	const box = boxFor(checked, doneChar, isDone, previous);
	if (item.box === undefined) return checked ? `${item.prefix}[${box}] ${item.rest}` : line;
	if (!checked && wasPlain && item.rest.startsWith(" ")) return `${item.prefix}${item.rest.slice(1)}`;
	return setTaskBox(line, box);
}
