import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, captureInto, dueCallReminders, formatTimeLeft, NOTES_TEMPLATE, planCapture, parseMeetingTime, parsePrepNote, setItemChecked, storyReadiness } from "../../src/core";
import { markdownArbitrary } from "../arbitraries";

const md = (lines: string[]) => lines.join("\n") + "\n";
const opts = { template: NOTES_TEMPLATE, preferTableRow: false };

describe("captureInto", () => {
	it("appends the entry as the last bullet of the section, before trailing blank lines", () => {
		const note = md(["# Notes", "## Agenda", "- intro", "", "## Discrepancies", ""]);
		expect(captureInto(note, "Agenda", "[03:10] asked about on-call", opts)?.text).toBe(
			md(["# Notes", "## Agenda", "- intro", "- [03:10] asked about on-call", "", "## Discrepancies", ""]),
		);
	});

	it("writes into an empty section with a blank line after the heading, and keeps the next heading apart", () => {
		const note = md(["# Notes", "## Agenda", "## Discrepancies"]);
		expect(captureInto(note, "Agenda", "x", opts)?.text).toBe(md(["# Notes", "## Agenda", "", "- x", "", "## Discrepancies"]));
	});

	it("creates a missing section from the template first, under Notes", () => {
		const result = captureInto(md(["# Call", "", "# Notes", "", "Some text."]), "Discrepancies", "[01:00] remote is hybrid", { template: NOTES_TEMPLATE, parent: "Notes", preferTableRow: true });
		expect(result?.created).toBe(true);
		expect(result?.asTableRow).toBe(true);
		// The template's empty row takes the entry, rather than a second row below it.
		expect(result?.text.endsWith("| --- | --- | --- |\n| [01:00] remote is hybrid | | |\n")).toBe(true);
		expect(result?.text).toContain("## Discrepancies\n\n| Topic |");
	});

	it("writes a table row right after the table, even with text below it", () => {
		const note = md(["## Discrepancies", "| a | b |", "| - | - |", "| x | y |", "", "Later text."]);
		expect(captureInto(note, "Discrepancies", "pay | band", { ...opts, preferTableRow: true })?.text).toBe(
			md(["## Discrepancies", "| a | b |", "| - | - |", "| x | y |", "| pay | band |", "", "Later text."]),
		);
	});

	it("splits a row at ' | ' into the table's columns, the stamp with the topic, and the rest of it in the last column", () => {
		const note = md(["## Discrepancies", "", "| Topic | Told before | Told today |", "| --- | --- | --- |", "|  |  |  |"]);
		const row = (entry: string) => captureInto(note, "Discrepancies", entry, { ...opts, preferTableRow: true })?.text.split("\n").at(-2);
		expect(row("[+04:10] Salary | 120k–140k | 150k")).toBe("| [+04:10] Salary | 120k–140k | 150k |");
		expect(row("[+04:10] Remote | hybrid")).toBe("| [+04:10] Remote | hybrid | |");
		expect(row("[+04:10] Start | May | June | or July")).toBe("| [+04:10] Start | May | June \\| or July |");
		expect(parsePrepNote(captureInto(note, "Discrepancies", "[+04:10] Salary | 120k | 150k", { ...opts, preferTableRow: true })?.text ?? "").tables[0]?.rows.at(-1)?.cells).toEqual(["[+04:10] Salary", "120k", "150k"]);
	});

	it("keeps CRLF and ends a note without a final newline well", () => {
		expect(captureInto("## Notes\r\n- a\r\n", "Notes", "b", opts)?.text).toBe("## Notes\r\n- a\r\n- b\r\n");
		expect(captureInto("## Notes\n- a", "Notes", "b", opts)?.text).toBe("## Notes\n- a\n- b\n");
	});

	it("keeps every original line but an empty table row it fills, writes the entry once under the target heading, as changes on the original text", () => {
		const runs = 300;
		let checked = 0;
		fc.assert(
			fc.property(markdownArbitrary, fc.constantFrom("Agenda", "Discrepancies", "Notes"), fc.boolean(), (note, target, table) => {
				const plan = planCapture(note, target, "[00:01] entry", { template: NOTES_TEMPLATE, parent: "Notes", preferTableRow: table });
				// Refused: the note would swallow the new heading (an unclosed fence or HTML block, a list that takes an indented line).
				if (plan.kind !== "change") return;
				const result = { text: applyChanges(note, plan.changes) };
				checked++;
				const lines = result.text.split(/\r\n|\n|\r/);
				const entryLines = lines.flatMap((line, i) => (line.includes("[00:01] entry") ? [i + 1] : []));
				expect(entryLines).toHaveLength(1);
				const above = parsePrepNote(result.text).headings.filter((h) => h.line < (entryLines[0] ?? 0)).at(-1);
				expect(above?.text.toLowerCase()).toBe(target.toLowerCase());
				// Every change is an insertion, or the one empty table row the entry fills.
				for (const c of plan.changes) {
					const replaced = note.slice(c.from, c.to);
					expect(replaced === "" || /^\s*\|[\s|]*\|\s*$/.test(replaced)).toBe(true);
				}
			}),
			{ numRuns: runs },
		);
		// About four in five generated notes take the entry; most of the runs must have been checked, not refused.
		expect(checked).toBeGreaterThanOrEqual(runs * 0.6);
	});
});

