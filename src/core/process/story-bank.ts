import { storyReadiness } from "../note/star";
import { dedentToFirst } from "../note/reindent";
import { setItemChecked } from "../note/task-line";
import { sortRounds } from "./interview-process";
import type { Round, RoundStory } from "./round";
import { identityKey } from "./text-identity";

/** One time a story was told: the round whose told mark is set. */
export interface Telling {
	path: string;
	company: string;
	round: string;
	with: string | null;
	meeting: string | null;
	/** The story's line in that note. */
	line: number;
}

/** A story as every prep note writes it, grouped by title: its details as the most recent note has them. */
export interface BankStory {
	/** The title's identity: trimmed, whitespace collapsed, case ignored. */
	key: string;
	title: string;
	details: string[];
	/** The most recent note with the story, and its line there. */
	path: string;
	line: number;
	/** Its list item there, nested lines included. */
	block: string[];
	/** STAR readiness of those details, as the cards show it. */
	markers: boolean[];
	ready: boolean;
	tellings: Telling[];
	/** Every note with the story, in date order. */
	paths: string[];
	/** The questions they asked that it answered, by an `Answered with:` line naming it, in date order. */
	answered: AnsweredQuestion[];
}

/** A question they asked that a story answered, and where. */
export interface AnsweredQuestion {
	question: string;
	path: string;
	line: number;
}

/** Every story of every round, once per title, sorted by title; tellings in date order. */
export function storyBank(rounds: Iterable<Round>, starWords: readonly string[]): BankStory[] {
	const byKey = new Map<string, { round: Round; story: RoundStory }[]>();
	const answered = new Map<string, AnsweredQuestion[]>();
	for (const round of sortRounds([...rounds])) {
		for (const q of round.theirQuestions) {
			if (q.answeredWith === null) continue;
			const key = identityKey(q.answeredWith);
			const list = answered.get(key);
			const entry = { question: q.text, path: round.path, line: q.line };
			if (list) list.push(entry);
			else answered.set(key, [entry]);
		}
		for (const story of round.stories) {
			const key = identityKey(story.title);
			if (key === "") continue;
			const list = byKey.get(key);
			if (list) list.push({ round, story });
			else byKey.set(key, [{ round, story }]);
		}
	}
	const bank: BankStory[] = [];
	for (const [key, found] of byKey) {
		const latest = found[found.length - 1];
		if (!latest) continue;
		const { story, round } = latest;
		const readiness = storyReadiness(story.details, starWords);
		bank.push({
			key,
			title: story.title,
			details: story.details,
			path: round.path,
			line: story.line,
			block: story.block,
			markers: readiness.markers,
			ready: readiness.ready,
			tellings: found
				.filter((f) => f.story.told)
				.map((f) => ({ path: f.round.path, company: f.round.company, round: f.round.round, with: f.round.with, meeting: f.round.meeting, line: f.story.line })),
			paths: [...new Set(found.map((f) => f.round.path))],
			answered: answered.get(key) ?? [],
		});
	}
	return bank.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface BankFilter {
	/** Only stories never told to this company, matched as titles are. */
	notToldTo?: string | null;
	/** Only stories whose STAR details are not all there. */
	notReady?: boolean;
}

/** The stories that pass the toggles; the text filter is the view's, which searches as the app does. */
export function filterBank(bank: readonly BankStory[], filter: BankFilter): BankStory[] {
	const company = filter.notToldTo ? identityKey(filter.notToldTo) : null;
	return bank.filter(
		(story) => (!filter.notReady || !story.ready) && (company === null || story.tellings.every((t) => identityKey(t.company) !== company)),
	);
}

/** The story's lines to copy into another note: its list item with the told mark cleared, as the told toggle clears it. */
export function storyToCopy(story: Pick<BankStory, "block">, mark: { doneChar: string; isDone: (c: string) => boolean; wasPlain: boolean }): string[] {
	const [first, ...rest] = story.block;
	if (first === undefined) return [];
	const cleared = setItemChecked(first, false, mark.doneChar, mark.wasPlain, undefined, mark.isDone) ?? first;
	// Its indent in the other note is the top level's, taken off by columns, so a tab under two spaces stays nested.
	return dedentToFirst([cleared, ...rest]);
}
