/** The countdown to a call set in the note's frontmatter as `meeting:`, and its reminders. */

export interface CallReminder {
	id: string;
	minutes: number;
}

/** `2026-12-03T15:00`, with or without seconds and zone; local time when no zone is given. Null when unreadable. */
export function parseMeetingTime(value: string | undefined): number | null {
	if (!value) return null;
	const text = value.trim();
	if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return null;
	const at = Date.parse(text.replace(" ", "T"));
	return Number.isNaN(at) ? null : at;
}

/**
 * The reminders due now that have not been shown: the latest only, when
 * several came due together, with the skipped ones marked shown with it.
 */
export function dueCallReminders(meetingAt: number, now: number, minutes: readonly number[], shown: readonly string[]): { due: CallReminder | null; shown: string[] } {
	const left = meetingAt - now;
	if (left <= 0) return { due: null, shown: [] };
	const due = minutes
		.filter((m) => m > 0 && left <= m * 60_000)
		.map((m) => ({ id: `call-${meetingAt}-${m}`, minutes: m }))
		.filter((r) => !shown.includes(r.id))
		.sort((a, b) => a.minutes - b.minutes);
	return { due: due[0] ?? null, shown: due.map((r) => r.id) };
}

/** `3 days`, `2 h 05 min`, `12 min`, or `under a minute`. */
export function formatTimeLeft(ms: number): string {
	const minutes = Math.floor(ms / 60_000);
	if (minutes < 1) return "under a minute";
	const hours = Math.floor(minutes / 60);
	if (hours >= 48) return `${Math.floor(hours / 24)} days`;
	return hours > 0 ? `${hours} h ${String(minutes % 60).padStart(2, "0")} min` : `${minutes} min`;
}
