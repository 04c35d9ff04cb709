/** A capture's stamp: `[+12:40]` of the meeting timer or `[15:05]` of the clock. */
export const STAMP = /^\[\+?\d{1,4}:\d{2}(?::\d{2})?\]/;

/** A captured line without the stamp it starts with, as a later round reads it: when in that call it was said is no news. */
export function withoutStamp(text: string): string {
	return text.replace(STAMP, "").trimStart();
}
