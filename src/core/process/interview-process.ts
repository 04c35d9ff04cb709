import type { Round } from "./round";
import { parseMeetingTime } from "../timer/call-countdown";
import { identityKey } from "./text-identity";

/** The rounds of one company, in date order. */
export interface InterviewProcess {
	company: string;
	rounds: Round[];
}

type RoundOrder = Pick<Round, "date" | "path" | "meeting" | "previous">;

/**
 * The rounds in the order they happened: by the meeting's date and time of day (a zoned time as it is here),
 * a day's untimed rounds after its timed ones, undated rounds last; a round that names the one it follows
 * (`previous:`, as Start next round writes it) never before that one, so a next round made on the day of the
 * call comes after it; then by path.
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
		let key = `${round.date ?? "\uffff"}T${clockOf(round.meeting, round.date) ?? "~"}`;
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

/**
 * The `HH:mm:ss.sss` of a meeting on the round's `date`, where it has a time: as written, or for a time with
 * a zone (`+01:00`, `Z`), the time it is here, so a call at 15:00+01:00 comes before one at 14:30Z. A zoned
 * time that falls on another day here sorts at the start or the end of the round's day.
 */
function clockOf(meeting: string | null, date: string | null): string | null {
	const at = parseMeetingTime(meeting ?? undefined);
	if (at === null || date === null) {
		const written = /^\s*\d{4}-\d{2}-\d{2}[T ](\d{1,2}):(\d{2})/.exec(meeting ?? "");
		return written ? `${(written[1] ?? "").padStart(2, "0")}:${written[2] ?? ""}:00.000` : null;
	}
	const here = new Date(at);
	const day = `${here.getFullYear()}-${pad(here.getMonth() + 1)}-${pad(here.getDate())}`;
	if (day !== date) return day < date ? "00:00:00.000" : "23:59:59.999";
	return `${pad(here.getHours())}:${pad(here.getMinutes())}:${pad(here.getSeconds())}.${String(here.getMilliseconds()).padStart(3, "0")}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

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
