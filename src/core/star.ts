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
 * A marker lights when a detail starts with its word, or with the word's first
 * letter and a colon (`Situation`, `S:`), ignoring case.
 */
export function storyReadiness(details: readonly string[], words: readonly string[] = DEFAULT_STAR_WORDS): StoryReadiness {
	const starts = (detail: string, word: string) => {
		const text = detail.trim().toLowerCase();
		const w = word.trim().toLowerCase();
		if (w === "") return false;
		return (text.startsWith(w) && !/[\p{L}\p{N}]/u.test(text.charAt(w.length))) || text.startsWith(`${w.charAt(0)}:`);
	};
	const markers = words.map((word) => details.some((d) => starts(d, word)));
	const resultWord = words[3] ?? "Result";
	const results = details.filter((d) => starts(d, resultWord));
	return {
		markers,
		ready: markers.length > 0 && markers.every(Boolean),
		resultWithoutNumber: results.length > 0 && results.every((r) => !/[\d%]/.test(r)),
	};
}

/** How many stories have all four markers lit. */
export function storiesReady(stories: readonly { details: readonly string[] }[], words: readonly string[]): number {
	return stories.filter((story) => storyReadiness(story.details, words).ready).length;
}

/** Reads the STAR words setting, `Situation, Task, Action, Result`; falls back to the English words. */
export function readStarWords(text: string): string[] {
	const words = text.split(",").map((w) => w.trim()).filter((w) => w !== "");
	return words.length === 4 ? words : [...DEFAULT_STAR_WORDS];
}
