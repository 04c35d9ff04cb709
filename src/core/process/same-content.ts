/**
 * Whether two values read from notes hold the same content: plain data (text, numbers, booleans, null,
 * lists and records) compared through and through, so a note saved again unchanged, or changed only where
 * a round or a view does not look, tells no one that anything changed.
 */
export function sameContent(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameContent(item, b[i]));
	if (Array.isArray(b)) return false;
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	const keys = Object.keys(left);
	return keys.length === Object.keys(right).length && keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && sameContent(left[key], right[key]));
}
