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
	debriefTemplate,
	identityKey,
	planEdit,
	PREP_SECTIONS_TEMPLATE,
	roundOf,
	storyToCopy,
	type Planner,
	type EditPlan,
	type PrepNote,
} from "../../src/core";
import { nextRoundText } from "./process/next-round-text";

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

/** Lines of a note, joined with one kind of line ending or mixed ones, with a BOM or none, a final break or none. */
const joined = (lines: fc.Arbitrary<readonly string[]>) =>
	fc
		.tuple(lines, fc.oneof(fc.constantFrom("\n", "\r\n", "\r"), fc.constant("mixed" as const)), fc.infiniteStream(fc.constantFrom("\n", "\r\n", "\r")), fc.boolean(), fc.boolean())
		.map(([all, eol, mixed, bom, final]) => {
			const ending = (): string => (eol === "mixed" ? (mixed.next().value as string) : eol);
			return (bom ? BOM : "") + all.map((line, i) => line + (i < all.length - 1 || final ? ending() : "")).join("");
		});

/**
 * A list item as the newer writers meet it: indented by spaces or a tab, any marker, with a continuation line
 * that has no indent, details nested by a tab or by one space too few, a heading or a fence indented under it,
 * or an HTML block, code or a comment mark after it.
 */
const itemLinesOf = (calm: boolean): fc.Arbitrary<string[]> =>
	fc
	.tuple(
		fc.constantFrom("", "", " ", "  ", "   ", "\t"),
		fc.constantFrom("-", "-", "*", "1.", "2)", "+"),
		fc.oneof(itemText, fc.constantFrom("What is the team's", "Why?", "Why?", calm ? "%% aside %%" : "%% private", "<span>x</span>")),
		fc.array(
			fc.oneof(
				{ weight: 6, arbitrary: fc.constantFrom("on-call rotation?", "\t- Situation: db", "  - Result: 2x", " - B?", " #", "  ```", "<details>", "    code", "", "> quoted", "2) next") },
				// Blocks left open at the top level hide what follows: rarer, so most notes still have something to write to.
				{ weight: calm ? 0 : 1, arbitrary: fc.constantFrom("```", "%%", "<!--") },
			),
			{ maxLength: 3 },
		),
	)
	.map(([indent, marker, text, after]) => [`${indent}${marker} ${text}`, ...after]);

/** A group heading at `depth`, ATX or setext, then items and hostile blocks, with or without blank lines between. */
const group = (depth: number, names: fc.Arbitrary<string>, calm: boolean): fc.Arbitrary<string[]> =>
	fc
		.tuple(names, fc.boolean(), fc.array(fc.oneof({ weight: 8, arbitrary: itemLinesOf(calm) }, { weight: calm ? 0 : 1, arbitrary: shape.map((lines) => [...lines]) }), { maxLength: 4 }), fc.boolean(), fc.boolean())
		.map(([name, setext, items, gap, loose]) => [
			// A setext heading right after a paragraph is no heading: only in the hostile notes.
			...(setext && !calm && depth <= 2 ? [name, depth === 1 ? "===" : "---"] : [`${"#".repeat(depth)} ${name}`]),
			...(gap ? [""] : []),
			...items.flatMap((lines, i) => (loose && i > 0 ? ["", ...lines] : lines)),
		]);

