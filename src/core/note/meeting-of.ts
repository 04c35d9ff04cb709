import { parseMeetingTime } from "../timer/call-countdown";
import type { FieldLine } from "./prep-note";

/** Field bullets whose value is when the call is, as the seed note's `* Time:` is. */
const TIME_KEYS = ["time", "meeting", "when"];

/**
 * When the note says its call is, as written: its `meeting:` property, else a `Time:` field bullet at the
 * top of the note, which is where notes written by hand keep it. Null when neither is filled in.
 */
export function meetingOf(frontmatter: Readonly<Record<string, string>>, fields: readonly FieldLine[]): string | null {
	const property = frontmatter.meeting?.trim() ?? "";
	if (property !== "") return property;
	const field = fields.find((f) => f.value !== "" && TIME_KEYS.includes(f.key.toLowerCase()));
	return field ? field.value : null;
}

/** Whether a meeting as written is one the plugin can count down to: a date and a time, or a date alone. */
export function isReadableMeeting(text: string): boolean {
	return parseMeetingTime(text) !== null || /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
}
