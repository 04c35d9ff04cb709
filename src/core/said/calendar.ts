/** Calendar arithmetic for said dates, in days since 1970-01-01 counted in UTC, so that dates compare as integers. */

export const DAY_MS = 86_400_000;

/** The day number of a calendar date; the month is 1 to 12. */
export function epochDay(year: number, month: number, day: number): number {
	return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The calendar date of a day number. */
export function calendarDate(days: number): { year: number; month: number; day: number } {
	const date = new Date(days * DAY_MS);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
