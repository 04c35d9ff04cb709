import { describe, expect, it } from "vitest";
import { figuresConflict } from "../../../src/core/said/figures-conflict";
import { readFigures } from "../../../src/core/said/read-figures";
import { inferTopics } from "../../../src/core/said/infer-topics";
import { saidConflicts } from "../../../src/core/said/said-conflicts";
import { SaidHistory } from "../../../src/core/said/said-history";
import { readSaidLine, type SaidLine } from "../../../src/core/said/said-line";
import { DEFAULT_SAID_TOPICS } from "../../../src/core/said/said-topics";

const REFERENCE = Date.UTC(2026, 10, 15);

/** Whether saying `later` after `earlier` on one topic is flagged. */
const conflicts = (earlier: string, later: string) => figuresConflict(readFigures(earlier, REFERENCE), readFigures(later, REFERENCE));

/** A said line of a round of one process. */
const said = (order: number, line: number, text: string, reference = REFERENCE): SaidLine =>
	readSaidLine({ text, path: `Acme/Round ${order}.md`, line, with: order === 1 ? "Dana (recruiter)" : "Sam", round: `Round ${order}`, order }, DEFAULT_SAID_TOPICS, reference);

/** A conflict as a person reads it: topic, kind, what was said before and where, and what was said now. */
const summary = (lines: SaidLine[]) =>
	saidConflicts(lines).map((c) => ({ topic: c.topic, kind: c.kind, earlier: c.earlier.map((e) => `${e.round}:${e.line}`), later: `${c.later.round}:${c.later.line}` }));

describe("figuresConflict: money", () => {
	it("flags an amount outside a range said before, and not one inside it", () => {
		expect(conflicts("$120k–$140k", "I'd want 150k")).toBe(true);
		expect(conflicts("$120k–$140k", "I'd want 110k")).toBe(true);
		expect(conflicts("$120k–$140k", "130k would work")).toBe(false);
		expect(conflicts("$120k–$140k", "140,000 USD")).toBe(false);
	});

	it("takes the same amount written another way as the same, and an amount with no currency as agreeing with any", () => {
		expect(conflicts("$120k", "120,000 USD")).toBe(false);
		expect(conflicts("120.000 €", "EUR 120k")).toBe(false);
		expect(conflicts("120 000 €", "120k")).toBe(false);
		expect(conflicts("120k", "$120,000")).toBe(false);
	});

	it("flags another amount, another currency, another range, and a range after a single amount", () => {
		expect(conflicts("$120k", "$125k")).toBe(true);
		expect(conflicts("$120k", "€120k")).toBe(true);
		expect(conflicts("120–140k", "120–150k")).toBe(true);
		expect(conflicts("130k", "120–140k")).toBe(true);
		expect(conflicts("120–140k", "between 120 and 140k")).toBe(false);
	});

	it("lets a later line repeat part of what was said, and flags only a figure that matches none", () => {
		expect(conflicts("base 120k, OTE 150k", "OTE 150k")).toBe(false);
		expect(conflicts("base 120k, OTE 150k", "base 120k, OTE 160k")).toBe(true);
	});
});

describe("figuresConflict: periods", () => {
	it("takes one month and four weeks as the same notice, as people say them, and three and four weeks as different", () => {
		expect(conflicts("4 weeks", "one month")).toBe(false);
		expect(conflicts("one month", "4 Wochen")).toBe(false);
		expect(conflicts("3 months", "12 weeks")).toBe(false);
		expect(conflicts("3 weeks", "4 weeks")).toBe(true);
		expect(conflicts("a month", "5 weeks")).toBe(true);
		expect(conflicts("3 months", "2 months")).toBe(true);
		expect(conflicts("9 days", "10 days")).toBe(true);
	});

	it("takes a period inside a range said before as the same, and another range as different", () => {
		expect(conflicts("2-3 months", "10 weeks")).toBe(false);
		expect(conflicts("2-3 months", "4 months")).toBe(true);
		expect(conflicts("2-3 months", "3-4 months")).toBe(true);
		expect(conflicts("2-3 months", "8 to 12 weeks")).toBe(false);
	});
});

describe("figuresConflict: dates", () => {
	it("takes the same day written another way as the same, and another day as different", () => {
		expect(conflicts("January 5", "5 Jan")).toBe(false);
		expect(conflicts("January 5", "2027-01-05")).toBe(false);
		expect(conflicts("January 5", "January 12")).toBe(true);
	});

	it("takes a day inside a month or part said before, or the month of a day said before, as the same", () => {
		expect(conflicts("early January", "January 5")).toBe(false);
		expect(conflicts("January 5", "in January")).toBe(false);
		expect(conflicts("early January", "January 12")).toBe(true);
		expect(conflicts("early January", "mid-January")).toBe(true);
		expect(conflicts("January", "February")).toBe(true);
	});
});

describe("figuresConflict: what is not compared", () => {
	it("compares only figures of the same kind, and a line without figures with nothing", () => {
		expect(conflicts("120k", "4 weeks")).toBe(false);
		expect(conflicts("4 weeks", "start January 5")).toBe(false);
		expect(conflicts("notice is negotiable", "3 months")).toBe(false);
		expect(conflicts("3 months", "notice is negotiable")).toBe(false);
	});
});

