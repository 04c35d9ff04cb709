/** Questions and stories are the same across rounds when their text is: trimmed, whitespace collapsed, case ignored. */
export function identityKey(text: string): string {
	return text.trim().replace(/\s+/g, " ").toLowerCase();
}
