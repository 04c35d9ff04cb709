import { formatFigure, type SaidConflict } from "../said";
import type { ProcessSaidLine } from "./process-said";
import { differsWords } from "./said-words";

/** A said line as a row of the sidebar. */
export interface SaidRow {
	text: string;
	/** Where and to whom it was said, in words (see sourceWords). */
	source: string;
	path: string;
	line: number;
	/** The round's name. */
	round: string;
	/** One entry a line it conflicts with, in words: `differs from what you told Dana (recruiter call)`. */
	differs: string[];
}

/** The rows on one topic. */
export interface SaidGroup {
	/** The topic's name; null for the lines on no topic. */
	topic: string | null;
	/** The figures said on the topic and how often, `120–140k (said twice)`; null when no line said one. */
	figures: string | null;
	rows: SaidRow[];
}

export interface SaidGroupOptions {
	/** The topics' names in the order the settings give them; a group for each that has rows, then the lines on none. */
	topics: readonly string[];
	/** The note in view, so that its lines say "this note". */
	currentPath: string | null;
	/** A row's source words. */
	source: (line: ProcessSaidLine) => string;
}

/**
 * The lines grouped by topic, a line on two topics in both; every line of a conflict is flagged, in words,
 * with the line it differs from. Each group is headed by the figures its said lines hold, counted by how
 * they read in short (`$120k – $140k` and `120–140k USD` read the same), or else by those the Concerns hold.
 */
export function saidGroups(lines: readonly ProcessSaidLine[], conflicts: readonly SaidConflict<ProcessSaidLine>[], options: SaidGroupOptions): SaidGroup[] {
	const differs = new Map<ProcessSaidLine, string[]>();
	const flag = (line: ProcessSaidLine, words: string) => {
		const list = differs.get(line) ?? [];
		if (!list.includes(words)) list.push(words);
		differs.set(line, list);
	};
	for (const conflict of conflicts) {
		for (const earlier of conflict.earlier) {
			flag(conflict.later, differsWords(earlier, options.currentPath));
			flag(earlier, differsWords(conflict.later, options.currentPath));
		}
	}
	const names = [...options.topics, ...new Set(lines.flatMap((line) => line.topics).filter((topic) => !options.topics.includes(topic)))];
	const groups: SaidGroup[] = [];
	for (const topic of [...names, null]) {
		const on = lines.filter((line) => (topic === null ? line.topics.length === 0 : line.topics.includes(topic)));
		if (on.length === 0) continue;
		groups.push({
			topic,
			figures: topic === null ? null : figuresSaid(on),
			rows: on.map((line) => ({ text: line.text, source: options.source(line), path: line.path, line: line.line, round: line.round, differs: differs.get(line) ?? [] })),
		});
	}
	return groups;
}

/** `120–140k (said twice), 150k (said once)`, from the said lines, else `120–140k (in your Concerns)`; null when none holds a figure. */
function figuresSaid(lines: readonly ProcessSaidLine[]): string | null {
	const count = (origin: ProcessSaidLine["origin"]) => {
		const counts = new Map<string, number>();
		for (const line of lines) {
			if (line.origin !== origin || line.figures.length === 0) continue;
			const key = [...new Set(line.figures.map(formatFigure))].join(", ");
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		return [...counts];
	};
	const said = count("said");
	if (said.length > 0) return said.map(([figures, times]) => `${figures} (said ${times === 1 ? "once" : times === 2 ? "twice" : `${times} times`})`).join(", ");
	const meant = count("concerns");
	return meant.length > 0 ? `${meant.map(([figures]) => figures).join(", ")} (in your Concerns)` : null;
}
