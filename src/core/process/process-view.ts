import { DEFAULT_SAID_TOPICS, type SaidTopic } from "../said";
import { sortRounds, type InterviewProcess } from "./interview-process";
import { processConflicts, processSaid } from "./process-said";
import type { Round } from "./round";
import { saidGroups, type SaidGroup } from "./said-groups";
import { sourceWords } from "./said-words";
import { identityKey } from "./text-identity";

export type RoundTiming = "past" | "today" | "upcoming" | "undated";

export interface RoundRow {
	path: string;
	name: string;
	with: string | null;
	date: string | null;
	timing: RoundTiming;
	progress: { done: number; total: number };
	current: boolean;
}

/** A line from an earlier round, with the round and the person it was said to. */
export interface EarlierLine {
	text: string;
	round: string;
	with: string | null;
}

/** What the sidebar's process part shows for the round in view. */
export interface ProcessView {
	company: string;
	rounds: RoundRow[];
	/**
	 * What was said, by topic: every line the earlier rounds said, their Concerns that hold a figure, and the
	 * lines of this note's Concerns and said section that hold a figure on a topic, each conflict flagged on both lines.
	 */
	said: SaidGroup[];
	discrepanciesBefore: EarlierLine[];
	/** By question identity: the earlier round that asked it first. */
	askedBefore: Record<string, string>;
	/** By story identity: the earlier rounds, and people, it was told to. */
	toldBefore: Record<string, string>;
}

/**
 * The process as seen from one of its rounds. `current` replaces the indexed copy of that round, so the
 * note being typed in counts as it reads now; `today` is `YYYY-MM-DD`; `topics` are what said lines are about.
 */
export function processView(process: InterviewProcess, current: Round, today: string, topics: readonly SaidTopic[] = DEFAULT_SAID_TOPICS): ProcessView {
	// The note in view may not be indexed yet, as right after it is created.
	const rounds = sortRounds([...process.rounds.filter((round) => round.path !== current.path), current]);
	const index = rounds.indexOf(current);
	const earlier = rounds.slice(0, index);
	const askedBefore: Record<string, string> = {};
	const toldBefore: Record<string, string[]> = {};
	for (const round of earlier) {
		for (const text of round.asked) askedBefore[identityKey(text)] ??= round.round;
		for (const title of round.told) (toldBefore[identityKey(title)] ??= []).push(withPerson(round));
	}
	const linesOf = (pick: (round: Round) => string[]) =>
		earlier.flatMap((round) => pick(round).map((text): EarlierLine => ({ text, round: round.round, with: round.with })));
	return {
		company: process.company,
		rounds: rounds.map((round) => ({
			path: round.path,
			name: round.round,
			with: round.with,
			date: round.meeting === null ? null : readableMeeting(round.meeting),
			timing: round.date === null ? "undated" : round.date < today ? "past" : round.date > today ? "upcoming" : "today",
			progress: round.progress,
			current: round === current,
		})),
		said: saidBefore(rounds.slice(0, index + 1), current.path, topics, today),
		discrepanciesBefore: linesOf((round) => round.discrepancies),
		askedBefore,
		toldBefore: Object.fromEntries(Object.entries(toldBefore).map(([key, names]) => [key, names.join(", ")])),
	};
}

/** The said lines of the rounds up to the one in view, which is last: its own only where they hold a figure on a topic. */
function saidBefore(rounds: readonly Round[], currentPath: string, topics: readonly SaidTopic[], today: string): SaidGroup[] {
	const lines = processSaid(rounds, topics, today);
	const conflicts = processConflicts(lines);
	const shown = lines.filter((line) => (line.path !== currentPath && (line.origin === "said" || line.topics.length > 0)) || (line.topics.length > 0 && line.figures.length > 0));
	return saidGroups(shown, conflicts, { topics: topics.map((topic) => topic.name), currentPath, source: (line) => sourceWords(line, currentPath) });
}

function withPerson(round: Round): string {
	return round.with ? `${round.round} (${round.with})` : round.round;
}

/** `2026-12-03T15:00:00` as `2026-12-03 15:00`; any other way of writing it as written. */
function readableMeeting(meeting: string): string {
	return meeting.replace(/^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/, "$1 $2");
}
