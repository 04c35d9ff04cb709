import type { PrepNote } from "../note/prep-note";
import { RATING_MARKERS } from "../note/their-questions";

/** The `report` command's readable summary of a prep note. */
export function formatReport(note: PrepNote): string {
	const out: string[] = [];
	out.push(note.title === "" ? "(untitled)" : note.title);
	out.push("");
	const { done, total, cancelled } = note.prep;
	out.push(`Progress: ${done}/${total} (${percent(done, total)})${cancelled > 0 ? `, ${cancelled} cancelled` : ""}`);
	for (const s of note.sections) {
		if (s.total === 0) continue;
		out.push(`${"  ".repeat(s.depth)}${s.heading}: ${s.done}/${s.total}`);
	}
	out.push("");
	out.push(`Stories: ${note.stories.length}`);
	for (const [group, stories] of groupBy(note.stories, (s) => s.group)) {
		out.push(`  ${group || "(no heading)"} (${stories.length})`);
		for (const story of stories) {
			out.push(`    - ${story.title} (line ${story.line})`);
			for (const detail of story.details) out.push(`        ${detail.split("\n")[0] ?? ""}`);
		}
	}
	out.push("");
	out.push(`Questions: ${note.questions.length}`);
	for (const [group, questions] of groupBy(note.questions, (q) => q.group)) {
		out.push(`  ${group || "(no heading)"} (${questions.length})`);
		for (const q of questions) out.push(`    - ${q.text} (line ${q.line})`);
	}
	if (note.theirQuestions.length > 0) {
		out.push("");
		out.push(`Their questions: ${note.theirQuestions.length}`);
		for (const q of note.theirQuestions) {
			out.push(`  - ${q.text}${q.rating ? ` ${RATING_MARKERS[q.rating]}` : ""} (line ${q.line})`);
			if (q.answeredWith !== null) out.push(`      answered with: ${q.answeredWith}`);
		}
	}
	return out.join("\n") + "\n";
}

export function percent(done: number, total: number): string {
	return total === 0 ? "0%" : `${Math.round((done / total) * 100)}%`;
}

/** Groups in first-seen order, so the report and the sidebar follow the note. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = groups.get(k);
		if (list) list.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}
