/** The countdown to a call set in the note's frontmatter as `meeting:`, and its reminders. */

export interface CallReminder {
	id: string;
	minutes: number;
}

/** How long after its start a call still counts as on: the sidebar offers the timer, and the countdown keeps checking. */
export const CALL_WINDOW_MS = 60 * 60_000;

/** Whether the call has started and is still within its window. */
export function callIsDue(meetingAt: number, now: number): boolean {
	const left = meetingAt - now;
	return left <= 0 && left > -CALL_WINDOW_MS;
}

const MEETING_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(?: ?(Z|([+-])(\d{2}):?(\d{2})))?$/;

/**
 * `2026-12-03T15:00`, with or without seconds (and milliseconds) and zone (`Z`, `+01:00`, after a space or
 * not, as `2026-12-03 15:00 +01:00`); local time when no zone is given. Null when unreadable, and when a
 * field is off the calendar or the clock: `2026-02-31` is no day, where the date parser would roll it over
 * into March. Worked out field by field, so no engine's reading of an unusual form decides.
 */
export function parseMeetingTime(value: string | undefined): number | null {
	if (!value) return null;
	const match = MEETING_TIME.exec(value.trim());
	if (!match) return null;
	const [, y, mo, d, h, mi, s = "0", fraction = "", zone, sign, zh = "0", zm = "0"] = match;
	const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
	const ms = fraction === "" ? 0 : Math.round(Number(fraction) * 1000);
	const onClock = hour <= 23 && minute <= 59 && second <= 59 && Number(zh) <= 23 && Number(zm) <= 59;
	if (!isCalendarDay(year, month, day) || !onClock) return null;
	if (zone === undefined) return new Date(year, month - 1, day, hour, minute, second, ms).getTime();
	const offset = (sign === "-" ? -1 : 1) * (Number(zh) * 60 + Number(zm)) * 60_000;
	return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset;
}

/** Whether year, month (1 to 12) and day name a day of the calendar: no 31 February, and 29 February only in a leap year. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A reminder this close to the next one is left out, so that opening a note late shows one reminder, not two. */
const MERGE_WITH_NEXT_MS = 2 * 60_000;

/**
 * The reminder due now that has not been shown, or null: the latest only, when several came due together,
 * with the skipped ones marked shown with it. `minutes` is how long before the call the reminder says it is,
 * rounded up, which is later than its threshold when the note was opened late.
 */
export function dueCallReminders(meetingAt: number, now: number, thresholds: readonly number[], shown: readonly string[]): { due: CallReminder | null; shown: string[] } {
	const left = meetingAt - now;
	if (left <= 0) return { due: null, shown: [] };
	const sorted = [...new Set(thresholds.filter((m) => m > 0))].sort((a, b) => a - b);
	const crossed = sorted.filter((m) => left <= m * 60_000).map((m) => `call-${meetingAt}-${m}`).filter((id) => !shown.includes(id));
	if (crossed.length === 0) return { due: null, shown: [] };
	const passed = sorted.filter((m) => left > m * 60_000);
	const next = passed[passed.length - 1];
	if (next !== undefined && left - next * 60_000 < MERGE_WITH_NEXT_MS) return { due: null, shown: crossed };
	return { due: { id: crossed[0] ?? "", minutes: Math.ceil(left / 60_000) }, shown: crossed };
}

/** `3 days`, `2 h 05 min`, `12 min`, or `under a minute`; `an unknown time` for a time that is no number. */
export function formatTimeLeft(ms: number): string {
	if (Number.isNaN(ms)) return "an unknown time";
	const minutes = Math.floor(ms / 60_000);
	if (minutes < 1) return "under a minute";
	const hours = Math.floor(minutes / 60);
	if (hours >= 48) return `${Math.floor(hours / 24)} days`;
	return hours > 0 ? `${hours} h ${String(minutes % 60).padStart(2, "0")} min` : `${minutes} min`;
}
