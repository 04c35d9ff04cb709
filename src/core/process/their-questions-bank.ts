import type { Rating, TheirQuestion } from "../note/prep-note";
import { sortRounds } from "./interview-process";
import type { Round } from "./round";
import { identityKey } from "./text-identity";

/** One round that asked a question, and how it went there. */
export interface Asking {
	path: string;
	/** The question's line in that note. */
	line: number;
	company: string;
	round: string;
	with: string | null;
	meeting: string | null;
	/** The question as that round writes it, without stamp and marker. */
	text: string;
	rating: Rating | null;
	/** The story it was answered with: the bank's title where a story matches, else null. */
	story: string | null;
}

/** A question the interviewers asked, once however many rounds asked it. */
export interface BankQuestion {
	/** The question's identity: stamp and marker left out, whitespace collapsed, case ignored. */
	key: string;
	/** As first written. */
	text: string;
	/** The latest rating given; null when no round rated it. */
	rating: Rating | null;
	/** Every rating given, in round order: the last is `rating`. */
	ratings: Rating[];
	/** How many rounds asked it. */
	times: number;
	/** Each round that asked it, in round order. */
	asked: Asking[];
	/** The stories it was answered with, each once, in round order. */
	stories: string[];
}

/** Identity keys by the model object they were read from: a round the index keeps is not keyed again when another note changes. */
const keys = new WeakMap<object, string>();
function keyOf(item: object, text: string): string {
	let key = keys.get(item);
	if (key === undefined) keys.set(item, (key = identityKey(text)));
	return key;
}

/** The identity of a question they asked: its text, stamp and marker already left out, as questions and stories are matched. */
export function theirQuestionKey(question: Pick<TheirQuestion, "text">): string {
	return keyOf(question, question.text);
}

/**
 * Every question asked in any round, once per identity, sorted by the latest round that asked it, newest
 * first, and in note order within a round; a round that asks a question twice counts once, at the first.
 * `Answered with:` finds its story among the rounds' stories, by title as the story bank matches them, the
 * latest round's title winning; without `matchStories` every story is null, for counts that need none.
 */
export function theirQuestionsBank(rounds: Iterable<Round>, matchStories = true): BankQuestion[] {
	const sorted = sortRounds([...rounds]);
	const titles = matchStories ? storyTitles(sorted) : new Map<string, string>();
	const byKey = new Map<string, { question: BankQuestion; latest: number; line: number }>();
	sorted.forEach((round, order) => {
		const seen = new Set<string>();
		for (const q of round.theirQuestions) {
			const key = theirQuestionKey(q);
			if (key === "" || seen.has(key)) continue;
			seen.add(key);
			const story = q.answeredWith === null ? null : (titles.get(identityKey(q.answeredWith)) ?? null);
			const asking: Asking = { path: round.path, line: q.line, company: round.company, round: round.round, with: round.with, meeting: round.meeting, text: q.text, rating: q.rating, story };
			const known = byKey.get(key);
			const entry = known ?? { question: { key, text: q.text, rating: null, ratings: [], times: 0, asked: [], stories: [] }, latest: order, line: q.line };
			const { question } = entry;
			question.asked.push(asking);
			question.times++;
			if (q.rating !== null) {
				question.ratings.push(q.rating);
				question.rating = q.rating;
			}
			if (story !== null && !question.stories.includes(story)) question.stories.push(story);
			entry.latest = order;
			entry.line = q.line;
			if (!known) byKey.set(key, entry);
		}
	});
	return [...byKey.values()].sort((a, b) => b.latest - a.latest || a.line - b.line).map((entry) => entry.question);
}

/** The title of each story an `Answered with:` names, by identity, as the latest round that has the story writes it. */
function storyTitles(sorted: readonly Round[]): Map<string, string> {
	const wanted = new Set<string>();
	for (const round of sorted) for (const q of round.theirQuestions) if (q.answeredWith !== null) wanted.add(identityKey(q.answeredWith));
	const titles = new Map<string, string>();
	if (wanted.size === 0) return titles;
	for (const round of sorted) {
		for (const story of round.stories) {
			const key = keyOf(story, story.title);
			if (wanted.has(key)) titles.set(key, story.title);
		}
	}
	return titles;
}

export interface TheirQuestionsFilter {
	/** Only questions whose latest rating is weak, or that no round rated. */
	weakOrUnrated?: boolean;
	/** Only questions more than one round asked. */
	askedMoreThanOnce?: boolean;
}

/** The questions that pass the toggles; the text filter is the view's, which searches as the app does. */
export function filterTheirQuestions(bank: readonly BankQuestion[], filter: TheirQuestionsFilter): BankQuestion[] {
	return bank.filter((q) => (!filter.weakOrUnrated || q.rating === null || q.rating === "weak") && (!filter.askedMoreThanOnce || q.times > 1));
}
