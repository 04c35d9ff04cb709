import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, groupProcesses, sortRounds, identityKey, parsePrepNote, planEdit, roundOf, type Round } from "../../../src/core";
import { nextRoundText } from "./next-round-text";

const OPTIONS = { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" };
const HEADINGS = { questions: "Questions", stories: "Stories", notes: "Notes" };
const POOL = ["Why this role?", "How is on-call shared?", "What does a first quarter look like?", "Who reviews designs?", "How do teams grow?", "What is the budget?"];

/** A spelling of a question that is the same question: other case, other spaces. */
const spelling = (text: string) =>
	fc.tuple(fc.boolean(), fc.constantFrom(" ", "  ", "\t")).map(([upper, gap]) => (upper ? text.toUpperCase() : text).replace(/ /g, gap));

const question = fc.record({ text: fc.constantFrom(...POOL).chain(spelling), asked: fc.boolean(), extra: fc.boolean(), nested: fc.boolean() });
const roundArbitrary = fc.record({ day: fc.integer({ min: 1, max: 28 }), questions: fc.array(question, { maxLength: 6 }) });

function roundNote(i: number, r: { day: number; questions: { text: string; asked: boolean; extra: boolean; nested: boolean }[] }): Round {
	const item = (q: (typeof r.questions)[number]) => [`* ${q.asked ? "[x] " : ""}${q.text}`, ...(q.nested ? ["\t* why I ask"] : [])];
	const text = [
		"---",
		"company: Acme",
		`meeting: 2026-02-${String(r.day).padStart(2, "0")}`,
		"---",
		`# Round ${i}`,
		"## Questions",
		"### Chosen",
		...r.questions.filter((q) => !q.extra).flatMap(item),
		"### Extra",
		...r.questions.filter((q) => q.extra).flatMap(item),
		"",
	].join("\n");
	const round = roundOf(`r${i}.md`, text, parsePrepNote(text), OPTIONS);
	if (!round) throw new Error("no round");
	return round;
}

describe("the process model, on generated processes", () => {
	it("identifies questions by their text, whatever its case and spaces", () => {
		fc.assert(fc.property(fc.constantFrom(...POOL).chain((t) => fc.tuple(fc.constant(t), spelling(t))), ([text, other]) => identityKey(text) === identityKey(other)));
	});

	it("orders rounds by date, whatever order they are found in", () => {
		fc.assert(
			fc.property(fc.array(roundArbitrary, { minLength: 1, maxLength: 5 }), (specs) => {
				const rounds = specs.map((spec, i) => roundNote(i, spec));
				const [process] = groupProcesses([...rounds].reverse());
				const dates = process?.rounds.map((r) => r.date ?? "") ?? [];
				expect(dates).toEqual([...dates].sort());
				expect(process?.rounds).toEqual(sortRounds(rounds));
			}),
		);
	});

	it("carries forward every unasked question once, and never an asked one", () => {
		fc.assert(
			fc.property(fc.array(roundArbitrary, { minLength: 1, maxLength: 4 }), (specs) => {
				const rounds = groupProcesses(specs.map((spec, i) => roundNote(i, spec)))[0]?.rounds ?? [];
				const text = nextRoundText({ rounds, roundName: "Next", template: "# Next\n", headings: HEADINGS, doneChars: "x" });
				const carried = parsePrepNote(text).questions.map((q) => identityKey(q.text));
				const asked = new Set(specs.flatMap((s) => s.questions.filter((q) => q.asked).map((q) => identityKey(q.text))));
				const listed = new Set(specs.flatMap((s) => s.questions.map((q) => identityKey(q.text))));
				expect(carried.filter((key) => asked.has(key))).toEqual([]);
				expect(new Set(carried).size).toBe(carried.length);
				expect(new Set(carried)).toEqual(new Set([...listed].filter((key) => !asked.has(key))));
			}),
		);
	});
});

describe("moving a question, on generated Questions sections", () => {
	const item = fc.record({ text: fc.constantFrom(...POOL), nested: fc.boolean() });
	const section = fc.record({
		chosen: fc.array(item, { minLength: 1, maxLength: 4 }),
		extra: fc.array(item, { maxLength: 4 }),
		loose: fc.boolean(),
		eol: fc.constantFrom("\n", "\r\n"),
	});
	const build = (s: { chosen: { text: string; nested: boolean }[]; extra: { text: string; nested: boolean }[]; loose: boolean; eol: string }) => {
		const items = (list: typeof s.chosen) => list.flatMap((q, i) => [...(s.loose && i > 0 ? [""] : []), `- ${q.text}`, ...(q.nested ? ["\t- detail"] : [])]);
		return ["# Q", "", "## Questions", "", "### Chosen", "", ...items(s.chosen), "", "### Extra", "", ...items(s.extra), "", "## Stories", ""].join(s.eol);
	};
	const move = (text: string, line: number) => {
		const plan = planEdit("move-question", text, { question: { line, raw: text.split(/\r?\n/)[line - 1] ?? "" }, options: { questions: "Questions" } });
		if (plan.kind !== "change") throw new Error(plan.kind === "refuse" ? plan.reason : "nothing to do");
		return applyChanges(text, plan.changes);
	};

	it("is an exact round trip for the last question of Chosen, into an empty Extra too, and keeps every line for any question", () => {
		fc.assert(
			fc.property(section, fc.nat(), (s, pick) => {
				const text = build(s);
				const questions = parsePrepNote(text).questions;
				const last = questions.filter((q) => q.group === "Chosen").pop();
				if (!last) throw new Error("no question");
				const moved = move(text, last.line);
				const now = parsePrepNote(moved).questions;
				expect(now[now.length - 1]?.text).toBe(last.text);
				expect(now[now.length - 1]?.group).toBe("Extra");
				expect(move(moved, now[now.length - 1]?.line ?? 0)).toBe(text);
				const any = questions[pick % questions.length];
				if (!any) return;
				const other = move(text, any.line);
				const lines = (t: string) => t.split(/\r?\n/).filter((l) => l.trim() !== "").sort();
				expect(lines(other)).toEqual(lines(text));
			}),
		);
	});
});
