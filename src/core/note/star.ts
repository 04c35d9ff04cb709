/** STAR readiness of a story card: which of Situation, Task, Action and Result its details cover. */

export const DEFAULT_STAR_WORDS = ["Situation", "Task", "Action", "Result"] as const;

export interface StoryReadiness {
	/** One flag per STAR word, in order. */
	markers: boolean[];
	ready: boolean;
	/** A Result line with no digit and no `%`: results land better with a figure. */
	resultWithoutNumber: boolean;
}

/**
 * A marker lights when a detail starts with its word (or the word with an `s`: `Results`), or with the
 * word's first letter and a colon (`S:`), and text follows: a blank template's `Situation:` lights nothing.
 * The letter form counts only where no other word shares the letter (`Aufgabe` and `Aktion` both start with A).
 */
export function storyReadiness(details: readonly string[], words: readonly string[] = DEFAULT_STAR_WORDS): StoryReadiness {
	const { labels, result } = labelsOf(words);
	// Each detail trimmed and lowercased once, not once for each of the four words.
	const texts = details.map((d) => d.trim().toLowerCase());
	const markers = labels.map((label) => texts.some(label));
	const results = details.filter((_, i) => result(texts[i] as string));
	return {
		markers,
		ready: markers.length > 0 && markers.every(Boolean),
		resultWithoutNumber: results.length > 0 && results.every((r) => !/[\d%]/.test(r)),
	};
}

/** The labels of the last words asked for: a sidebar's stories, hundreds of them, share one set of words. */
let lastLabels: { key: string; labels: ((text: string) => boolean)[]; result: (text: string) => boolean } | null = null;

function labelsOf(words: readonly string[]): { labels: ((text: string) => boolean)[]; result: (text: string) => boolean } {
	const key = words.join("\u0000");
	if (lastLabels?.key !== key) {
		const labels = words.map((word) => starLabel(word, words));
		lastLabels = { key, labels, result: labels[3] ?? starLabel("Result", words) };
	}
	return lastLabels;
}

/** Whether a detail, trimmed and lowercased, starts with this STAR word's label and says something after it. */
function starLabel(word: string, words: readonly string[]): (text: string) => boolean {
	const w = word.trim().toLowerCase();
	if (w === "") return () => false;
	const letter = w.charAt(0);
	const letterIsOwn = words.filter((other) => other.trim().toLowerCase().charAt(0) === letter).length === 1;
	const saysSomething = (rest: string) => /[\p{L}\p{N}]/u.test(rest);
	const forms = [`${w}s`, w];
	return (text) => {
		// Every form starts with the letter: most details are judged by their first character alone.
		if (text.charAt(0) !== letter) return false;
		for (const form of forms) {
			if (text.startsWith(form) && !/[\p{L}\p{N}]/u.test(text.charAt(form.length))) return saysSomething(text.slice(form.length));
		}
		return letterIsOwn && text.startsWith(`${letter}:`) && saysSomething(text.slice(2));
	};
}

/** Whether each set of details is ready, for the words last counted with: an edit leaves the other stories as they were. */
let judged = { key: "", ready: new Map<string, boolean>() };
/** Sets of details kept judged, across the sidebar's note and the calls' rounds, before the memory starts again. */
const JUDGED_KEPT = 20_000;

/** How many stories have all four markers lit. The sidebar and the reminders count on every edit, so only a changed story is judged again. */
export function storiesReady(stories: readonly { details: readonly string[] }[], words: readonly string[]): number {
	const key = words.join("\u0000");
	if (judged.key !== key || judged.ready.size > JUDGED_KEPT) judged = { key, ready: new Map() };
	let count = 0;
	for (const { details } of stories) {
		// No detail holds a NUL, which CommonMark reads as U+FFFD.
		const id = details.join("\u0000");
		let lit = judged.ready.get(id);
		if (lit === undefined) judged.ready.set(id, (lit = storyReadiness(details, words).ready));
		if (lit) count++;
	}
	return count;
}

/** The words of the STAR words as text, `Situation, Task, Action, Result`: separated by commas, blanks dropped. */
export function splitStarWords(text: string): string[] {
	return text.split(",").map((w) => w.trim()).filter((w) => w !== "");
}

/** Reads the STAR words as text; falls back to the English words unless there are four. */
export function readStarWords(text: string): string[] {
	const words = splitStarWords(text);
	return words.length === 4 ? words : [...DEFAULT_STAR_WORDS];
}

/**
 * Whether a story is still the template's prompt: it has detail lines and every one is a label with nothing
 * written after it (`Situation:`). Such a story counts nowhere: not in stories ready, not in the story bank,
 * not as told. A story with only its title is the user's own, and counts.
 */
export function isPlaceholderStory(story: { details: readonly string[] }): boolean {
	return story.details.length > 0 && story.details.every((detail) => /^[^:]{1,40}:[ \t]*$/.test(detail.trim()));
}

/** The stories the user has written something for: every story but the template's prompts. */
export function writtenStories<T extends { details: readonly string[] }>(stories: readonly T[]): T[] {
	return stories.filter((story) => !isPlaceholderStory(story));
}
