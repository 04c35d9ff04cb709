import type { FigureKind } from "./figure";
import { figuresConflict } from "./figures-conflict";
import type { SaidConflict, SaidLine } from "./said-line";

interface RoundSaid<T> {
	order: number;
	lines: T[];
}

/**
 * What was said in a process's rounds, by topic and kind of figure, read once: checking a line as it is
 * typed then costs reading that line and comparing it with the few lines of one earlier round a topic.
 */
export class SaidHistory<T extends SaidLine = SaidLine> {
	/** Topic, then kind, then the rounds that said it, by order. */
	private readonly said = new Map<string, Map<FigureKind, RoundSaid<T>[]>>();

	constructor(lines: readonly T[] = []) {
		for (const line of lines) this.add(line);
	}

	/** Keeps a line, under each of its topics and for each kind of figure in it; a statement, with no figure, is not kept. */
	add(line: T): void {
		for (const topic of line.topics) {
			let kinds = this.said.get(topic);
			if (!kinds) {
				kinds = new Map();
				this.said.set(topic, kinds);
			}
			for (const kind of new Set(line.figures.map((f) => f.kind))) {
				let rounds = kinds.get(kind);
				if (!rounds) {
					rounds = [];
					kinds.set(kind, rounds);
				}
				let at = rounds.length;
				while (at > 0 && (rounds[at - 1]?.order ?? 0) > line.order) at--;
				const round = rounds[at - 1];
				if (round && round.order === line.order) round.lines.push(line);
				else rounds.splice(at, 0, { order: line.order, lines: [line] });
			}
		}
	}

	/**
	 * The line as it is compared: a line with figures and no topic word (`I'd want 150k`) takes the topics
	 * that figures of its kinds were said under, in the order they were first kept; any other line as it is.
	 */
	withTopics<L extends SaidLine>(line: L): L {
		if (line.topics.length > 0 || line.figures.length === 0) return line;
		const kinds = new Set(line.figures.map((f) => f.kind));
		const topics = [...this.said.entries()].filter(([, byKind]) => [...kinds].some((kind) => byKind.has(kind))).map(([topic]) => topic);
		return topics.length === 0 ? line : { ...line, topics };
	}

	/**
	 * The conflicts of a line with what was said before its round: per topic and kind of figure, against all
	 * the lines of the latest earlier round that said it (`base 120k` and `OTE 150k` on two lines are one
	 * ask). The same conflict found under two topics of the line is given once, under the first.
	 */
	conflictsOf<L extends SaidLine>(line: L): SaidConflict<T, L>[] {
		const conflicts: SaidConflict<T, L>[] = [];
		for (const topic of line.topics) {
			for (const kind of new Set(line.figures.map((f) => f.kind))) {
				const rounds = this.said.get(topic)?.get(kind) ?? [];
				let at = rounds.length - 1;
				while (at >= 0 && (rounds[at]?.order ?? 0) >= line.order) at--;
				const earlier = rounds[at]?.lines;
				if (!earlier) continue;
				const earlierFigures = earlier.flatMap((e) => e.figures.filter((f) => f.kind === kind));
				if (!figuresConflict(earlierFigures, line.figures.filter((f) => f.kind === kind))) continue;
				if (conflicts.some((c) => c.kind === kind && c.earlier.length === earlier.length && c.earlier.every((e, i) => e === earlier[i]))) continue;
				conflicts.push({ topic, kind, earlier: [...earlier], later: line });
			}
		}
		return conflicts;
	}
}
