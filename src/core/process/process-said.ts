import { inferTopics, readFigures, readSaid, SaidHistory, type SaidConflict, type SaidLine, type SaidReading, type SaidTopic } from "../said";
import type { Round } from "./round";

/** Where a line that counts as said comes from: the round's said section, or its Concerns, what the candidate means to say. */
export type SaidOrigin = "said" | "concerns";

/** A line of a process that counts as said, read for its topics and figures. */
export interface ProcessSaidLine extends SaidLine {
	origin: SaidOrigin;
	/** The round's `YYYY-MM-DD`, or null for an undated round. */
	date: string | null;
}

/** What processSaid reads of a round. */
export type SaidRound = Pick<Round, "path" | "with" | "round" | "date" | "saidLines" | "concerns">;

/**
 * Everything said across a process's rounds, given in the order they happened (sortRounds): every line of
 * each round's said section, and before them the round's Concerns bullets that hold a figure, as what the
 * candidate means to say, so that what is said in the call is compared with them too. A Concerns bullet is
 * read with the lines nested under it that hold a figure (`Salary range` over `$120k - $140k`). A date
 * without a year is placed by the round's date, or by `today` (`YYYY-MM-DD`) for an undated round. The
 * lines come in the rounds' order, each round's Concerns before its said lines, with the topics they are
 * compared under (inferTopics); processConflicts finds where they differ.
 */
export function processSaid(rounds: readonly SaidRound[], topics: readonly SaidTopic[], today: string): ProcessSaidLine[] {
	const lines: ProcessSaidLine[] = [];
	rounds.forEach((round, index) => {
		for (const read of readRound(round, topics, dayTime(round.date ?? today))) {
			lines.push({ ...read, path: round.path, with: round.with, round: round.round, order: 2 * index + (read.origin === "said" ? 1 : 0), date: round.date });
		}
	});
	return inferTopics(lines);
}

/**
 * Where a process's lines differ, what the candidate means to say never hiding what they told someone:
 * each said line against the latest earlier round's said lines on its topic, and against its own round's
 * Concerns; each round's Concerns against the latest earlier round's said lines.
 */
export function processConflicts(lines: readonly ProcessSaidLine[]): SaidConflict<ProcessSaidLine>[] {
	const said = lines.filter((line) => line.origin === "said");
	const meant = lines.filter((line) => line.origin === "concerns");
	const told = new SaidHistory(said);
	const planned = new SaidHistory(meant);
	return [
		...said.flatMap((line) => told.conflictsOf(line)),
		...meant.flatMap((line) => told.conflictsOf(line)),
		...said.flatMap((line) => planned.conflictsOf(line).filter((conflict) => conflict.earlier[0]?.path === line.path)),
	];
}

type ReadLine = SaidReading & { origin: SaidOrigin; text: string; line: number };

/**
 * A round's lines read once for as long as the round, the topics and the day they are read by stay the
 * same: the sidebar reads the process again at every pause in typing, and the index keeps the rounds
 * that did not change.
 */
const readRounds = new WeakMap<SaidRound, { topics: readonly SaidTopic[]; reference: number; lines: ReadLine[] }>();

function readRound(round: SaidRound, topics: readonly SaidTopic[], reference: number): ReadLine[] {
	const known = readRounds.get(round);
	if (known && known.topics === topics && known.reference === reference) return known.lines;
	const lines: ReadLine[] = [];
	for (const concern of round.concerns) {
		const withFigures = concern.nested.filter((text) => readFigures(text, reference).length > 0);
		const text = withFigures.length === 0 ? concern.text : `${concern.text.replace(/[:.]\s*$/, "")}: ${withFigures.join(" ")}`;
		const read = readSaid(text, topics, reference);
		if (read.figures.length > 0) lines.push({ ...read, origin: "concerns", text, line: concern.line });
	}
	for (const said of round.saidLines) lines.push({ ...readSaid(said.text, topics, reference), origin: "said", text: said.text, line: said.line });
	readRounds.set(round, { topics, reference, lines });
	return lines;
}

/** Midnight UTC of a `YYYY-MM-DD`, as a time in milliseconds; 0 for anything else. */
export function dayTime(date: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
	return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : 0;
}