/** A note with Questions (Chosen and Extra), Stories with groups and Notes at any depth, among hostile blocks. */
const writerNoteOf = (calm: boolean) =>
	joined(
		fc
			.tuple(
				// Mostly nothing before Questions: an unclosed block there hides every section after it, and every write is refused.
				fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: calm ? 0 : 1, arbitrary: fc.array(block, { maxLength: 2 }) }),
				fc.integer({ min: 1, max: 3 }),
				fc.oneof(
					{ weight: 4, arbitrary: fc.constantFrom(["Chosen", "Extra"], ["Extra", "Chosen"], ["Chosen"]) },
					{ weight: 1, arbitrary: fc.array(fc.constantFrom("Chosen", "Extra", "extra", "Other"), { minLength: 1, maxLength: 3 }) },
				),
				fc.array(fc.constantFrom("Work", "Standard", "Work"), { maxLength: 2 }),
				fc.integer({ min: 1, max: 3 }),
				calm ? fc.constant([]) : fc.array(block, { maxLength: 2 }),
				fc.boolean(),
			)
			.chain(([before, depth, groups, storyGroups, notesDepth, after, blank]) =>
				fc
					.tuple(
						fc.tuple(...groups.map((name) => group(Math.min(6, depth + 1), fc.constant(name), calm))),
						group(depth, fc.constant("Stories"), calm),
						fc.tuple(...storyGroups.map((name) => group(Math.min(6, depth + 1), fc.constant(name), calm))),
					)
					.map(([questionGroups, stories, storyGroupLines]) => {
						const part = (lines: readonly string[]) => (blank ? [...lines, ""] : [...lines]);
						return [
							...before.flatMap(part),
							...part([`${"#".repeat(depth)} Questions`]),
							...questionGroups.flatMap(part),
							...part(stories),
							...storyGroupLines.flatMap(part),
							...part([`${"#".repeat(notesDepth)} Notes`, "- a note"]),
							...after.flatMap(part),
						];
					}),
			),
	);
/** Hostile notes for the writers, and calmer ones: hostile items (tabs, continuation lines, `2)`, one-space siblings, HTML, fences inside items, mixed endings) with no block left open to hide the rest. */
const writerNote = writerNoteOf(false);
const calmWriterNote = writerNoteOf(true);

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
const RUNS = { parse: 1000 * scale, sections: 500 * scale, capture: 500 * scale, toggles: 500 * scale, ratings: 300 * scale, checks: 150 * scale, writers: 60 * scale };
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

/** A refusal the newer writers must never give: it says what a second run would do, not what is wrong. */
const MISLEADING = /running it again/;
const QUESTIONS = { questions: "Questions" };
const NEXT_TEMPLATE = "# Next\n\n## Questions\n\n### Chosen\n\n### Extra\n\n## Stories\n\n# Notes\n\n## What I said\n";

/** The note's questions and stories as keys of group and text, sorted: what the sidebar lists. */
const listed = (items: readonly { group: string; text?: string; title?: string }[]) => items.map((i) => `${identityKey(i.group)}\u0000${i.text ?? i.title ?? ""}`).sort();
const headingsOf = (model: PrepNote) => model.headings.map((h) => `${h.depth} ${h.text}`);
/** Whether `small` is `big` with lines added only: every entry of `small` in order in `big`. */
const within = (small: readonly string[], big: readonly string[]) => {
	let i = 0;
	for (const entry of big) if (entry === small[i]) i++;
	return i === small.length;
};
/** Every task of `before` outside lines `[from, to]` is a task of `after`, its line as it was. */
const keepsTasks = (before: PrepNote, after: PrepNote, from = 0, to = -1) =>
	before.taskItems.filter((t) => t.line < from || t.line > to).every((t) => after.taskItems.some((u) => u.raw === t.raw && u.char === t.char));

/** The plan's outcome as the writer offers it: the note written, or null after a refusal that names its cause. */
function writtenOrRefused<R>(note: string, plan: EditPlan<R>, planner: Planner<R>, name: string): string | null {
	if (plan.kind === "refuse") {
		expect(plan.reason, name).toMatch(/\w/);
		expect(plan.reason, name).not.toMatch(MISLEADING);
		return null;
	}
	if (plan.kind === "none") return note;
	const problem = checkPlan(note, plan, planner);
	if (problem !== null) {
		expect(problem, name).not.toMatch(MISLEADING);
		return null;
	}
	return applyChanges(note, plan.changes);
}

/** A story as a bank copies it: any marker, a told mark, details nested by a tab or spaces, a continuation line. */
const bankStory = fc
	.tuple(fc.constantFrom("- ", "2) ", "1. ", "* [x] ", "  - ", "- [ ] ", "+ "), fc.constantFrom("Migration", "Outage %% aside", "Queue `q`", "Why?"), fc.array(fc.constantFrom("\t- Situation: db", "  - Result: 2x", "on-call", "   - Task: t"), { maxLength: 3 }))
	.map(([marker, title, details]) => storyToCopy({ block: [`${marker}${title}`, ...details] }, { doneChar: "x", isDone: (c) => c === "x", wasPlain: false }));

