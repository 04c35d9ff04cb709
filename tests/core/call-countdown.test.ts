import { describe, expect, it } from "vitest";
import { dueCallReminders } from "../../src/core";

const at = Date.UTC(2026, 11, 3, 15, 0, 0);

/** The reminders a person sees when the note is opened `openedBefore` minutes before the call and stays open. */
function remindersFrom(openedBefore: number): number[] {
	let shown: string[] = [];
	const seen: number[] = [];
	for (let t = at - openedBefore * 60_000; t <= at; t += 15_000) {
		const { due, shown: marked } = dueCallReminders(at, t, [30, 10], shown);
		shown = [...shown, ...marked];
		if (due) seen.push(due.minutes);
	}
	return seen;
}

describe("reminders for a note opened late", () => {
	it("shows one reminder, not two, when the note opens just before the 10-minute one", () => {
		expect(remindersFrom(11)).toEqual([10]);
		expect(remindersFrom(10)).toEqual([10]);
	});

	it("says how long is really left when the note opens between two reminders", () => {
		expect(remindersFrom(20)).toEqual([20, 10]);
	});

	it("ignores repeated and non-positive thresholds", () => {
		expect(dueCallReminders(at, at - 60_000, [10, 10, 0, -5], []).shown).toEqual([`call-${at}-10`]);
	});
});
