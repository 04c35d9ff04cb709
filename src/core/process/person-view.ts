import type { SaidTopic } from "../said";
import { groupProcesses } from "./interview-process";
import { linksTo } from "./person";
import { processSaid, type ProcessSaidLine } from "./process-said";
import type { Round } from "./round";
import { saidGroups, type SaidGroup } from "./said-groups";

/** A round the person was in. */
export interface PersonRound {
	path: string;
	company: string;
	round: string;
	/** `YYYY-MM-DD`, or null for an undated round. */
	date: string | null;
}

/** A line of one of the person's rounds, and where it is. */
export interface PersonLine {
	text: string;
	company: string;
	round: string;
	path: string;
}

/** What a person's note shows in the sidebar: the rounds with them, and what was said, told and asked there. */
export interface PersonView {
	/** The name the latest round's link shows. */
	name: string;
	path: string;
	/** In the order they happened, within each company. */
	rounds: PersonRound[];
	/** What the candidate said in those rounds, by topic. */
	said: SaidGroup[];
	/** The stories marked told in those rounds. */
	told: PersonLine[];
	/** The questions the person asked, where a round keeps them (Round.theirQuestions). */
	asked: PersonLine[];
}

/**
 * The person whose note is at `path`, as the rounds whose `with:` links that note see them; null when no
 * round does. `today` (`YYYY-MM-DD`) places dates said without a year in undated rounds.
 */
export function personView(path: string, rounds: Iterable<Round>, topics: readonly SaidTopic[], today: string): PersonView | null {
	const theirs: Round[] = [];
	const said: ProcessSaidLine[] = [];
	for (const process of groupProcesses(rounds)) {
		const met = process.rounds.filter((round) => round.people.some((person) => person.link !== null && linksTo(person.link, path)));
		if (met.length === 0) continue;
		theirs.push(...met);
		const paths = new Set(met.map((round) => round.path));
		said.push(...processSaid(process.rounds, topics, today).filter((line) => line.origin === "said" && paths.has(line.path)));
	}
	if (theirs.length === 0) return null;
	const latest = [...theirs].sort((a, b) => ((a.date ?? "") < (b.date ?? "") ? -1 : (a.date ?? "") > (b.date ?? "") ? 1 : 0)).pop();
	const name = latest?.people.find((person) => person.link !== null && linksTo(person.link, path))?.name ?? null;
	const byPath = new Map(theirs.map((round) => [round.path, round]));
	const lineOf = (round: Round, text: string): PersonLine => ({ text, company: round.company, round: round.round, path: round.path });
	return {
		name: name ?? path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, ""),
		path,
		rounds: theirs.map((round) => ({ path: round.path, company: round.company, round: round.round, date: round.date })),
		said: saidGroups(said, [], {
			topics: topics.map((topic) => topic.name),
			currentPath: null,
			source: (line) => {
				const round = byPath.get(line.path);
				return round ? `${round.company}, ${round.round}` : line.round;
			},
		}),
		told: theirs.flatMap((round) => round.told.map((title) => lineOf(round, title))),
		asked: theirs.flatMap((round) => round.theirQuestions.map((question) => lineOf(round, question.text))),
	};
}
