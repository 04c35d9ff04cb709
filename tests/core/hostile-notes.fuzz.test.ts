import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	applyChanges,
	insertSections,
	NOTES_TEMPLATE,
	parsePrepNote,
	planAnsweredWith,
	planCapture,
	planLineEdit,
	PrepNoteParser,
	readListLine,
	sectionsPlanner,
	setItemChecked,
	toggleTaskLine,
	checkPlan,
	withRating,
	type Planner,
	type EditPlan,
} from "../../src/core";

/**
 * A bounded fuzz suite: generated hostile notes against the parser and every write the core plans.
 * Each property runs a fixed number of generated notes (in its name), so the suite stays within a few
 * seconds; fast-check prints the seed and the shrunk note of a failure, and nothing otherwise.
 */

const BOM = "\uFEFF";
const NBSP = "\u00a0";
const LS = "\u2028";

const name = fc.constantFrom("Notes", "Agenda", "Discrepancies", "Preparation", "Questions", "Stories", "Call", "notes", "AGENDA", "Their questions");
const text = fc.constantFrom("text", "Why this role?", "some *emphasis* and `code`", `no-break${NBSP}space`, `line${LS}separator`, "[link][ref]", "a | b", "x", "[+01:02] Why us? 🔴", "Rated 🟢\uFE0F  ", "Answered with: x");
const box = fc.constantFrom(" ", "x", "X", "-", "/", "?", ">");
const task = fc.tuple(box, text).map(([b, t]) => `[${b}] ${t}`);
const itemText = fc.oneof(task, text);

/** Blocks of lines; each is a shape that trips parsers or writers. */
const shape: fc.Arbitrary<readonly string[]> = fc.oneof(
	// ATX headings, duplicate and nested names, closed or not.
	fc.tuple(fc.integer({ min: 1, max: 4 }), name, fc.constantFrom("", " ##", "  ")).map(([depth, n, close]) => [`${"#".repeat(depth)} ${n}${close}`]),
	// Setext headings.
	fc.tuple(name, fc.constantFrom("===", "---")).map(([n, underline]) => [n, underline]),
	// Lists, nested by two spaces or a tab, tasks among them.
	fc.array(fc.tuple(fc.constantFrom("", "  ", "    ", "\t", "\t\t"), fc.constantFrom("-", "*", "1."), itemText), { minLength: 1, maxLength: 5 }).map((items) => items.map(([indent, marker, t]) => `${indent}${marker} ${t}`)),
	// Quotes and callouts with tasks in them.
	fc.array(fc.oneof(itemText.map((t) => `> - ${t}`), text.map((t) => `> ${t}`), fc.constantFrom("> [!note] Callout", "> [!todo]- Folded", ">", "> > - [ ] nested quote")), { minLength: 1, maxLength: 4 }),
	// Fences, open or closed, at the top, inside list items and inside quotes.
	fc.tuple(fc.constantFrom("", "- ", "  ", "> ", "- > "), fc.constantFrom("```", "~~~", "````md"), fc.array(fc.constantFrom("- [ ] not a task", "# not a heading", "text"), { maxLength: 3 }), fc.boolean()).map(
		([lead, fence, body, closed]) => {
			const inner = lead.startsWith("-") ? " ".repeat(lead.length) : lead;
			return [`${lead}${fence}`, ...body.map((line) => `${inner}${line}`), ...(closed ? [`${inner}${fence}`] : [])];
		},
	),
	// HTML blocks and comments.
	fc.constantFrom(["<div>", "- [ ] in html", "</div>"], ["<div>"], ["<!-- a comment -->"], ["<!--", "- [x] commented out", "-->"], ["<!--"], ["<details>", "", "- [ ] after html"], ["<span>inline</span> text"]),
	// Tables, with and without a `---` line right after them.
	fc.tuple(fc.constantFrom(["| a | b |", "| --- | --- |"], ["| Topic | Before | Today |", "| - | - | - |"]), fc.array(fc.constantFrom("|  |  |", "| x | y |"), { maxLength: 2 }), fc.boolean()).map(([head, rows, rule]) => [...head, ...rows, ...(rule ? ["---"] : [])]),
	// Link reference definitions.
	fc.constantFrom(["[ref]: https://example.com"], ["[Ref]: <x> 'title'"]),
	// Lines that look blank and are not, and lines that are.
	fc.constantFrom([""], [""], [NBSP], [`${NBSP}- [ ] after a no-break space`], ["   "], ["\t"]),
	// Lines that open or close a block in one reading and not in another.
	fc.array(fc.constantFrom("<!--", "-->", "<!-->", "<!--->", "<?>", `<pre${NBSP}x>`, `~~~${LS}`, "<pre", "<pre x>", "</pre>", "%%", "%% comment %%", "```js x", "~~~ ~", "```", "~~~", "<?php", "?>", "<![CDATA[", "]]>", "<script>", "</script>", "    indented code", "***", "#", "#\tTab"), { minLength: 1, maxLength: 3 }),
	// Short lines of the characters markdown gives meaning to, in any order.
	fc.array(fc.string({ unit: fc.constantFrom("#", "-", "*", ">", "`", "~", "<", ">", "!", "[", "]", "(", ")", " ", " ", "\t", "|", "=", "1", ".", "x", "a", "/", "%", "?", NBSP, LS, "pre", "div", "--"), maxLength: 10 }), { minLength: 1, maxLength: 3 }),
	// Deep nesting, kept small enough for remark's own cost on nested lists.
	fc.tuple(fc.integer({ min: 2, max: 60 }), fc.constantFrom("- ", "> ", "1. ", "> - "), task).map(([depth, marker, t]) => [`${marker.repeat(depth)}${t}`]),
);

