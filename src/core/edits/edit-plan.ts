/**
 * Plans for edits: what every write to a note is, before anything touches the note. A planner reads the
 * note's current text and answers with the changes to make and a result for its caller, with "nothing to
 * do", or with a reason to refuse. One adapter applies any plan, so every write shares its guards.
 */

/** Replace `[from, to)` of the planned-on text with `text`. Changes of one plan never overlap. */
export interface TextChange {
	from: number;
	to: number;
	text: string;
}

export type EditPlan<R> =
	/**
	 * `caret`, when set, is where the cursor goes, as an offset in the changed text: after text typed at it.
	 * `repeats` marks a plan that adds afresh each time it runs, as a capture does; any other plan, run
	 * again on its own result, must have nothing left to do.
	 */
	| { kind: "change"; changes: TextChange[]; result: R; caret?: number; repeats?: boolean }
	| { kind: "none"; result: R }
	| { kind: "refuse"; reason: string };

/** A plan from the note's current text; run again on the text a background write hands over. */
export type Planner<R> = (text: string) => EditPlan<R>;

export function change<R>(changes: TextChange[], result: R): EditPlan<R> {
	return changes.length === 0 ? { kind: "none", result } : { kind: "change", changes, result };
}

export function refuse<R>(reason: string): EditPlan<R> {
	return { kind: "refuse", reason };
}

/**
 * Why a plan cannot be told from its own result, or null: run again on the text it gives, a plan must
 * have nothing left to do, unless it says it adds afresh each time it runs. Part of the check before
 * every write (`checkPlan`), kept here because it needs the planner and no parser.
 */
export function rerunProblem<R>(before: string, plan: Extract<EditPlan<R>, { kind: "change" }>, planner: Planner<R>): string | null {
	if (plan.repeats) return null;
	const again = planner(applyChanges(before, plan.changes));
	return again.kind === "change" ? "running it again would change the note again, so it cannot tell what it already did." : null;
}

/** An insertion at one offset, as a change. */
export function insertAt(offset: number, text: string): TextChange {
	return { from: offset, to: offset, text };
}

/** Line and column of an offset, counting `\r\n`, `\n` and `\r` as line breaks. */
export function positionAt(text: string, offset: number): { line: number; ch: number } {
	const before = text.slice(0, offset);
	const breaks = before.match(/\r\n|\n|\r/g) ?? [];
	const lastBreak = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
	return { line: breaks.length, ch: before.length - lastBreak - 1 };
}

/** The text with the changes made. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
	let out = text;
	for (const c of [...changes].sort((a, b) => b.from - a.from || b.to - a.to)) out = out.slice(0, c.from) + c.text + out.slice(c.to);
	return out;
}

/**
 * Changes against a text that do what `first` and then `second` do, where `second` was planned on the text
 * `first` gives. A change of `second` inside text that `first` inserted is folded into it, so the result
 * touches each stretch of the original once and an editor can apply it as one transaction. Null when a
 * change of `second` straddles inserted and original text, which no planner here makes.
 */
export function composeChanges(first: readonly TextChange[], second: readonly TextChange[]): TextChange[] | null {
	const result = [...first].sort((a, b) => a.from - b.from).map((c) => ({ ...c }));
	const added: TextChange[] = [];
	// From the end back, so each fold leaves the offsets of the changes before it as planned.
	for (const s of [...second].sort((a, b) => b.from - a.from || b.to - a.to)) {
		// Where each change of `first` sits in the text it gives.
		let shift = 0;
		let target: { change: TextChange; start: number } | null = null;
		let shiftBefore = 0;
		let straddles = false;
		for (const c of result) {
			const start = c.from + shift;
			const end = start + c.text.length;
			if (s.from >= start && s.to <= end && (c.text.length > 0 || s.from === start)) {
				target = { change: c, start };
				break;
			}
			if (s.from < end && s.to > start) straddles = true;
			shift += c.text.length - (c.to - c.from);
			if (end <= s.from) shiftBefore = shift;
		}
		if (target) {
			const at = s.from - target.start;
			target.change.text = target.change.text.slice(0, at) + s.text + target.change.text.slice(at + (s.to - s.from));
		} else if (straddles) {
			return null;
		} else {
			added.push({ from: s.from - shiftBefore, to: s.to - shiftBefore, text: s.text });
		}
	}
	return [...result, ...added].sort((a, b) => a.from - b.from || a.to - b.to);
}
