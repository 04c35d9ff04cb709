import type { Figure } from "./figure";
import { MaskedText } from "./masked-text";
import { readNamedDates, readNumericDates } from "./read-dates";
import { readDurations } from "./read-durations";
import { readMoney } from "./read-money";

/** Links and addresses: a note named `2026-01-05 Acme` or a URL holds no figure the candidate said. */
const LINKS = /\[\[[^\]]*\]\]|https?:\/\/\S+/giu;
/** Times of day (`10:30`, `10h30`) and percentages (`10 %`) are no figure to compare. */
const TIMES_AND_PERCENTS = /\d{1,2}[:h]\d{2}(?!\d)|\d+(?:[.,]\d+)?\s?%/giu;
/** A phone number: `+44 20 7946 0958`, or groups of digits split by one kind of separator, `555 123 4567`. */
const INTERNATIONAL_PHONE = /\+\d[\d ()./-]{5,}\d/gu;
const PHONE = /\d{2,4}(?:[ ./-]\d{2,4}){2,}/gu;

/**
 * The figures in one line, in the order written: dates first (so that their digits are not read again),
 * then periods, then money; times, percentages, phone numbers and links are read as nothing. Dates
 * without a year are placed by `reference`, a time in milliseconds whose UTC day counts (see readNamedDates).
 */
export function readFigures(line: string, reference: number): Figure[] {
	const text = new MaskedText(line);
	text.each(LINKS, (match) => claim(text, match));
	readNumericDates(text);
	text.each(TIMES_AND_PERCENTS, (match) => !text.wordAt(match.index - 1) && claim(text, match));
	text.each(INTERNATIONAL_PHONE, (match) => claim(text, match));
	text.each(PHONE, (match) => !text.wordAt(match.index - 1) && !text.wordAt(match.index + match[0].length) && isPhone(match[0]) && claim(text, match));
	readDurations(text);
	readNamedDates(text, reference);
	readMoney(text);
	return text.figures();
}

function claim(text: MaskedText, match: RegExpExecArray): true {
	text.claim(match.index, match.index + match[0].length);
	return true;
}

/** Seven digits or more split by one kind of separator, and not as thousands are (`120 000 000`). */
function isPhone(written: string): boolean {
	const groups = written.split(/\D/);
	const separators = new Set(written.replace(/\d/g, ""));
	const thousands = (groups[0]?.length ?? 0) <= 3 && groups.slice(1).every((group) => group.length === 3);
	return separators.size === 1 && groups.join("").length >= 7 && !thousands;
}
