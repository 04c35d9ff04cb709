import type { FieldLine, Heading } from "./prep-note";

/** `Key: value`, where the key is a short label and the value may be empty, as the seed's `* Time: ` is. */
const FIELD = /^([^:\n]{1,40}?)[ \t]*:[ \t]*(.*)$/s;

/**
 * The note's field bullets: top-level list items before its first section, that is before the first
 * heading other than the note's title (its first depth-1 heading), written as `Key: value`.
 */
export function fieldLinesOf(headings: readonly Heading[], rootItems: readonly { line: number; text: string }[]): FieldLine[] {
	const title = headings.find((h) => h.depth === 1);
	const firstSection = headings.find((h) => h !== title);
	const end = firstSection ? firstSection.line : Infinity;
	const fields: FieldLine[] = [];
	for (const item of rootItems) {
		if (item.line >= end) break;
		const match = FIELD.exec(item.text);
		const key = match?.[1]?.trim() ?? "";
		// A URL's scheme is not a key.
		if (!match || key === "" || /\/\//.test(item.text.slice(key.length, key.length + 3))) continue;
		fields.push({ key, value: (match[2] ?? "").trim(), line: item.line });
	}
	return fields;
}
