import type { Figure } from "./figure";
import { readFigures } from "./read-figures";
import type { SaidTopic } from "./said-topics";
import { topicsIn } from "./topics-in";

export interface SaidReading {
	/** The names of the topics the line is about, in the topics' order. */
	topics: string[];
	/** The figures in the line, in the order written. A line with topics and no figure is a statement: shown, not compared. */
	figures: Figure[];
}

/**
 * What one said line is about and the figures in it. `reference` is a time in milliseconds (the round's
 * date, say): a date written without a year is placed by its UTC day. Cheap enough to run on every keystroke.
 */
export function readSaid(text: string, topics: readonly SaidTopic[], reference: number): SaidReading {
	return { topics: topicsIn(text, topics), figures: readFigures(text, reference) };
}
