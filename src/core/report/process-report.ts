import { DEFAULT_STAR_WORDS } from "../note/star";
import { groupProcesses, unaskedQuestions } from "../process/interview-process";
import { linksTo } from "../process/person";
import { personView } from "../process/person-view";
import { processConflicts, processSaid } from "../process/process-said";
import type { Round } from "../process/round";
import { DEFAULT_SAID_TOPICS, type SaidTopic } from "../said";
import { conflictsReport, saidReport, type ConflictReport, type SaidReport } from "./said-report";
import { storyBank } from "../process/story-bank";
import { theirQuestionsBank } from "../process/their-questions-bank";
import type { Rating } from "../note/prep-note";
import { RATING_MARKERS } from "../note/their-questions";
import { needsBetterAnswer } from "../process/better-answers";
import { callsOverview, callTime, readinessOf } from "../process/upcoming-calls";

export interface ProcessReport {
	processes: {
		company: string;
		rounds: { path: string; round: string; with: string | null; meeting: string | null; asked: string[]; told: string[]; said: string[]; discrepancies: string[] }[];
		unasked: { text: string; group: string; path: string }[];
		/** What the rounds said, and what their Concerns mean to say, on each topic. */
		said: SaidReport[];
		conflicts: ConflictReport[];
	}[];
	stories: {
		title: string;
		tellings: { path: string; company: string; round: string; with: string | null; meeting: string | null }[];
		ready: boolean;
		paths: string[];
		answered: { question: string; path: string }[];
	}[];
	calls: {
		path: string;
		company: string;
		round: string;
		meeting: string | null;
		prep: { done: number; total: number };
		storiesReady: number;
		storiesTotal: number;
		followUps: string[];
	}[];
	/** The questions the interviewers asked, once each, the latest round that asked one first. */
	theirQuestions: {
		text: string;
		rating: Rating | null;
		times: number;
		asked: { path: string; line: number; company: string; round: string; with: string | null; meeting: string | null; rating: Rating | null; story: string | null }[];
	}[];
	/** Everyone a round's `with:` links, with the rounds with them and what was said and told there. */
	people: {
		name: string;
		/** The person's note, relative to the folder; null when no note of the folder is the link's target. */
		path: string | null;
		rounds: { path: string; company: string; round: string; date: string | null }[];
		said: { topic: string | null; text: string; path: string; line: number; round: string }[];
		told: { title: string; company: string; round: string; path: string }[];
	}[];
}

export interface ProcessReportOptions {
	starWords?: readonly string[];
	topics?: readonly SaidTopic[];
	/** `YYYY-MM-DD`, to place a date said without a year in an undated round. */
	today?: string;
	/** Every note's path, to find the note a person's link names. */
	notePaths?: readonly string[];
}

/** The `report --vault` JSON: one entry per company, sorted by company, its rounds in date order. */
export function processReport(input: Iterable<Round>, options: ProcessReportOptions = {}): ProcessReport {
	const { starWords = DEFAULT_STAR_WORDS, topics = DEFAULT_SAID_TOPICS, today = "1970-01-01", notePaths = [] } = options;
	const rounds = [...input];
	const timed = rounds.map((round) => ({ round, at: callTime(round) }));
	const stories = storyBank(rounds, starWords);
	return {
		processes: groupProcesses(rounds).map((process) => {
			const said = processSaid(process.rounds, topics, today);
			return {
				company: process.company,
				rounds: process.rounds.map((r) => ({ path: r.path, round: r.round, with: r.with, meeting: r.meeting, asked: r.asked, told: r.told, said: r.said, discrepancies: r.discrepancies })),
				unasked: unaskedQuestions(process.rounds).map(({ text, group, path }) => ({ text, group, path })),
				said: saidReport(said),
				conflicts: conflictsReport(processConflicts(said)),
			};
		}),
		stories: stories.map((story) => ({
			title: story.title,
			tellings: story.tellings.map(({ path, company, round, with: person, meeting }) => ({ path, company, round, with: person, meeting })),
			ready: story.ready,
			paths: story.paths,
			answered: story.answered.map(({ question, path }) => ({ question, path })),
		})),
		// Soonest meeting first; a note without one last, then by path.
		calls: timed
			.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || (a.round.path < b.round.path ? -1 : 1))
			.map(({ round }) => {
				const { prep, storiesReady, storiesTotal } = readinessOf(round, starWords);
				return { path: round.path, company: round.company, round: round.round, meeting: round.meeting, prep, storiesReady, storiesTotal, followUps: round.followUps.map((f) => f.text) };
			}),
		theirQuestions: theirQuestionsBank(rounds).map((q) => ({
			text: q.text,
			rating: q.rating,
			times: q.times,
			asked: q.asked.map(({ path, line, company, round, with: person, meeting, rating, story }) => ({ path, line, company, round, with: person, meeting, rating, story })),
		})),
		people: peopleReport(rounds, topics, today, notePaths),
	};
}

