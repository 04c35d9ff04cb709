import type { SaidLine } from "./said-line";
import { SaidHistory } from "./said-history";

/**
 * The lines with the topics they are compared under: a line with figures and no topic word takes the
 * topics that other lines said figures of its kinds under (see SaidHistory.withTopics), so `I'd want 150k`
 * is about pay where another line said `my range is 120–140k`. Lines that need nothing are given back as they are.
 */
export function inferTopics<T extends SaidLine>(lines: readonly T[]): T[] {
	const history = new SaidHistory(lines);
	return lines.map((line) => history.withTopics(line));
}
