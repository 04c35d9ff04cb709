/** What a said line is about: a topic is a name and the words that put a line under it. */

export interface SaidTopic {
	readonly name: string;
	/**
	 * Whole words or phrases, matched case-insensitively: `comp` matches `comp` and `comp.`, never `company`,
	 * and `start` never `started`. A word ending in `*` matches as a prefix (`start*`: `starting` too), for
	 * languages that inflect. Spaces in a phrase match any run of white space.
	 */
	readonly words: readonly string[];
}

/** The English topics a figure is compared under; a setting, so that other languages can bring their own words. */
export const DEFAULT_SAID_TOPICS: readonly SaidTopic[] = [
	{ name: "pay", words: ["salary", "compensation", "comp", "pay", "base", "rate", "OTE", "equity", "range"] },
	{ name: "notice", words: ["notice", "start date", "available", "start"] },
	{ name: "location", words: ["remote", "hybrid", "onsite", "on-site", "relocate", "location", "office"] },
	{ name: "leaving", words: ["leaving", "why I left", "reason"] },
];
