/** A figure read from what the candidate said, as a value that compares with the same figure said another way. */

export type FigureKind = "money" | "duration" | "date";

/**
 * One figure: a single value has `low === high`, a range `low < high`.
 * - money: whole currency units (`$120k` is 120000); unit the ISO code written (`$` is USD), or null when none was.
 * - duration: days (a week is 7, a month 30); unit `"day"`.
 * - date: days since 1970-01-01 in UTC (an integer, so that no time zone moves a day); unit `"date"` for a
 *   day, `"month"` for a month or part of one (`early January` is the 1st to the 10th), spanning its days.
 */
export interface Figure {
	kind: FigureKind;
	low: number;
	high: number;
	unit: string | null;
}