describe("the newer writers under hostile notes", () => {
	it(`move a question and back: the same questions, the moved one in the other group, byte for byte where the move put back what it took (${RUNS.writers} generated notes)`, () => {
		fc.assert(
			fc.property(fc.oneof(writerNote, calmWriterNote), fc.nat(), fc.boolean(), (note, pick, lastOfGroup) => {
				const model = parsePrepNote(note, { headings: QUESTIONS });
				// Half the time the last question of its group, the one whose move back can give the note back byte for byte.
				const candidates = lastOfGroup ? model.questions.filter((q, i) => model.questions[i + 1]?.group !== q.group) : model.questions;
				const question = candidates[pick % Math.max(1, candidates.length)];
				if (!question) return;
				const planner = (text: string) => planEdit("move-question", text, { question: { line: question.line, raw: question.raw }, options: QUESTIONS });
				const plan = planner(note);
				const moved = writtenOrRefused(note, plan, planner, "move");
				if (moved === null || plan.kind !== "change") return;
				expect(ownEndings(note, moved)).toBe(true);
				const after = parsePrepNote(moved, { headings: QUESTIONS });
				const target = plan.result.group;
				expect(listed(after.questions)).toEqual(listed(model.questions.map((q) => (q === question ? { ...q, group: target } : q))));
				expect(within(headingsOf(model), headingsOf(after))).toBe(true);
				expect(keepsTasks(model, after, question.line, question.endLine)).toBe(true);

				// Back, from where it landed: the first question of its text in the target group after the insertion's start.
				const insertion = plan.changes.find((c) => c.text !== "");
				const removal = plan.changes.find((c) => c.text === "");
				if (!insertion || !removal) return;
				const landedAt = insertion.from - (removal.from < insertion.from ? removal.to - removal.from : 0);
				const firstLine = linesOf(moved.slice(0, landedAt)).length;
				const landed = after.questions.find((q) => q.line > firstLine && q.text === question.text && identityKey(q.group) === identityKey(target));
				expect(landed).toBeDefined();
				if (!landed) return;
				const backPlanner = (text: string) => planEdit("move-question", text, { question: { line: landed.line, raw: landed.raw }, options: QUESTIONS });
				const backPlan = backPlanner(moved);
				const back = writtenOrRefused(moved, backPlan, backPlanner, "move back");
				// Byte for byte when the question was the last of its group and both moves put back exactly what they took.
				const next = model.headings.find((h) => h.line > question.line)?.line ?? model.lineCount + 1;
				const wasLast = linesOf(note).slice(question.endLine, next - 1).every((line) => /^[ \t]*$/.test(line));
				const exact = (p: EditPlan<unknown>) => p.kind === "change" && p.changes.length === 2 && p.changes.every((c) => c.text === "" || c.text.length === (p.changes.find((r) => r.text === "")?.to ?? 0) - (p.changes.find((r) => r.text === "")?.from ?? 0));
				// A question of another group goes to Chosen, and from there to Extra: only Chosen and Extra make a round trip.
				// A second heading of the group's name is no target: the move back goes to the first.
				const roundTrip =
					[identityKey("Chosen"), identityKey("Extra")].includes(identityKey(question.group)) &&
					model.headings.filter((h) => [question.group, target].some((g) => identityKey(h.text) === identityKey(g))).length === 2;
				if (back !== null && roundTrip && wasLast && exact(plan) && exact(backPlan) && landed.raw === question.raw) expect(back).toBe(note);
			}),
			{ numRuns: RUNS.writers },
		);
	}, TIMEOUT);

	it(`insert a story from the bank: one more story, in the group, with its details, every other line as it read, once (${RUNS.writers} generated notes)`, () => {
		const options = { stories: "Stories" };
		fc.assert(
			fc.property(fc.oneof(writerNote, calmWriterNote), bankStory, fc.nat(), (note, lines, pick) => {
				const alone = parsePrepNote(`## Stories\n${lines.join("\n")}\n`).stories;
				const title = alone[0]?.title;
				if (alone.length !== 1 || !title) return;
				const model = parsePrepNote(note);
				const stories = model.sections.find((s) => identityKey(s.heading) === identityKey("Stories"));
				// A story right under Stories has the Stories heading for its group: that is the group "".
				const groups = ["", ...new Set(model.stories.map((s) => s.group).filter((g) => identityKey(g) !== identityKey(stories?.heading ?? "")))];
				const group = groups[pick % groups.length] ?? "";
				const story = { title, lines };
				const planner = (text: string) => planEdit("insert-story", text, { story, group, options });
				const plan = planner(note);
				const after = writtenOrRefused(note, plan, planner, "insert story");
				if (after === null || plan.kind !== "change") return;
				expect(ownEndings(note, after)).toBe(true);
				const read = parsePrepNote(after);
				const added = read.stories.filter((s) => identityKey(s.title) === identityKey(title));
				// A note without Stories gets the heading, and the story goes under it.
				expect(added.map((s) => [identityKey(s.group), s.details.length])).toEqual([[identityKey(group || (stories?.heading ?? options.stories)), alone[0]?.details.length]]);
				expect(within(listed(model.stories), listed(read.stories))).toBe(true);
				// A Stories heading inside Questions makes the new story a question too; no other question changes.
				expect(within(listed(model.questions), listed(read.questions))).toBe(true);
				expect(read.questions.length - model.questions.length).toBeLessThanOrEqual(1);
				// Every heading as it was, and a note without Stories has one more: its new Stories heading.
				const headings = headingsOf(read);
				if (!stories) headings.splice(headings.findIndex((h) => / Stories$/.test(h)), 1);
				expect(headings).toEqual(headingsOf(model));
				expect(keepsTasks(model, read)).toBe(true);
			}),
			{ numRuns: RUNS.writers },
		);
	}, TIMEOUT);

	it(`insert the debrief and the prep sections by path: every question and story keeps its group, a follow-up per template task, once (${RUNS.writers} generated notes)`, () => {
		fc.assert(
			fc.property(fc.oneof(writerNote, calmWriterNote), fc.constantFrom("debrief", "prep", "notes"), fc.constantFrom("%% Dana", "Dana", "<!-- Dana"), (note, which, person) => {
				const template = which === "debrief" ? debriefTemplate("Debrief") : which === "prep" ? PREP_SECTIONS_TEMPLATE : NOTES_TEMPLATE;
				const planner = sectionsPlanner(template, { parent: "Notes", vars: { with: person, round: "Screen" } });
				const plan = planner(note);
				const after = writtenOrRefused(note, plan, planner, which);
				if (after === null || plan.kind !== "change") return;
				const model = parsePrepNote(note);
				const read = parsePrepNote(after);
				expect(within(listed(model.questions), listed(read.questions))).toBe(true);
				expect(within(listed(model.stories), listed(read.stories))).toBe(true);
				expect(within(headingsOf(model), headingsOf(read))).toBe(true);
				expect(keepsTasks(model, read)).toBe(true);
				if (which === "debrief" && plan.result.inserted.includes("Debrief")) {
					const debrief = read.sections.find((s) => s.heading === "Debrief");
					expect(read.taskItems.filter((t) => debrief && t.line > debrief.line && t.line <= debrief.endLine).map((t) => t.text)).toEqual([
						`Send a thank-you note to ${person}`,
						"Write down the questions I want to answer better next time",
					]);
				}
			}),
			{ numRuns: RUNS.writers },
		);
	}, TIMEOUT);

	it(`capture what I said with a %% in it, and capture again: both land, read as typed (${RUNS.writers} generated notes)`, () => {
		const options = { template: NOTES_TEMPLATE, parent: "Notes" };
		fc.assert(
			fc.property(fc.oneof(writerNote, calmWriterNote), fc.constantFrom("%% private", "a %% b %% c", "%%", "plain"), (note, entry) => {
				const first = (text: string) => planCapture(text, "What I said", entry, options);
				const once = writtenOrRefused(note, first(note), first, "capture");
				if (once === null) return;
				const second = (text: string) => planCapture(text, "What I said", "next", options);
				const twice = writtenOrRefused(once, second(once), second, "capture again");
				expect(twice, "a capture that passed leaves the next one room").not.toBeNull();
				const said = (text: string) => parsePrepNote(text).sections.find((s) => s.heading === "What I said");
				const lines = linesOf(twice ?? "");
				const section = said(twice ?? "");
				const body = section ? lines.slice(section.line, section.endLine) : [];
				const typed = body.filter((line) => /^- (?:%\\%|a %\\%|plain|next)/.test(line));
				expect(typed.slice(-2)).toEqual([`- ${entry.replace(/%%/g, "%\\%")}`, "- next"]);
			}),
			{ numRuns: RUNS.writers },
		);
	}, TIMEOUT);

	it(`start the next round: every unasked question once, in Chosen or Extra, every story of the latest round in its group (${Math.ceil(RUNS.writers / 2)} generated pairs of rounds)`, () => {
		const asRound = (path: string, note: string) => {
			const text = `---\ncompany: Acme\n---\n${note.replace(BOM, "")}`;
			return roundOf(path, text, parsePrepNote(text), { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" });
		};
		let written = 0;
		fc.assert(
			// A `%%` or a link definition changes how carried text reads wherever it goes; checking the new note as a whole is the next round's own check.
			fc.property(calmWriterNote.filter((n) => !/%%|\]:/.test(n)), fc.oneof(writerNote, calmWriterNote).filter((n) => !/%%|\]:/.test(n)), (one, two) => {
				const earlier = asRound("a/2026-01-01 Acme 1.md", one);
				const latest = asRound("a/2026-01-08 Acme 2.md", two);
				// A Questions heading inside Stories comes along with the stories, and its questions with it.
				if (!earlier || !latest || latest.storiesBody?.headings.some((h) => identityKey(h.text) === identityKey("Questions"))) return;
				let text: string;
				try {
					text = nextRoundText({ rounds: [earlier, latest], roundName: "Round 3", template: NEXT_TEMPLATE, headings: { questions: "Questions", stories: "Stories", notes: "Notes" }, doneChars: "x" });
				} catch (error) {
					// A block left open in what is carried would hide the template's sections after it: the next round refuses it, naming the cause.
					const reason = error instanceof Error ? error.message : String(error);
					expect(reason).toMatch(/unclosed code block, HTML block or %% comment/);
					expect(reason).not.toMatch(MISLEADING);
					return;
				}
				written++;
				const read = parsePrepNote(text);
				const asked = new Set([earlier, latest].flatMap((r) => r.questions.filter((q) => q.asked).map((q) => identityKey(q.text))));
				const unasked = new Set([earlier, latest].flatMap((r) => r.questions.map((q) => identityKey(q.text))).filter((key) => key !== "" && !asked.has(key)));
				const carried = read.questions.map((q) => identityKey(q.text));
				expect(new Set(carried)).toEqual(unasked);
				expect(carried).toHaveLength(unasked.size);
				expect(read.questions.every((q) => q.group === "Chosen" || q.group === "Extra")).toBe(true);
				// The stories of the latest round's Stories section: a second Stories section is not carried.
				const body = latest.storiesBody;
				const carriedStories = latest.stories.filter((s) => body && s.line >= body.firstLine && s.line < body.firstLine + body.lines.length);
				expect(read.stories.map((s) => `${identityKey(s.group)} ${identityKey(s.title)}`)).toEqual(carriedStories.map((s) => `${identityKey(s.group)} ${identityKey(s.title)}`));
			}),
			{ numRuns: Math.ceil(RUNS.writers / 2) },
		);
		expect(written, "most pairs of rounds make a next round").toBeGreaterThan(RUNS.writers / 4);
	}, TIMEOUT);
});
