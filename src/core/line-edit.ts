export interface LineEdit {
	/** 1-based line, as the model gives it. */
	line: number;
	/** What the line must still say, or the edit is refused. */
	expected: string;
	replacement: string;
}

/** The text with one line replaced, every line ending kept; null when the line no longer says what was expected. */
export function replaceLine(text: string, edit: LineEdit): string | null {
	const parts = text.split(/(\r\n|\n|\r)/);
	const at = (edit.line - 1) * 2;
	if (edit.line < 1 || parts[at] !== edit.expected) return null;
	parts[at] = edit.replacement;
	return parts.join("");
}
