import { inferTopics, readFigures, readSaidLine, saidConflicts, type SaidConflict, type SaidLine, type SaidTopic } from "../said";
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

/** What a process's rounds said, and where a later line differs from an earlier one. */
export interface ProcessSaid {
	/** In the rounds' order, each round's Concerns before its said lines. */
	lines: ProcessSaidLine[];
	conflicts: SaidConflict<ProcessSaidLine>[];
}

/**
 * Everything said across a process's rounds, given in the order they happened (sortRounds): every line of
 * each round's said section, and before them the round's Concerns bullets that hold a figure, as what the
 * candidate means to say, so that what is said in the call is compared with them too. A Concerns bullet is
 * read with the lines nested under it that hold a figure (`Salary range` over `$120k - $140k`). A date
 * without a year is placed by the round's date, or by `today` (`YYYY-MM-DD`) for an undated round.
 */
export function processSaid(rounds: readonly SaidRound[], topics: readonly SaidTopic[], today: string): ProcessSaid {
	const lines: ProcessSaidLine[] = [];
	rounds.forEach((round, index) => {
		const reference = dayTime(round.date ?? today);
		const line = (origin: SaidOrigin, text: string, at: number, order: number): ProcessSaidLine => ({
			...readSaidLine({ text, path: round.path, line: at, with: round.with, round: round.round, order }, topics, reference),
			origin,
			date: round.date,
		});
		for (const concern of round.concerns) {
			const withFigures = concern.nested.filter((text) => readFigures(text, reference).length > 0);
			const text = withFigures.length === 0 ? concern.text : `${concern.text.replace(/[:.]\s*$/, "")}: ${withFigures.join(" ")}`;
			const read = line("concerns", text, concern.line, 2 * index);
			if (read.figures.length > 0) lines.push(read);
		}
		for (const said of round.saidLines) lines.push(line("said", said.text, said.line, 2 * index + 1));
	});
	const compared = inferTopics(lines);
	return { lines: compared, conflicts: saidConflicts(compared) };
}

/** Midnight UTC of a `YYYY-MM-DD`, as a time in milliseconds; 0 for anything else. */
export function dayTime(date: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
	return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : 0;
}
