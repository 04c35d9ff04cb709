import { readSaidLine, SaidHistory, type SaidTopic } from "../said";
import { dayTime, processSaid, type ProcessSaidLine } from "./process-said";
import type { Round } from "./round";
import { earlierWords } from "./said-words";

/**
 * The check of a line as it is typed into the said section: what the process said before is read once,
 * when the capture opens; each keystroke then reads only the typed line and compares it with the lines of
 * the latest earlier round on its topics (SaidHistory), well under a millisecond.
 */
export class SaidCheck {
	/** What was said to someone before, and what the note's Concerns mean to say. */
	private readonly told: SaidHistory<ProcessSaidLine>;
	private readonly planned: SaidHistory<ProcessSaidLine>;
	private readonly order: number;
	private readonly reference: number;

	/** `rounds` in the order they happened, the note in view among them as `current`; `today` is `YYYY-MM-DD`. */
	constructor(
		rounds: readonly Round[],
		private readonly current: Round,
		private readonly topics: readonly SaidTopic[],
		today: string,
	) {
		const index = Math.max(0, rounds.indexOf(current));
		const lines = processSaid(rounds.slice(0, index + 1), topics, today);
		this.told = new SaidHistory(lines.filter((line) => line.origin === "said"));
		this.planned = new SaidHistory(lines.filter((line) => line.origin === "concerns" && line.path === current.path));
		// As a said line of the round in view: after its Concerns, and never compared with its own said lines.
		this.order = 2 * index + 1;
		this.reference = dayTime(current.date ?? today);
	}

	/**
	 * The words to show under the typed line, `Earlier: 120–140k, to Dana (recruiter call, 1 Dec)`: what it
	 * differs from that was said before, or else in the note's Concerns; null when it differs from neither.
	 */
	check(text: string): string | null {
		const { path, with: person, round } = this.current;
		const read = readSaidLine({ text, path, line: 0, with: person, round, order: this.order }, this.topics, this.reference);
		if (read.figures.length === 0) return null;
		const [conflict] = [...this.told.conflictsOf(this.told.withTopics(read)), ...this.planned.conflictsOf(this.planned.withTopics(read))];
		return conflict ? earlierWords(conflict, path) : null;
	}
}