/** A section the plugin reads or writes, headed at any depth, with hostile blocks under it; or any block alone. */
const block: fc.Arbitrary<readonly string[]> = fc.oneof(
	fc
		.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom("Questions", "Stories", "Preparation", "Agenda", "Discrepancies", "Notes", "Their questions"), fc.array(shape, { minLength: 1, maxLength: 3 }), fc.boolean())
		.map(([depth, n, body, gap]) => [`${"#".repeat(depth)} ${n}`, ...(gap ? [""] : []), ...body.flat()]),
	shape,
);

/** A note: blocks, a blank line or none between them, a BOM or none, and line endings of one kind or mixed. */
const hostileNote = fc
	.tuple(
		fc.array(fc.tuple(block, fc.boolean()), { maxLength: 14 }),
		fc.oneof(fc.constantFrom("\n", "\r\n", "\r"), fc.constant("mixed" as const)),
		fc.infiniteStream(fc.constantFrom("\n", "\r\n", "\r")),
		fc.boolean(),
		fc.boolean(),
	)
	.map(([blocks, eol, mixed, bom, final]) => {
		const lines = blocks.flatMap(([lines, blank]) => (blank ? [...lines, ""] : lines));
		const ending = (): string => (eol === "mixed" ? (mixed.next().value as string) : eol);
		const body = lines.map((line, i) => line + (i < lines.length - 1 || final ? ending() : "")).join("");
		return (bom ? BOM : "") + body;
	});

/** Notes as people write them: sections, lists, tasks, tables, callouts, closed code and closed comments. */
const ordinaryNote = fc
	.tuple(
		fc.array(
			fc.oneof(
				fc.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom("Preparation", "Questions", "Chosen", "Stories", "Notes", "Agenda", "Discrepancies", "Call", "Their questions")).map(([d, n]) => [`${"#".repeat(d)} ${n}`]),
				fc.array(fc.tuple(fc.constantFrom("", "\t", "    "), fc.constantFrom("-", "*", "1."), itemText), { minLength: 1, maxLength: 4 }).map((items) => items.map(([indent, marker, t]) => `${indent}${marker} ${t}`)),
				fc.constantFrom(["| Topic | Before | Today |", "| - | - | - |", "|  |  |  |"], ["> [!note] Callout", "> - [ ] quoted"], ["```js", "const x = 1;", "```"], ["%%", "- [ ] draft", "%%"], ["Some text %% aside %%"], ["<div>x</div>"]),
			),
			{ maxLength: 12 },
		),
		fc.constantFrom("\n", "\r\n"),
	)
	.map(([blocks, eol]) => blocks.map((lines) => lines.join(eol)).join(eol + eol) + eol);

