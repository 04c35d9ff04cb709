import { groupProcesses, unaskedQuestions } from "./interview-process";
import type { Round } from "./round";

export interface ProcessReport {
	processes: {
		company: string;
		rounds: { path: string; round: string; with: string | null; meeting: string | null; asked: string[]; told: string[]; said: string[]; discrepancies: string[] }[];
		unasked: { text: string; group: string; path: string }[];
	}[];
}

/** The `report --vault` JSON: one entry per company, sorted by company, its rounds in date order. */
export function processReport(rounds: Iterable<Round>): ProcessReport {
	return {
		processes: groupProcesses(rounds).map((process) => ({
			company: process.company,
			rounds: process.rounds.map((r) => ({ path: r.path, round: r.round, with: r.with, meeting: r.meeting, asked: r.asked, told: r.told, said: r.said, discrepancies: r.discrepancies })),
			unasked: unaskedQuestions(process.rounds).map(({ text, group, path }) => ({ text, group, path })),
		})),
	};
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
		out.push("");
	}
	if (report.processes.length === 0) out.push("No prep notes with a company in this folder.", "");
	return out.join("\n");
}
