import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, composeChanges, type TextChange } from "../../src/core/edits/edit-plan";

/** Non-overlapping changes against a text of `length` characters. */
const changesFor = (length: number) =>
	fc
		.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 6 })
		.chain((points) => {
			const sorted = [...points].sort((a, b) => a - b);
			return fc.tuple(
				...sorted.map((from, i) =>
					fc.record({
						from: fc.constant(from),
						to: fc.integer({ min: from, max: Math.max(from, (sorted[i + 1] ?? length + 1) - 1) }).map((to) => Math.min(to, length)),
						text: fc.string({ maxLength: 8 }),
					}),
				),
			);
		})
		.map((changes) => changes as TextChange[]);

describe("composing two plans into one", () => {
	it("gives the text the two give one after the other, or says it cannot", () => {
		let composed = 0;
		fc.assert(
			fc.property(
				fc.string({ maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), changesFor(text.length))),
				fc.nat(),
				([text, first], seed) => {
					const middle = applyChanges(text, first);
					const second = fc.sample(changesFor(middle.length), { seed, numRuns: 1 })[0] ?? [];
					const both = composeChanges(first, second);
					if (both === null) return;
					composed++;
					expect(applyChanges(text, both)).toBe(applyChanges(middle, second));
				},
			),
			{ numRuns: 2000 },
		);
		expect(composed).toBeGreaterThan(1000);
	});

	it("folds a line added inside a created section into that section's insertion", () => {
		const text = "# Call\n";
		const first = [{ from: 7, to: 7, text: "\n## Agenda\n\n" }];
		const second = [{ from: 19, to: 19, text: "- [+00:10] hello\n" }];
		const both = composeChanges(first, second);
		expect(both).toEqual([{ from: 7, to: 7, text: "\n## Agenda\n\n- [+00:10] hello\n" }]);
		expect(applyChanges(text, both ?? [])).toBe("# Call\n\n## Agenda\n\n- [+00:10] hello\n");
	});

	it("refuses a change that straddles inserted and original text", () => {
		expect(composeChanges([{ from: 2, to: 2, text: "ab" }], [{ from: 1, to: 3, text: "" }])).toBeNull();
	});
});
