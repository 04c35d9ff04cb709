import type { SaidTopic } from "./said-topics";

/** One regular expression a topic, compiled once a topics list: the check runs on every keystroke. */
const compiled = new WeakMap<readonly SaidTopic[], { name: string; pattern: RegExp | null }[]>();

/**
 * The names of the topics whose words the text contains, in the topics' order. A word matches whole: the
 * characters around it are not letters or digits (see SaidTopic). The list is compiled on first use and
 * kept for as long as the list itself, so the caller passes the same array each time and does not change it.
 */
export function topicsIn(text: string, topics: readonly SaidTopic[]): string[] {
	let patterns = compiled.get(topics);
	if (!patterns) {
		patterns = topics.map((topic) => ({ name: topic.name, pattern: topicPattern(topic.words) }));
		compiled.set(topics, patterns);
	}
	const names: string[] = [];
	for (const { name, pattern } of patterns) if (pattern?.test(text) && !names.includes(name)) names.push(name);
	return names;
}

/**
 * The words as one expression. The character before a word is consumed rather than looked behind at:
 * Obsidian's mobile app runs in web views (iOS before 16.4) that cannot parse a lookbehind at all.
 */
function topicPattern(words: readonly string[]): RegExp | null {
	const forms = words.map(wordForm).filter((form) => form !== "");
	if (forms.length === 0) return null;
	return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${forms.join("|")})(?![\\p{L}\\p{N}])`, "iu");
}

function wordForm(word: string): string {
	const trimmed = word.trim();
	const prefix = trimmed.endsWith("*");
	const body = (prefix ? trimmed.slice(0, -1) : trimmed).trim();
	if (body === "") return "";
	const escaped = body
		.split(/\s+/u)
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
		.join("\\s+");
	return prefix ? `${escaped}[\\p{L}\\p{N}]*` : escaped;
}