const lineBreaks = (note: string) => note.match(/\r\n|\n|\r/g) ?? [];
/** Lines as the core counts them: a leading BOM and a final break do not count. */
const linesOf = (note: string) => {
	const body = note.startsWith(BOM) ? note.slice(1) : note;
	if (body === "") return [];
	const lines = body.split(/\r\n|\n|\r/);
	if (lines[lines.length - 1] === "") lines.pop();
	return lines;
};
/** Whether every line of `before` is in `after`, unchanged and in order; `except` is one line of `before` that may be changed. */
function keepsLines(before: string, after: string, except?: number): boolean {
	const want = linesOf(before);
	let i = 0;
	for (const line of linesOf(after)) if (i < want.length && (line === want[i] || i === except)) i++;
	return i === want.length;
}
/** Whether the written note uses only line endings of the original: its own kinds, or LF for a note without a break. */
function ownEndings(before: string, after: string): boolean {
	const own = new Set(lineBreaks(before).length > 0 ? lineBreaks(before) : ["\n"]);
	return lineBreaks(after).every((eol) => own.has(eol)) && after.startsWith(BOM) === before.startsWith(BOM);
}
const applied = (note: string, plan: EditPlan<unknown>) => (plan.kind === "change" ? applyChanges(note, plan.changes) : note);

/** `FUZZ_SCALE=20 npx vitest run tests/core/hostile-notes.fuzz.test.ts` fuzzes longer, off the unit run. */
const scale = Math.max(1, Number(process.env.FUZZ_SCALE) || 1);
/** A larger FUZZ_SCALE runs longer: each property's time limit grows with it. The limit is a bound, not a target: coverage and a busy 2-core machine take several times a quiet run. */
const TIMEOUT = 90_000 * scale;
const RUNS = { parse: 1000 * scale, sections: 500 * scale, capture: 500 * scale, toggles: 500 * scale, ratings: 300 * scale, checks: 150 * scale };
const RATINGS = ["strong", "ok", "weak"] as const;

/** Every planner the core offers for a note: section inserts, captures, and each task's and question's toggle. */
function plannersFor(note: string): { name: string; planner: Planner<unknown> }[] {
	const counts = (c: string) => "xX-".includes(c);
	const asked = (c: string) => "xX".includes(c);
	const model = parsePrepNote(note);
	const planners: { name: string; planner: Planner<unknown> }[] = [
		...[NOTES_TEMPLATE, "## Agenda\n\n- intro\n"].map((template) => ({ name: `sections ${JSON.stringify(template)}`, planner: sectionsPlanner(template) })),
		...["Agenda", "Discrepancies"].flatMap((target) =>
			[false, true].map((table) => ({ name: `capture ${target}`, planner: ((text: string) => planCapture(text, target, "said so", { template: NOTES_TEMPLATE, preferTableRow: table })) })),
		),
	];
	for (const t of model.taskItems) planners.push({ name: `toggle line ${t.line}`, planner: planLineEdit({ line: t.line, expected: t.raw, replacement: toggleTaskLine(t.raw, "x", counts) ?? t.raw }) });
	for (const q of model.questions) {
		const was = readListLine(q.raw);
		const replacement = was && setItemChecked(q.raw, !(was.box !== undefined && asked(was.box)), "x", false, undefined, asked);
		if (replacement) planners.push({ name: `ask line ${q.line}`, planner: planLineEdit({ line: q.line, expected: q.raw, replacement }) });
	}
	// The first two questions they asked, so the check stays within its time; the rating property runs them all.
	for (const q of model.theirQuestions.slice(0, 2)) {
		// One rating a question: the rating property below runs all three.
		const replacement = withRating(q.raw, q.rating === "weak" ? null : "weak");
		if (replacement !== null) planners.push({ name: `rate line ${q.line}`, planner: planLineEdit({ line: q.line, expected: q.raw, replacement }) });
		const story = model.stories[0];
		const told = story && { line: story.line, expected: story.raw, replacement: setItemChecked(story.raw, true, "x", false, undefined, asked) ?? story.raw };
		planners.push({
			name: `answered with, line ${q.line}`,
			planner: (text: string) => planAnsweredWith(text, { question: { line: q.line, raw: q.raw }, story: story?.title || "Queue migration", told: told ?? null }, { theirQuestions: "Their questions" }),
		});
	}
	return planners;
}

