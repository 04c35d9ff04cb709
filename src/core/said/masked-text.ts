import type { Figure } from "./figure";

/** What a read span is blanked with: neither letter, digit nor space, so it ends a word or a number for the next reader. */
const BLANK = "\u0000";

/**
 * A line as the figure readers see it, one after the other: a span that one reader has read is blanked
 * out for the next, so that `2027` in a date is not read again as an amount, and `4` in `4 weeks` not as
 * a number. The figures come back in the order they were written.
 */
export class MaskedText {
	readonly original: string;
	text: string;
	private readonly found: { at: number; figure: Figure }[] = [];

	constructor(text: string) {
		this.original = text;
		this.text = text;
	}

	/** Blanks the span out, and keeps the figure read from it, if any, when it is a sound one. */
	claim(start: number, end: number, figure: Figure | null = null): void {
		this.text = this.text.slice(0, start) + BLANK.repeat(end - start) + this.text.slice(end);
		if (figure && Number.isFinite(figure.low) && Number.isFinite(figure.high) && figure.low <= figure.high) this.found.push({ at: start, figure });
	}

	/**
	 * Calls `visit` on each match of a global pattern in the text as it stands; a visit that reads nothing
	 * returns false, and the search goes on from the next character, since a match can hide one inside it.
	 */
	each(pattern: RegExp, visit: (match: RegExpExecArray) => boolean): void {
		pattern.lastIndex = 0;
		let match: RegExpExecArray | null;
		while ((match = pattern.exec(this.text)) !== null) {
			const read = visit(match);
			pattern.lastIndex = read && match[0].length > 0 ? match.index + match[0].length : match.index + 1;
		}
	}

	/** Whether the character at this index is a letter or a digit: what a word or a number must not touch. */
	wordAt(index: number): boolean {
		return isWordChar(this.text.charAt(index));
	}

	figures(): Figure[] {
		return [...this.found].sort((a, b) => a.at - b.at).map((f) => f.figure);
	}
}

export function isWordChar(char: string): boolean {
	return char !== "" && /[\p{L}\p{N}]/u.test(char);
}
