import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, boxFor, parsePrepNote, planLineEdit, readListLine, setItemChecked, toggleTaskLine } from "../../src/core";

/** The plugin's predicates with the default settings: `x` and `X` are done, `-` is cancelled. */
const doneChars = "xX";
const isDoneOrCancelled = (c: string) => "xX-".includes(c);
const isDone = (c: string) => doneChars.includes(c);

describe("toggling a task and back", () => {
	it("gives back an X when the caller remembers it, and x when it does not", () => {
		const open = toggleTaskLine("- [X] Send the CV", "x", isDoneOrCancelled);
		expect(open).toBe("- [ ] Send the CV");
		expect(toggleTaskLine(open ?? "", "x", isDoneOrCancelled, "X")).toBe("- [X] Send the CV");
		expect(toggleTaskLine(open ?? "", "x", isDoneOrCancelled)).toBe("- [x] Send the CV");
	});

	it("gives back an open character other than a space, and a cancelled one", () => {
		const done = toggleTaskLine("  * [/] half done", "x", isDoneOrCancelled);
		expect(done).toBe("  * [x] half done");
		expect(toggleTaskLine(done ?? "", "x", isDoneOrCancelled, "/")).toBe("  * [/] half done");
		const reopened = toggleTaskLine("> 1. [-] dropped", "x", isDoneOrCancelled);
		expect(reopened).toBe("> 1. [ ] dropped");
		expect(toggleTaskLine(reopened ?? "", "x", isDoneOrCancelled, "-")).toBe("> 1. [-] dropped");
	});

	it("ignores a remembered character of the wrong kind: a check never writes an open one", () => {
		expect(toggleTaskLine("- [ ] a", "x", isDoneOrCancelled, "/")).toBe("- [x] a");
		expect(toggleTaskLine("- [x] a", "x", isDoneOrCancelled, "X")).toBe("- [ ] a");
		expect(boxFor(true, "x", isDone, "\n")).toBe("x");
		expect(boxFor(false, "x", isDone, "ab")).toBe(" ");
	});
});

describe("marking a question asked and back", () => {
	it("gives back an X, a cancelled mark and an open character, when the caller remembers them", () => {
		const unasked = setItemChecked("- [X] Why this role?", false, "x", false);
		expect(unasked).toBe("- [ ] Why this role?");
		expect(setItemChecked(unasked ?? "", true, "x", false, "X", isDone)).toBe("- [X] Why this role?");
		const asked = setItemChecked("- [-] Skipped", true, "x", false, undefined, isDone);
		expect(asked).toBe("- [x] Skipped");
		expect(setItemChecked(asked ?? "", false, "x", false, "-", isDone)).toBe("- [-] Skipped");
	});

	it("still turns a plain bullet back into the plain bullet", () => {
		const asked = setItemChecked("-\tWhy?", true, "x", false);
		expect(asked).toBe("-\t[x] Why?");
		expect(setItemChecked(asked ?? "", false, "x", true)).toBe("-\tWhy?");
	});
});

describe("a task whose list markers nest on one line", () => {
	it("is toggled in its own box, as the model counts it", () => {
		for (const [line, toggled] of [
			["- - [ ] inner", "- - [x] inner"],
			["1. * [x] inner", "1. * [ ] inner"],
			["- > - [ ] in a quote in an item", "- > - [x] in a quote in an item"],
			[`${"- ".repeat(3000)}[ ] deep`, `${"- ".repeat(3000)}[x] deep`],
		] as const) {
			expect(toggleTaskLine(line)).toBe(toggled);
			expect(readListLine(line)?.rest.trim()).toBe(line.slice(line.lastIndexOf("]") + 1).trim());
		}
		const note = "# Call\n- - [ ] inner\n";
		const [task] = parsePrepNote(note).taskItems;
		const plan = planLineEdit({ line: task?.line ?? 0, expected: task?.raw ?? "", replacement: toggleTaskLine(task?.raw ?? "") ?? "" })(note);
		expect(plan.kind === "change" && applyChanges(note, plan.changes)).toBe("# Call\n- - [x] inner\n");
	});

	it("keeps a quote after the last marker in the item's text, as before", () => {
		expect(readListLine("- > [x] quoted")).toEqual({ prefix: "- ", rest: "> [x] quoted" });
		expect(readListLine("> text")).toBeNull();
		expect(readListLine("- -")).toEqual({ prefix: "- ", rest: "-" });
	});
});

/** List lines with a checkbox: quotes, indentation, any marker, any box character, any text after it. */
const taskLine = fc
	.tuple(
		fc.constantFrom("", "> ", ">> ", "  ", "\t", "> \t"),
		fc.constantFrom("-", "*", "+", "1.", "12)"),
		fc.constantFrom(" ", "\t", "  "),
		fc.oneof(fc.constantFrom(" ", "x", "X", "-", "/", ">", "?", "!", "]", "[", "\u00a0"), fc.string({ minLength: 1, maxLength: 1 }).filter((c) => !/[\r\n]/.test(c))),
		fc.oneof(fc.constant(""), fc.tuple(fc.constantFrom(" ", "\t"), fc.string({ maxLength: 12 }).filter((t) => !/[\r\n]/.test(t))).map(([gap, text]) => gap + text)),
	)
	.map(([quote, marker, gap, box, rest]) => ({ line: `${quote}${marker}${gap}[${box}]${rest}`, box }));
const doneSet = fc.string({ minLength: 1, maxLength: 3 }).filter((s) => !/[ \r\n]/.test(s));

describe("toggles on any task line", () => {
	it("round-trip: toggling twice, the second time with the box the first replaced, gives back the line byte for byte", () => {
		fc.assert(
			fc.property(taskLine, doneSet, fc.constantFrom("", "-", "~"), ({ line, box }, done, cancelled) => {
				const counts = (c: string) => done.includes(c) || cancelled.includes(c);
				const once = toggleTaskLine(line, done.charAt(0), counts);
				expect(once).not.toBeNull();
				expect(counts(readListLine(once ?? "")?.box ?? "")).toBe(!counts(box));
				expect(toggleTaskLine(once ?? "", done.charAt(0), counts, box)).toBe(line);
				// Without the memory, the box flips back to the same kind: the first done character, or a space.
				const forgetful = readListLine(toggleTaskLine(once ?? "", done.charAt(0), counts) ?? "")?.box ?? "";
				expect(forgetful).toBe(counts(box) ? done.charAt(0) : " ");
			}),
			{ numRuns: 1000 },
		);
	});

	it("round-trip: marking asked or told and back, with the box the first replaced, gives back the line byte for byte", () => {
		fc.assert(
			fc.property(taskLine, doneSet, ({ line, box }, done) => {
				const asked = (c: string) => done.includes(c);
				const once = setItemChecked(line, !asked(box), done.charAt(0), false, undefined, asked);
				expect(asked(readListLine(once ?? "")?.box ?? "")).toBe(!asked(box));
				expect(setItemChecked(once ?? "", asked(box), done.charAt(0), false, box, asked)).toBe(line);
			}),
			{ numRuns: 1000 },
		);
	});
});
