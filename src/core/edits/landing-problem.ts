import { NoteLineKinds } from "../note/line-kinds";

/**
 * Why an item added after `line` (0-based) cannot read as `what` there, in words that name the cause: the
 * block that line is in and that would take the item in, or else the line it would join.
 */
export function landingProblem(text: string, line: number, what: string): string {
	const literal = new NoteLineKinds(text).kind(line)?.literal;
	const where = `line ${line + 1}`;
	if (literal === "code") return `it would not read as ${what}: ${where} is in a code block that is not closed before it. Close the code block, then try again.`;
	if (literal === "html") return `it would not read as ${what}: ${where} is in an HTML block that does not end before it. End the HTML block, then try again.`;
	if (literal === "comment") return `it would not read as ${what}: ${where} is in a %% comment that is not closed before it. Close the comment, then try again.`;
	return `it would not read as ${what}: it would join the item or text of ${where}.`;
}
