import { describe, expect, it } from "vitest";
import { callsOverview, DEFAULT_STAR_WORDS, groupProcesses, parsePrepNote, processView, roundOf, sortRounds, type Round } from "../../../src/core";

const OPTIONS = { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" };

function round(path: string, frontmatter: string, body = "# Call\n"): Round {
	const text = `---\n${frontmatter}\n---\n${body}`;
	const result = roundOf(path, text, parsePrepNote(text), OPTIONS);
	if (!result) throw new Error(`${path} has no company`);
	return result;
}

const paths = (rounds: readonly Round[]) => rounds.map((r) => r.path);

describe("the order of a company's rounds", () => {
	// The recruiter call at 10:09, and the next round made right after it by Start next round: same day, no time yet,
	// and a file name that sorts first.
	const call = round("Prep/2026-12-06 Acme Recruiter call.md", "company: Acme\nmeeting: 2026-12-06T10:09", "# Call\n# Notes\n## What I said\n- My range is 120-140k\n");
	const next = round("Prep/2026-12-06 Acme Hiring manager.md", 'company: Acme\nround: Hiring manager\nmeeting: \nprevious: "[[Prep/2026-12-06 Acme Recruiter call]]"');

	it("puts a next round made on the day of the call after that call, so what was said there is said before", () => {
		expect(paths(groupProcesses([next, call])[0]?.rounds ?? [])).toEqual([call.path, next.path]);
		const view = processView({ company: "Acme", rounds: [call] }, next, "2026-12-06");
		expect(view.rounds.map((r) => r.path)).toEqual([call.path, next.path]);
		expect(view.said.flatMap((group) => group.rows.map((row) => row.text))).toEqual(["My range is 120-140k"]);
	});

	it("follows a previous link written as the file name alone, or with an alias", () => {
		const byName = round("Prep/2026-12-06 Acme A.md", 'company: Acme\nprevious: "[[2026-12-06 Acme Recruiter call|Recruiter call]]"');
		expect(paths(sortRounds([byName, call]))).toEqual([call.path, byName.path]);
	});

	it("orders timed rounds by when they happen, their zones counted", () => {
		// 15:00 at +01:00 is 14:00 UTC, half an hour before 14:30 UTC, whatever zone the tests run in.
		const zoned = round("Prep/2026-12-06 B zoned.md", "company: Acme\nmeeting: 2026-12-06T15:00+01:00");
		const utc = round("Prep/2026-12-06 A utc.md", "company: Acme\nmeeting: 2026-12-06 14:30 Z");
		expect(paths(sortRounds([utc, zoned]))).toEqual([zoned.path, utc.path]);
	});

	it("reads a meeting on a day the month does not have as no date, not a day of the next month", () => {
		const wrong = round("Prep/Acme.md", "company: Acme\nmeeting: 2026-02-31");
		expect(wrong.date).toBeNull();
		expect(callsOverview([wrong], new Date(2026, 2, 3, 12).getTime(), DEFAULT_STAR_WORDS).upcoming).toEqual([]);
	});

	it("orders two timed rounds of one day by their time, not by file name", () => {
		const screen = round("Prep/2026-12-06 A tech screen.md", "company: Acme\nmeeting: 2026-12-06 14:00");
		const recruiter = round("Prep/2026-12-06 B recruiter.md", "company: Acme\nmeeting: 2026-12-06T10:09");
		expect(paths(sortRounds([screen, recruiter]))).toEqual([recruiter.path, screen.path]);
	});

	it("keeps a chain of same-day rounds in the order they follow each other, and survives a loop", () => {
		const third = round("Prep/2026-12-06 Acme 0 third.md", 'company: Acme\nprevious: "[[Prep/2026-12-06 Acme Hiring manager]]"');
		expect(paths(sortRounds([third, next, call]))).toEqual([call.path, next.path, third.path]);
		const a = round("a.md", 'company: X\nprevious: "[[b]]"');
		const b = round("b.md", 'company: X\nprevious: "[[a]]"');
		expect(paths(sortRounds([b, a])).sort()).toEqual(["a.md", "b.md"]);
	});
});

describe("a file name's date", () => {
	const now = new Date(2026, 11, 6, 9, 0).getTime();

	it("orders rounds but is never a call: a note without meeting is not upcoming today, nor a recent call without a debrief later", () => {
		const unbooked = round("Prep/2026-12-06 Globex.md", "company: Globex\nmeeting: ");
		const booked = round("Prep/2026-12-01 Initech.md", "company: Initech\nmeeting: 2026-12-06T09:30");
		expect(unbooked).toMatchObject({ meeting: null, date: "2026-12-06" });
		expect(callsOverview([unbooked, booked], now, DEFAULT_STAR_WORDS).upcoming.map((c) => c.path)).toEqual([booked.path]);
		const twoDaysLater = now + 2 * 86_400_000;
		expect(callsOverview([unbooked], twoDaysLater, DEFAULT_STAR_WORDS).recent).toEqual([]);
	});
});
