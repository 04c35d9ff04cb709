import type { Figure, FigureKind } from "./figure";
import { readSaid } from "./read-said";
import type { SaidTopic } from "./said-topics";

/** A line of a round's said section, where it is, and who it was said to. */
export interface SaidSource {
	text: string;
	/** The note's path. */
	path: string;
	/** The line's number in the note. */
	line: number;
	/** Who it was said to, such as the recruiter; null when the note does not say. */
	with: string | null;
	/** The round's name. */
	round: string;
	/** The round's place in the process: lines of a lower order were said before. Lines of one round share it. */
	order: number;
}

/** A said line read once: its topics and figures. */
export interface SaidLine extends SaidSource {
	topics: string[];
	figures: Figure[];
}

/** A later line whose figures of one kind differ from what was said on its topic in the latest earlier round that said any. */
export interface SaidConflict<E extends SaidLine = SaidLine, L extends SaidLine = E> {
	topic: string;
	kind: FigureKind;
	/** The lines on the topic with figures of the kind, from that earlier round, in the order given. */
	earlier: E[];
	later: L;
}

/** Reads a said line; `reference` places a date written without a year (see readSaid), so is the line's round's date. */
export function readSaidLine(source: SaidSource, topics: readonly SaidTopic[], reference: number): SaidLine {
	return { ...source, ...readSaid(source.text, topics, reference) };
}
