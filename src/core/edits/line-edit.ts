import { change, refuse, type Planner } from "./edit-plan";
import { lineStarts } from "../note/lines";

export interface LineEdit {
	/** 1-based line, as the model gives it. */
	line: number;
	/** What the line must still say, or the edit is refused. */
	expected: string;
	replacement: string;
}

export const LINE_CHANGED = "that line changed since the sidebar read it. Try again.";

/**
 * Replaces one line, only if it still says what the caller saw; its line ending stays as it is. A line
 * that already says the replacement has nothing to do, so a second identical click writes nothing.
 */
export function planLineEdit(edit: LineEdit): Planner<void> {
	return (text) => {
		const starts = lineStarts(text);
		const from = starts[edit.line - 1];
		if (edit.line < 1 || from === undefined) return refuse(LINE_CHANGED);
		const line = /^[^\r\n]*/.exec(text.slice(from))?.[0] ?? "";
		if (line === edit.replacement) return change([], undefined);
		if (line !== edit.expected) return refuse(LINE_CHANGED);
		return change(edit.replacement === edit.expected ? [] : [{ from, to: from + line.length, text: edit.replacement }], undefined);
	};
}