describe("hostile notes", () => {
	it(`parse without throwing, chunked as whole, each raw line the note's own (${RUNS.parse} generated notes)`, () => {
		fc.assert(
			fc.property(hostileNote, (note) => {
				const whole = parsePrepNote(note);
				expect(new PrepNoteParser().parse(note)).toEqual(whole);
				const lines = linesOf(note);
				expect(whole.lineCount).toBe(lines.length);
				for (const item of [...whole.taskItems, ...whole.questions, ...whole.stories]) expect(item.raw).toBe(lines[item.line - 1]);
			}),
			{ numRuns: RUNS.parse },
		);
	}, TIMEOUT);

	it(`take sections without losing or moving a line, in their own endings, once only (${RUNS.sections} generated notes)`, () => {
		fc.assert(
			fc.property(hostileNote, fc.constantFrom(NOTES_TEMPLATE, "## Agenda\n\n- intro\n", "# Notes\n## Agenda\n- a\n"), (note, template) => {
				const once = insertSections(note, template);
				if (once.problem) expect(once.text).toBe(note);
				expect(keepsLines(note, once.text)).toBe(true);
				expect(ownEndings(note, once.text)).toBe(true);
				const twice = insertSections(once.text, template);
				expect(twice.text).toBe(once.text);
			}),
			{ numRuns: RUNS.sections },
		);
	}, TIMEOUT);

	it(`take a capture as a change or a refusal with a reason, never lose a line, in their own endings (${RUNS.capture} generated notes)`, () => {
		fc.assert(
			fc.property(hostileNote, fc.constantFrom("Agenda", "Discrepancies", "Notes", "Questions"), fc.boolean(), (note, target, table) => {
				const plan = planCapture(note, target, "[+01:02] said so", { template: NOTES_TEMPLATE, preferTableRow: table });
				if (plan.kind === "refuse") {
					expect(plan.reason).not.toBe("");
					return;
				}
				if (plan.kind !== "change") throw new Error(`a capture planned ${plan.kind}`);
				const after = applied(note, plan);
				expect(linesOf(after).some((line) => line.includes("[+01:02] said so"))).toBe(true);
				expect(ownEndings(note, after)).toBe(true);
				// A filled empty table row is the one original line a capture may change: the one change that is not an insertion.
				const replaced = plan.changes.filter((c) => c.to > c.from);
				expect(replaced.length).toBeLessThanOrEqual(plan.result.asTableRow ? 1 : 0);
				const filled = replaced[0] && linesOf(note.slice(0, replaced[0].from)).length;
				if (filled !== undefined) expect(linesOf(note)[filled]).toMatch(/^\s*\|[\s|]*\|\s*$/);
				expect(keepsLines(note, after, filled)).toBe(true);
			}),
			{ numRuns: RUNS.capture },
		);
	}, TIMEOUT);

	it(`toggle every task and question and back, byte for byte (${RUNS.toggles} generated notes)`, () => {
		const counts = (c: string) => "xX-".includes(c);
		const asked = (c: string) => "xX".includes(c);
		fc.assert(
			fc.property(hostileNote, (note) => {
				const model = parsePrepNote(note);
				for (const t of model.taskItems) {
					const toggled = applied(note, planLineEdit({ line: t.line, expected: t.raw, replacement: toggleTaskLine(t.raw, "x", counts) ?? t.raw })(note));
					expect(toggled).not.toBe(note);
					expect(ownEndings(note, toggled)).toBe(true);
					const flipped = parsePrepNote(toggled).taskItems.find((u) => u.line === t.line);
					expect(counts(flipped?.char ?? "")).toBe(!counts(t.char));
					const back = planLineEdit({ line: t.line, expected: flipped?.raw ?? "", replacement: toggleTaskLine(flipped?.raw ?? "", "x", counts, t.char) ?? "" })(toggled);
					expect(applied(toggled, back)).toBe(note);
				}
				for (const q of model.questions) {
					const was = readListLine(q.raw);
					if (!was) continue;
					const isAsked = was.box !== undefined && asked(was.box);
					const replacement = setItemChecked(q.raw, !isAsked, "x", false, undefined, asked) ?? q.raw;
					const marked = applied(note, planLineEdit({ line: q.line, expected: q.raw, replacement })(note));
					const back = setItemChecked(replacement, isAsked, "x", was.box === undefined, was.box, asked) ?? replacement;
					expect(applied(marked, planLineEdit({ line: q.line, expected: replacement, replacement: back })(marked))).toBe(note);
				}
			}),
			{ numRuns: RUNS.toggles },
		);
	}, TIMEOUT);

	it(`rate every question they asked and clear it, byte for byte; the same click twice writes once (${RUNS.ratings} generated notes)`, () => {
		fc.assert(
			fc.property(hostileNote, (note) => {
				for (const q of parsePrepNote(note).theirQuestions) {
					for (const rating of RATINGS) {
						const edit = { line: q.line, expected: q.raw, replacement: withRating(q.raw, rating) ?? q.raw };
						const rated = applied(note, planLineEdit(edit)(note));
						expect(ownEndings(note, rated)).toBe(true);
						expect(keepsLines(note, rated, q.line - 1)).toBe(true);
						expect(parsePrepNote(rated).theirQuestions.find((u) => u.line === q.line)?.rating).toBe(rating);
						// A second identical click, planned from the same reading, has nothing to do.
						expect(planLineEdit(edit)(rated).kind).toBe("none");
						const back = withRating(edit.replacement, q.rating) ?? edit.replacement;
						const restored = applied(rated, planLineEdit({ line: q.line, expected: edit.replacement, replacement: back })(rated));
						expect(restored).toBe(note);
					}
				}
			}),
			{ numRuns: RUNS.ratings },
		);
	}, TIMEOUT);

	it(`check every plan before it is written: a plan that passes keeps every untouched heading and task as it was (${RUNS.checks} generated notes)`, () => {
		fc.assert(
			fc.property(hostileNote, (note) => {
				const model = parsePrepNote(note);
				for (const { name, planner } of plannersFor(note)) {
					const plan = planner(note);
					if (plan.kind !== "change") continue;
					const problem = checkPlan(note, plan, planner);
					if (problem !== null) {
						expect(problem, name).toMatch(/\w/);
						continue;
					}
					const after = parsePrepNote(applied(note, plan));
					const untouched = (line: number) => plan.changes.every((c) => linesOf(note.slice(0, c.from)).length + 1 !== line);
					for (const h of model.headings) expect(after.headings.some((g) => g.text === h.text && g.depth === h.depth), name).toBe(true);
					for (const t of model.taskItems.filter((t) => untouched(t.line))) expect(after.taskItems.some((u) => u.raw === t.raw && u.char === t.char), name).toBe(true);
				}
			}),
			{ numRuns: RUNS.checks },
		);
	}, TIMEOUT);

	it(`pass every plan the core makes for ordinary prep notes (${RUNS.checks} generated notes)`, () => {
		fc.assert(
			fc.property(ordinaryNote, (note) => {
				for (const { name, planner } of plannersFor(note)) {
					const plan = planner(note);
					if (plan.kind === "change") expect(checkPlan(note, plan, planner), name).toBeNull();
				}
			}),
			{ numRuns: RUNS.checks },
		);
	}, TIMEOUT);
});
