import type { Round } from "./round";
import { identityKey } from "./text-identity";

/** The rounds of one company, in date order. */
export interface InterviewProcess {
	company: string;
	rounds: Round[];
}

type RoundOrder = Pick<Round, "date" | "path" | "meeting" | "previous">;

/**
 * The rounds in the order they happened: by the meeting's date and clock time as written, a day's untimed
 * rounds after its timed ones, undated rounds last; a round that names the one it follows (`previous:`, as
 * Start next round writes it) never before that one, so a next round made on the day of the call comes after
 * it; then by path.
 */
export function sortRounds<T extends RoundOrder>(rounds: readonly T[]): T[] {
	const byTarget = new Map<string, T>();
	for (const round of rounds) {
		const target = round.path.replace(/\.md$/i, "").toLowerCase();
		byTarget.set(target, round);
		byTarget.set(target.slice(target.lastIndexOf("/") + 1), round);
	}
	const keys = new Map<T, string>();
	const keyOf = (round: T, seen: Set<T>): string => {
		const known = keys.get(round);
		if (known !== undefined) return known;
		let key = `${round.date ?? "\uffff"}T${clockOf(round.meeting) ?? "~"}`;
		const previous = round.previous ? byTarget.get(round.previous.toLowerCase()) : undefined;
		if (previous && !seen.has(previous)) {
			seen.add(round);
			const before = keyOf(previous, seen);
			if (before >= key) key = `${before}+`;
		}
		keys.set(round, key);
		return key;
	};
	const keyed = rounds.map((round) => ({ round, key: keyOf(round, new Set([round])) }));
	keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : comparePaths(a.round, b.round)));
	return keyed.map(({ round }) => round);
}

/** The `HH:mm` of a meeting as written, where it has a time. */
function clockOf(meeting: string | null): string | null {
	return /^\s*\d{4}-\d{2}-\d{2}[T ](\d{1,2}):(\d{2})/.exec(meeting ?? "")?.slice(1, 3).map((part) => part.padStart(2, "0")).join(":") ?? null;
}

/** Rounds by path, for rounds that are otherwise the same in order. */
export function comparePaths(a: Pick<Round, "path">, b: Pick<Round, "path">): number {
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
			const sorted = sortRounds(list);
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
