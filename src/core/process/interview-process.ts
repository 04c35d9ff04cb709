import type { Round } from "./round";
import { identityKey } from "./text-identity";

/** The rounds of one company, in date order. */
export interface InterviewProcess {
	company: string;
	rounds: Round[];
}

/** Rounds by date, a round without one after those with one, then by path. */
export function compareRounds(a: Pick<Round, "date" | "path">, b: Pick<Round, "date" | "path">): number {
	if (a.date !== b.date) {
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		return a.date < b.date ? -1 : 1;
	}
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The rounds grouped by company, the company's name matched as questions are, sorted by company. */
export function groupProcesses(rounds: Iterable<Round>): InterviewProcess[] {
	const byCompany = new Map<string, Round[]>();
	for (const round of rounds) {
		const key = identityKey(round.company);
		const list = byCompany.get(key);
		if (list) list.push(round);
		else byCompany.set(key, [round]);
	}
	return [...byCompany.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([, list]) => {
			const sorted = [...list].sort(compareRounds);
			// The name as the latest round writes it.
			return { company: sorted[sorted.length - 1]?.company ?? "", rounds: sorted };
		});
}

export interface UnaskedQuestion {
	text: string;
	group: string;
	/** The round that last listed it. */
	path: string;
	block: string[];
}

/**
 * Every question no round has asked, once each, as the latest round that lists it has it: the latest
 * round's questions in its order, then those only earlier rounds list, latest round first.
 */
export function unaskedQuestions(rounds: readonly Round[]): UnaskedQuestion[] {
	const asked = new Set(rounds.flatMap((round) => round.questions.filter((q) => q.asked).map((q) => identityKey(q.text))));
	const seen = new Set<string>();
	const unasked: UnaskedQuestion[] = [];
	for (let i = rounds.length - 1; i >= 0; i--) {
		const round = rounds[i];
		if (!round) continue;
		for (const q of round.questions) {
			const key = identityKey(q.text);
			if (key === "" || asked.has(key) || seen.has(key)) continue;
			seen.add(key);
			unasked.push({ text: q.text, group: q.group, path: round.path, block: q.block });
		}
	}
	return unasked;
}
