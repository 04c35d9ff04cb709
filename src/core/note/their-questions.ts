import { STAMP } from "./stamp";
import type { Rating, TheirQuestion } from "./prep-note";

/** The marker each rating is written with, at the end of the question's line. */
export const RATING_MARKERS: Readonly<Record<Rating, string>> = Object.freeze({ strong: "🟢", ok: "🟡", weak: "🔴" });

const RATING_OF: Readonly<Record<string, Rating>> = { "🟢": "strong", "🟡": "ok", "🔴": "weak" };

/** The last marker of a text and the blanks before it; an emoji may carry a variation selector. */
const LAST_MARKER = /([ \t]*)(🟢|🟡|🔴)(\uFE0F?)([ \t]*)$/u;
/** Every marker at a text's end, as a run: what the question's text leaves out. */
const TRAILING_MARKERS = /(?:\s*(?:🟢|🟡|🔴)\uFE0F?)+\s*$/u;
const ANSWERED_WITH = /^answered with[ \t]*:[ \t]*/i;

/** A top-level list item's marker and the blanks after it: what a rating edit never touches. */
const ITEM_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

/** The rating a question's line ends with: its last marker. */
export function ratingOf(line: string): Rating | null {
	const head = ITEM_MARKER.exec(line)?.[0].length ?? 0;
	const marker = LAST_MARKER.exec(line.slice(head))?.[2];
	return marker === undefined ? null : (RATING_OF[marker] ?? null);
}

/**
 * The question's line with `rating`'s marker at its end: the last marker replaced where it has one, else
 * added after a space; null clears the markers at its end with the blanks before them. Nothing else of
 * the line changes, its list marker and trailing blanks included, so rating a line and clearing it gives
 * it back byte for byte. Null when the line is not a list item.
 */
export function withRating(line: string, rating: Rating | null): string | null {
	const marker = ITEM_MARKER.exec(line);
	if (!marker) return null;
	const head = line.slice(0, marker[0].length);
	const rest = line.slice(head.length);
	const trailing = /[ \t]*$/.exec(rest)?.[0] ?? "";
	const body = rest.slice(0, rest.length - trailing.length);
	const last = LAST_MARKER.exec(body);
	if (rating === null) return last ? head + body.replace(TRAILING_MARKERS, "") + trailing : line;
	const written = RATING_MARKERS[rating];
	if (last) {
		const [whole, before = "", , selector = ""] = last;
		return head + body.slice(0, body.length - whole.length) + before + written + selector + trailing;
	}
	return head + body + (body === "" ? "" : " ") + written + trailing;
}

/** A question's text without its stamp and its rating markers, as the model and its identity read it. */
export function questionText(text: string): string {
	return text.replace(STAMP, "").replace(TRAILING_MARKERS, "").trim();
}

/** The story an `Answered with:` detail names, or undefined when the detail is no such line; "" for one with nothing written. */
export function answeredWithOf(detail: string): string | undefined {
	const match = ANSWERED_WITH.exec(detail);
	return match ? detail.slice(match[0].length).trim() : undefined;
}

/** Whether a nested line's text is an `Answered with:` bullet. */
export function isAnsweredWith(text: string): boolean {
	return ANSWERED_WITH.test(text);
}

/** A top-level bullet under Their questions as a question; null for a placeholder, a bullet with nothing written. */
export function theirQuestionOf(item: { line: number; endLine: number; text: string; details: readonly string[]; raw: string }): TheirQuestion | null {
	const text = questionText(item.text);
	if (text === "") return null;
	let answeredWith: string | null = null;
	const notes: string[] = [];
	for (const detail of item.details) {
		const story = answeredWithOf(detail);
		if (story === undefined) {
			if (detail.trim() !== "") notes.push(detail);
		} else if (story !== "") answeredWith ??= story;
	}
	const stamp = STAMP.exec(item.text)?.[0] ?? null;
	return { text, line: item.line, endLine: item.endLine, stamp, rating: ratingOf(item.raw), answeredWith, notes, raw: item.raw };
}
