import type { SaidConflict, SaidLine } from "./said-line";
import { SaidHistory } from "./said-history";

/**
 * Every conflict in one process's said lines: each line against the latest earlier round that said its
 * topic with figures of the same kind. Lines of the same round are not compared with each other.
 */
export function saidConflicts<T extends SaidLine>(lines: readonly T[]): SaidConflict<T>[] {
	const history = new SaidHistory(lines);
	return lines.flatMap((line) => history.conflictsOf(line));
}