describe("asked and told toggles", () => {
	it("round-trips a plain bullet through a checked task, byte for byte", () => {
		for (const line of ["- Why this role?", "  * Where is the team?", "> 1. What next?"]) {
			const asked = setItemChecked(line, true, "x", true);
			expect(asked).not.toBe(line);
			expect(setItemChecked(asked ?? "", false, "x", true)).toBe(line);
		}
	});

	it("checks and opens a question that is already a task", () => {
		expect(setItemChecked("- [ ] Why?", true, "x", false)).toBe("- [x] Why?");
		expect(setItemChecked("- [x] Why?", false, "x", false)).toBe("- [ ] Why?");
	});
});

describe("STAR readiness", () => {
	it.each([
		[["Situation: a", "Task: b", "Action: c", "Result: 3x faster"], [true, true, true, true], false],
		[["S: a", "t: b", "A: c", "R: cut costs"], [true, true, true, true], true],
		[["situation was bad", "Tasked with x"], [true, false, false, false], false],
		[["Action! go", "Results: 40% fewer pages"], [false, false, true, true], false],
		[["Result: happy users"], [false, false, false, true], true],
		[[], [false, false, false, false], false],
	])("reads %j", (details, markers, hint) => {
		const r = storyReadiness(details);
		expect(r.markers).toEqual(markers);
		expect(r.ready).toBe(markers.every(Boolean));
		expect(r.resultWithoutNumber).toBe(hint);
	});

	it("takes other words, for other languages", () => {
		expect(storyReadiness(["Situación: x", "Tarea: y", "Acción: z", "Resultado: 2x"], ["Situación", "Tarea", "Acción", "Resultado"]).ready).toBe(true);
	});
});

describe("the countdown to the call", () => {
	const at = Date.UTC(2026, 11, 3, 15, 0, 0);
	it("reads ISO date-times", () => {
		expect(parseMeetingTime("2026-12-03T15:00:00Z")).toBe(at);
		expect(parseMeetingTime("tomorrow")).toBeNull();
		expect(parseMeetingTime(undefined)).toBeNull();
	});

	it("reminds at 30 and 10 minutes before, once each, with an injected clock", () => {
		let shown: string[] = [];
		const seen: number[] = [];
		for (let t = at - 60 * 60_000; t <= at + 60_000; t += 15_000) {
			const { due, shown: marked } = dueCallReminders(at, t, [30, 10], shown);
			shown = [...shown, ...marked];
			if (due) seen.push((at - t) / 60_000);
		}
		expect(seen).toEqual([30, 10]);
	});

	it("after a long sleep gives only the nearest reminder, with the real time left", () => {
		const { due, shown } = dueCallReminders(at, at - 5 * 60_000, [30, 10], []);
		expect(due?.minutes).toBe(5);
		expect(shown).toHaveLength(2);
	});

	it("formats the time left", () => {
		expect(formatTimeLeft(125 * 60_000)).toBe("2 h 05 min");
		expect(formatTimeLeft(12 * 60_000 + 5)).toBe("12 min");
		expect(formatTimeLeft(20_000)).toBe("under a minute");
		expect(formatTimeLeft(106 * 60 * 60_000)).toBe("4 days");
	});

	it("says the time left is unknown for a time that is no number, not NaN min", () => {
		expect(formatTimeLeft(Number.NaN)).toBe("an unknown time");
	});
});
