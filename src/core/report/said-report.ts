import { calendarDate } from "../said/calendar";
import type { Figure, SaidConflict } from "../said";
import type { ProcessSaidLine, SaidOrigin } from "../process/process-said";

/** A figure as the report writes it: money in whole units with its currency code or null, periods in days, dates as `YYYY-MM-DD`. */
export interface FigureReport {
	kind: Figure["kind"];
	low: number | string;
	high: number | string;
	unit: string | null;
}

/** One said line under one of its topics; a line on two topics is written twice. */
export interface SaidReport {
	topic: string;
	figures: FigureReport[];
	text: string;
	path: string;
	line: number;
	with: string | null;
	round: string;
	/** `said` for the said section, `concerns` for what the note's Concerns mean to say. */
	origin: SaidOrigin;
}

/** Where one line of a conflict is, and its figures of the kind that differs. */
export interface SaidLineReport {
	path: string;
	line: number;
	text: string;
	figures: FigureReport[];
}

export interface ConflictReport {
	topic: string;
	kind: Figure["kind"];
	earlier: SaidLineReport;
	later: SaidLineReport;
}

export function figureReport(figure: Figure): FigureReport {
	if (figure.kind !== "date") return { kind: figure.kind, low: figure.low, high: figure.high, unit: figure.unit };
	const day = (days: number) => {
		const { year, month, day: date } = calendarDate(days);
		return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
	};
	return { kind: "date", low: day(figure.low), high: day(figure.high), unit: figure.unit };
}

/** Every line on a topic, once a topic; lines on no topic are left out, as they are compared with nothing. */
export function saidReport(lines: readonly ProcessSaidLine[]): SaidReport[] {
	return lines.flatMap((line) =>
		line.topics.map((topic) => ({ topic, figures: line.figures.map(figureReport), text: line.text, path: line.path, line: line.line, with: line.with, round: line.round, origin: line.origin })),
	);
}

/** Each conflict once for every earlier line it differs from, with the figures of the kind that differs on both sides. */
export function conflictsReport(conflicts: readonly SaidConflict<ProcessSaidLine>[]): ConflictReport[] {
	const side = (line: ProcessSaidLine, kind: Figure["kind"]): SaidLineReport => ({
		path: line.path,
		line: line.line,
		text: line.text,
		figures: line.figures.filter((f) => f.kind === kind).map(figureReport),
	});
	return conflicts.flatMap((conflict) => conflict.earlier.map((earlier) => ({ topic: conflict.topic, kind: conflict.kind, earlier: side(earlier, conflict.kind), later: side(conflict.later, conflict.kind) })));
}
