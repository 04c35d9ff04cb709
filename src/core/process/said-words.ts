import { formatFigure, type SaidConflict, type SaidLine } from "../said";
import type { ProcessSaidLine } from "./process-said";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2026-12-01` as `1 Dec`; null for no date. */
export function shortDate(date: string | null): string | null {
	const match = /^\d{4}-(\d{2})-(\d{2})/.exec(date ?? "");
	return match ? `${Number(match[2])} ${MONTHS[Number(match[1]) - 1] ?? ""}` : null;
}

/** Where a line was said, for its row: `Northwind recruiter call, to Dana`, `this note, to Sam`, `your Concerns in Round 1`. */
export function sourceWords(line: ProcessSaidLine, currentPath: string | null): string {
	const here = line.path === currentPath;
	if (line.origin === "concerns") return here ? "your Concerns in this note" : `your Concerns in ${line.round}`;
	const round = here ? "this note" : line.round;
	return line.with ? `${round}, to ${line.with}` : round;
}

/** What a flagged row says of the line it differs from: `differs from what you told Dana (Northwind recruiter call)`. */
export function differsWords(other: ProcessSaidLine, currentPath: string | null): string {
	const round = other.path === currentPath ? "this note" : other.round;
	if (other.origin === "concerns") return `differs from your Concerns in ${round}`;
	return other.with ? `differs from what you told ${other.with} (${round})` : `differs from what you said in ${round}`;
}

/**
 * What the capture field shows under a line that differs from what was said before, in words: the earlier
 * figures, to whom, in which round and when, as `Earlier: 120–140k, to Dana (recruiter call, 1 Dec)`.
 */
export function earlierWords(conflict: SaidConflict<ProcessSaidLine, SaidLine>, currentPath: string | null): string {
	const figures = [...new Set(conflict.earlier.flatMap((line) => line.figures.filter((f) => f.kind === conflict.kind).map(formatFigure)))].join(", ");
	const first = conflict.earlier[0];
	if (!first) return `Earlier: ${figures}`;
	const date = shortDate(first.date);
	let place: string;
	let context: (string | null)[];
	if (first.origin === "concerns") {
		const here = first.path === currentPath;
		place = here ? "in your Concerns for this call" : "in your Concerns";
		context = here ? [] : [first.round, date];
	} else if (first.with) {
		place = `to ${first.with}`;
		context = [first.round, date];
	} else {
		place = `in ${first.round}`;
		context = [date];
	}
	const said = context.filter((part) => part !== null).join(", ");
	return `Earlier: ${figures}, ${place}${said === "" ? "" : ` (${said})`}`;
}