describe("saidConflicts over a process", () => {
	it("flags a later round's line against the latest earlier round that said the topic, with where each was said", () => {
		const lines = [
			said(1, 12, "- Salary: $120k–$140k"),
			said(1, 13, "- Notice: 4 weeks"),
			said(2, 20, "- salary: 130k is fine"),
			said(2, 21, "- notice period: one month"),
			said(3, 8, "- Salary: I'd want 150k"),
			said(3, 9, "- Start date: early January"),
		];
		expect(summary(lines)).toEqual([{ topic: "pay", kind: "money", earlier: ["Round 2:20"], later: "Round 3:8" }]);
		const [conflict] = saidConflicts(lines);
		expect(conflict?.earlier[0]?.with).toBe("Sam");
		expect(conflict?.later.path).toBe("Acme/Round 3.md");
	});

	it("compares with all the lines of that earlier round on the topic: base and OTE on two lines are one ask", () => {
		const lines = [said(1, 1, "base 120k"), said(1, 2, "OTE 150k"), said(2, 1, "OTE is 150k"), said(2, 2, "base 125k")];
		expect(summary(lines)).toEqual([{ topic: "pay", kind: "money", earlier: ["Round 1:1", "Round 1:2"], later: "Round 2:2" }]);
	});

	it("never compares lines of the same round, nor the first round with anything", () => {
		expect(summary([said(1, 1, "salary 120k"), said(1, 2, "salary 140k"), said(1, 3, "notice 4 weeks"), said(1, 4, "notice 3 months")])).toEqual([]);
	});

	it("goes back to the latest round that said a kind of figure on the topic, past rounds that said another kind or none", () => {
		const lines = [
			said(1, 1, "notice: 3 months"),
			said(2, 1, "could start March 1"),
			said(3, 1, "notice is negotiable"),
			said(4, 1, "notice: 2 months"),
			said(4, 2, "start March 1"),
		];
		expect(summary(lines)).toEqual([{ topic: "notice", kind: "duration", earlier: ["Round 1:1"], later: "Round 4:1" }]);
	});

	it("flags a line once when it conflicts under two topics with the same earlier line", () => {
		const lines = [said(1, 1, "salary 120k, notice 3 months"), said(2, 1, "salary 130k, notice 3 months")];
		expect(summary(lines)).toEqual([{ topic: "pay", kind: "money", earlier: ["Round 1:1"], later: "Round 2:1" }]);
	});

	it("reads each line's yearless date by its own round's date, so a date repeated across New Year agrees", () => {
		const december = Date.UTC(2026, 11, 20);
		const january = Date.UTC(2027, 0, 10);
		expect(summary([said(1, 1, "start January 5", december), said(2, 1, "start date: 5 January", january)])).toEqual([]);
		expect(summary([said(1, 1, "start January 5", december), said(2, 1, "start date: January 12", january)])).toEqual([
			{ topic: "notice", kind: "date", earlier: ["Round 1:1"], later: "Round 2:1" },
		]);
	});

	it("takes lines in any order, by their rounds' order", () => {
		const lines = [said(3, 1, "salary 150k"), said(1, 1, "salary 120-140k"), said(2, 1, "salary 130k")];
		expect(summary(lines)).toEqual([{ topic: "pay", kind: "money", earlier: ["Round 2:1"], later: "Round 3:1" }]);
	});

	it("checks a line being typed against a process read once, as saidConflicts would: ten rounds of twenty said lines", () => {
		const texts = ["salary 120-140k", "notice 4 weeks", "start early January", "remote 2 days a week", "why I left: the team was dissolved"];
		const earlier = Array.from({ length: 10 }, (_, round) => Array.from({ length: 20 }, (_, line) => said(round + 1, line + 1, texts[line % texts.length] ?? ""))).flat();
		const history = new SaidHistory(earlier);
		const typed = "salary: I'd want 150k";
		const prefixes = Array.from({ length: typed.length }, (_, i) => said(11, 1, typed.slice(0, i + 1)));
		const flagged = prefixes.filter((line) => history.conflictsOf(line).length > 0).map((line) => line.text);
		expect(flagged).toEqual(["salary: I'd want 150k"]);
		const last = said(11, 1, typed);
		expect(history.conflictsOf(last)).toEqual(saidConflicts([...earlier, last]).filter((c) => c.later === last));
		expect(history.conflictsOf(last)[0]?.earlier.map((e) => e.round)).toEqual(Array.from({ length: 4 }, () => "Round 10"));
	});
});

describe("a figure said without a topic word", () => {
	it("is compared under the topics its kind of figure was said under, so \"I'd want 150k\" is about pay", () => {
		const lines = inferTopics([said(1, 1, "my range is 120–140k"), said(1, 2, "notice: 4 weeks"), said(2, 1, "I'd want 150k"), said(2, 2, "from January 5"), said(2, 3, "a great team")]);
		expect(lines.map((line) => line.topics)).toEqual([["pay"], ["notice"], ["pay"], [], []]);
		expect(summary(lines)).toEqual([{ topic: "pay", kind: "money", earlier: ["Round 1:1"], later: "Round 2:1" }]);
	});

	it("takes a line being typed the same way, from what the history holds", () => {
		const history = new SaidHistory([said(1, 1, "my range is 120–140k")]);
		const typed = history.withTopics(said(2, 1, "I'd want 150k"));
		expect(typed.topics).toEqual(["pay"]);
		expect(history.conflictsOf(typed)).toHaveLength(1);
		expect(history.withTopics(said(2, 1, "a great team")).topics).toEqual([]);
	});
});
