import type { Figure } from "./figure";

/**
 * Whether what was said later contradicts what was said earlier on the same topic: a later figure that
 * agrees with no earlier figure of its kind. A kind said only once, earlier or later, is no conflict: a
 * later line need not repeat everything, nor a salary line agree with a start date.
 */
export function figuresConflict(earlier: readonly Figure[], later: readonly Figure[]): boolean {
	return later.some((figure) => {
		const sameKind = earlier.filter((e) => e.kind === figure.kind);
		return sameKind.length > 0 && !sameKind.some((e) => figureAgrees(e, figure));
	});
}

/**
 * Whether a later figure repeats an earlier one of the same kind.
 * - money: the same currency, or none written on one side; then the same amount, an amount inside the
 *   range said before, or the same range. A range said after a single amount, or a wider or narrower
 *   range, is a different ask.
 * - duration: the same, give or take a fifteenth of the longer: `one month` (30 days) and `4 weeks` (28)
 *   are what people say for the same notice period, and flagging them mid-call would only distract;
 *   `3 weeks` and `4 weeks`, or `a month` and `5 weeks`, differ. A single period inside a range said before agrees.
 * - date: one inside the other: `January 5` inside `early January` or `January`; `mid-January` and
 *   `early January`, or two days, differ.
 */
export function figureAgrees(earlier: Figure, later: Figure): boolean {
	if (earlier.kind !== later.kind) return false;
	const single = later.low === later.high;
	if (earlier.kind === "money") {
		if (earlier.unit !== null && later.unit !== null && earlier.unit !== later.unit) return false;
		return single ? earlier.low <= later.low && later.high <= earlier.high : earlier.low === later.low && earlier.high === later.high;
	}
	if (earlier.kind === "duration") {
		if (single) return (earlier.low <= later.low && later.low <= earlier.high) || nearly(earlier.low, later.low) || nearly(earlier.high, later.low);
		return nearly(earlier.low, later.low) && nearly(earlier.high, later.high);
	}
	return (earlier.low <= later.low && later.high <= earlier.high) || (later.low <= earlier.low && earlier.high <= later.high);
}

/** Two periods people would call the same: within a fifteenth of the longer (two days in a month). */
function nearly(a: number, b: number): boolean {
	return Math.abs(a - b) <= Math.max(a, b) / 15 + 1e-9;
}