/** One entry a person's note, or a link that names no note, sorted by name. */
function peopleReport(rounds: readonly Round[], topics: readonly SaidTopic[], today: string, notePaths: readonly string[]): ProcessReport["people"] {
	const targets = new Map<string, string | null>();
	for (const round of rounds) {
		for (const person of round.people) {
			if (person.link === null) continue;
			const path = notePaths.find((candidate) => linksTo(person.link ?? "", candidate)) ?? null;
			// An unresolved link stands for the note it would make.
			targets.set(path ?? `${person.link.replace(/\.md$/i, "")}.md`.toLowerCase(), path);
		}
	}
	const people: ProcessReport["people"] = [];
	for (const [key, path] of targets) {
		const view = personView(path ?? key, rounds, topics, today);
		if (!view) continue;
		people.push({
			name: view.name,
			path,
			rounds: view.rounds,
			said: view.said.flatMap((group) => group.rows.map((row) => ({ topic: group.topic, text: row.text, path: row.path, line: row.line, round: row.round }))),
			told: view.told.map((line) => ({ title: line.text, company: line.company, round: line.round, path: line.path })),
		});
	}
	return people.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The readable form's last part: the calls ahead of `now`, soonest first, and every open follow-up. */
export function formatCallsReport(rounds: Iterable<Round>, now: number, starWords: readonly string[] = DEFAULT_STAR_WORDS): string {
	const { upcoming, recent } = callsOverview(rounds, now, starWords);
	const out = [`Next calls: ${upcoming.length === 0 ? "none" : ""}`.trimEnd()];
	for (const call of upcoming) {
		out.push(
			`  ${call.meeting}  ${call.company}, ${call.round}${call.with ? ` with ${call.with}` : ""}  prep ${call.prep.done}/${call.prep.total}, stories ready ${call.storiesReady}/${call.storiesTotal}  (${call.path})`,
		);
	}
	const followUps = recent.filter((item) => item.kind === "follow-up");
	out.push(`Open follow-ups: ${followUps.length === 0 ? "none" : ""}`.trimEnd());
	for (const item of followUps) out.push(`  - [ ] ${item.text} (${item.company}, ${item.round}, ${item.path})`);
	return out.join("\n") + "\n";
}

/** The readable form: one block per company. */
export function formatProcessReport(report: ProcessReport): string {
	const out: string[] = [];
	for (const process of report.processes) {
		out.push(`${process.company} (${process.rounds.length} ${process.rounds.length === 1 ? "round" : "rounds"})`);
		for (const round of process.rounds) {
			out.push(`  ${round.meeting ?? "undated"}  ${round.round}${round.with ? ` with ${round.with}` : ""}  (${round.path})`);
			const list = (label: string, items: string[]) => {
				if (items.length > 0) out.push(`    ${label}: ${items.join("; ")}`);
			};
			list("asked", round.asked);
			list("told", round.told);
			list("said", round.said);
			list("discrepancies", round.discrepancies);
		}
		out.push(`  unasked: ${process.unasked.length === 0 ? "none" : ""}`.trimEnd());
		for (const q of process.unasked) out.push(`    - ${q.text} (${q.group}, ${q.path})`);
		for (const c of process.conflicts) out.push(`  ${c.topic} differs: "${c.later.text}" (${c.later.path}:${c.later.line}) after "${c.earlier.text}" (${c.earlier.path}:${c.earlier.line})`);
		out.push("");
	}
	if (report.processes.length === 0) out.push("No prep notes with a company in this folder.", "");
	const toPrepare = report.theirQuestions.filter((q) => needsBetterAnswer(q.rating));
	if (toPrepare.length > 0) {
		out.push(`Answers to prepare better: ${toPrepare.length}`);
		for (const q of toPrepare) out.push(`  ${RATING_MARKERS[q.rating ?? "weak"]} ${q.text} (asked ${q.times === 1 ? "once" : `${q.times} times`}, last in ${q.asked[q.asked.length - 1]?.path ?? ""})`);
		out.push("");
	}
	return out.join("\n");
}
