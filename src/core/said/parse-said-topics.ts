import type { SaidTopic } from "./said-topics";

/**
 * The topics as the settings text holds them, one a line: `pay: salary, compensation, comp`. Forgiving,
 * since people type it: a list marker in front is dropped, words split on commas or semicolons, blank
 * words, lines without a colon, and `#` or `//` comments are skipped, a topic without words is left out,
 * and a name given twice (any case) gathers the words of both lines. A word is kept once, in its first
 * spelling.
 */
export function parseSaidTopics(text: string): SaidTopic[] {
	const topics: { name: string; words: string[] }[] = [];
	for (const raw of text.split(/\r\n|\n|\r/)) {
		const line = raw.replace(/^\s*(?:[-*+•]\s+)?/u, "");
		if (line.startsWith("#") || line.startsWith("//")) continue;
		const colon = line.indexOf(":");
		if (colon < 0) continue;
		const name = tidy(line.slice(0, colon));
		const words = line.slice(colon + 1).split(/[,;]/).map(tidy).filter((word) => word !== "");
		if (name === "" || words.length === 0) continue;
		let topic = topics.find((t) => t.name.toLowerCase() === name.toLowerCase());
		if (!topic) {
			topic = { name, words: [] };
			topics.push(topic);
		}
		for (const word of words) if (!topic.words.some((w) => w.toLowerCase() === word.toLowerCase())) topic.words.push(word);
	}
	return topics.filter((topic) => topic.words.length > 0);
}

/**
 * Why the settings text cannot be used, in words, or null when it can: a line that is not blank or a
 * comment must read `topic: word, word`, and there must be a topic. The text is then kept as it was, not
 * read with that line left out, so a half-typed line never drops a topic without a word.
 */
export function saidTopicsProblem(text: string): string | null {
	const lines = text.split(/\r\n|\n|\r/);
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? "").replace(/^\s*(?:[-*+•]\s+)?/u, "");
		if (line.trim() === "" || line.startsWith("#") || line.startsWith("//")) continue;
		if (parseSaidTopics(line).length === 0) return `Line ${i + 1} needs a topic, a colon and its words, such as pay: salary, compensation.`;
	}
	return parseSaidTopics(text).length === 0 ? "Enter at least one topic, such as pay: salary, compensation." : null;
}

/** The settings text for the topics, which parseSaidTopics reads back to the same topics. */
export function formatSaidTopics(topics: readonly SaidTopic[]): string {
	return topics.map((topic) => `${topic.name}: ${topic.words.join(", ")}`).join("\n");
}

function tidy(text: string): string {
	return text.trim().replace(/\s+/gu, " ");
}
