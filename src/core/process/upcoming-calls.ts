import { CALL_WINDOW_MS, parseMeetingTime } from "../timer/call-countdown";
import { storiesReady } from "../note/star";
import { answersToPrepare } from "./better-answers";
import { comparePaths, groupProcesses } from "./interview-process";
import { theirQuestionsBank } from "./their-questions-bank";
import { leadingDate, type Round } from "./round";

/** How far back a call without a debrief still shows under Recent. */
export const RECENT_DAYS = 14;
const DAY_MS = 24 * 60 * 60_000;

/** When a round's call is, in epoch ms: its `meeting:` time, or the start of its day when it gives only a date; null without `meeting:`. */
export function callTime(round: Pick<Round, "meeting" | "date">): number | null {
	const exact = parseMeetingTime(round.meeting ?? undefined);
	if (exact !== null) return exact;
	// The day of the meeting as written; a file name's date is the day the note was made, never a call's.
	const date = round.meeting === null ? null : leadingDate(round.meeting);
	if (date === null) return null;
	const [year, month, day] = date.split("-").map(Number);
	return year === undefined || month === undefined || day === undefined ? null : new Date(year, month - 1, day).getTime();
}

/** How ready a round is: prep done of total, stories ready of total, questions planned, and the earlier rounds' said lines. */
export interface Readiness {
	prep: { done: number; total: number };
	storiesReady: number;
	storiesTotal: number;
	questionsPlanned: number;
	/** Lines under What I said in the company's earlier rounds: worth reading before this call. */
	saidBefore: number;
}

export interface UpcomingCall extends Readiness {
	path: string;
	company: string;
	round: string;
	with: string | null;
	meeting: string;
	/** Epoch ms of the call, or of its day's start when only the date is known. */
	at: number;
	/** Whether `meeting:` gives the time, not only the day. */
	timed: boolean;
	/** Questions asked in any round whose latest answer was rated weak or so-so: worth a better answer before any call. */
	answersToPrepare: number;
}

export type RecentItem =
	| { kind: "no-debrief"; path: string; company: string; round: string; with: string | null; at: number }
	| { kind: "follow-up"; path: string; company: string; round: string; text: string; line: number; at: number | null };

export interface CallsOverview {
	upcoming: UpcomingCall[];
	recent: RecentItem[];
}

/**
 * The calls ahead, soonest first, each with its readiness; and what is left from calls behind: those of the
 * last 14 days without a debrief, and every open follow-up of a debrief, oldest first. A call known only by
 * its date counts as ahead for the whole of that day.
 */
export function callsOverview(rounds: Iterable<Round>, now: number, starWords: readonly string[]): CallsOverview {
	const upcoming: UpcomingCall[] = [];
	const recent: RecentItem[] = [];
	const all = [...rounds];
	const toPrepare = answersToPrepare(theirQuestionsBank(all, false)).length;
	for (const process of groupProcesses(all)) {
		let saidBefore = 0;
		for (const round of process.rounds) {
			const at = callTime(round);
			const timed = parseMeetingTime(round.meeting ?? undefined) !== null;
			// A call being held stays with the calls ahead for its hour, rather than drop to Recent as it starts.
			const ahead = at !== null && (timed ? at + CALL_WINDOW_MS > now : at + DAY_MS > now);
			const who = { path: round.path, company: round.company, round: round.round };
			if (ahead && round.meeting !== null) {
				upcoming.push({ ...who, with: round.with, meeting: round.meeting, at, timed, ...readinessOf(round, starWords), saidBefore, answersToPrepare: toPrepare });
			} else if (at !== null && !round.debriefed && at <= now && at > now - RECENT_DAYS * DAY_MS) {
				recent.push({ kind: "no-debrief", ...who, with: round.with, at });
			}
			for (const task of round.followUps) recent.push({ kind: "follow-up", ...who, text: task.text, line: task.line, at });
			saidBefore += round.said.length;
		}
	}
	const byTime = (a: { at: number | null; path: string }, b: { at: number | null; path: string }) => (a.at ?? Infinity) - (b.at ?? Infinity) || comparePaths(a, b);
	return { upcoming: upcoming.sort(byTime), recent: recent.sort(byTime) };
}

export function readinessOf(round: Round, starWords: readonly string[]): Omit<Readiness, "saidBefore"> {
	return {
		prep: round.progress,
		storiesReady: storiesReady(round.stories, starWords),
		storiesTotal: round.stories.length,
		questionsPlanned: round.questionsPlanned,
	};
}
