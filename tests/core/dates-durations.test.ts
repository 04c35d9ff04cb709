import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatClock, MAX_DURATION_MS, parseDuration, parseMeetingTime, timerFace, timerStamp } from "../../src/core";

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

describe("parseMeetingTime", () => {
	it("reads a date that is on the calendar, with or without seconds and zone", () => {
		expect(parseMeetingTime("2026-12-03T15:00")).toBe(new Date(2026, 11, 3, 15, 0).getTime());
		expect(parseMeetingTime("2026-12-03 15:00")).toBe(new Date(2026, 11, 3, 15, 0).getTime());
		expect(parseMeetingTime(" 2028-02-29T09:30:15 ")).toBe(new Date(2028, 1, 29, 9, 30, 15).getTime());
		expect(parseMeetingTime("2026-12-03T15:00:30Z")).toBe(Date.UTC(2026, 11, 3, 15, 0, 30));
		expect(parseMeetingTime("2026-12-03T15:00:30.250Z")).toBe(Date.UTC(2026, 11, 3, 15, 0, 30, 250));
		expect(parseMeetingTime("2026-12-03T15:00+01:00")).toBe(Date.UTC(2026, 11, 3, 14, 0));
	});

	it("reads a zone written after a space, as `2026-12-03 15:00 +01:00`", () => {
		expect(parseMeetingTime("2026-12-03 15:00 +01:00")).toBe(Date.UTC(2026, 11, 3, 14, 0));
		expect(parseMeetingTime("2026-12-03 15:00 Z")).toBe(Date.UTC(2026, 11, 3, 15, 0));
		expect(parseMeetingTime("2026-12-03 15:00 -0530")).toBe(Date.UTC(2026, 11, 3, 20, 30));
	});

	it("gives null for a day the month does not have, not a day of the next month", () => {
		expect(parseMeetingTime("2026-02-31T15:00")).toBeNull();
		expect(parseMeetingTime("2026-02-29T15:00")).toBeNull();
		expect(parseMeetingTime("2026-04-31T15:00")).toBeNull();
		expect(parseMeetingTime("2026-00-10T15:00")).toBeNull();
		expect(parseMeetingTime("2026-13-10T15:00")).toBeNull();
		expect(parseMeetingTime("2026-12-00T15:00")).toBeNull();
	});

	it("gives null for a time of day that is not on the clock, or anything after the time", () => {
		for (const text of ["2026-12-03T24:00", "2026-12-03T15:60", "2026-12-03T15:00:60", "2026-12-03T15:00+24:00", "2026-12-03T15:00+01:60", "2026-12-03T15:00 tomorrow", "2026-12-03T15:00:"]) {
			expect(parseMeetingTime(text)).toBeNull();
		}
	});

	it("reads every calendar date and time as that instant, and no day past the month's end", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1970, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (year, month, day, hour, minute) => {
				const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}Z`;
				expect(parseMeetingTime(text)).toBe(day <= daysIn(year, month) ? Date.UTC(year, month - 1, day, hour, minute) : null);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("parseDuration", () => {
	it("gives null for a number of digits no call lasts, not Infinity", () => {
		expect(parseDuration("9".repeat(400))).toBeNull();
		expect(parseDuration(`${"9".repeat(400)}m`)).toBeNull();
		expect(parseDuration(`${"9".repeat(400)}h`)).toBeNull();
		expect(parseDuration(`${"9".repeat(400)}:00`)).toBeNull();
	});

	it("reads up to 24 hours, and gives null beyond", () => {
		expect(MAX_DURATION_MS).toBe(24 * 60 * 60_000);
		expect(parseDuration("24h")).toBe(MAX_DURATION_MS);
		expect(parseDuration("1440")).toBe(MAX_DURATION_MS);
		expect(parseDuration("24:00")).toBe(MAX_DURATION_MS);
		expect(parseDuration("24h 1m")).toBeNull();
		expect(parseDuration("1441")).toBeNull();
		expect(parseDuration("25:00")).toBeNull();
	});

	it("gives null or a whole number of milliseconds from 0 to 24 hours for any text", () => {
		const durationLike = fc.oneof(
			fc.string({ maxLength: 12 }),
			fc.tuple(fc.stringMatching(/^\d{1,30}(\.\d{1,5})?$/), fc.constantFrom("", "m", "h", "min", "hours", ":30", "h 5m")).map(([n, unit]) => n + unit),
		);
		fc.assert(
			fc.property(durationLike, (text) => {
				const ms = parseDuration(text);
				if (ms === null) return;
				expect(Number.isInteger(ms)).toBe(true);
				expect(ms).toBeGreaterThanOrEqual(0);
				expect(ms).toBeLessThanOrEqual(MAX_DURATION_MS);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("formatClock", () => {
	it("prints 00:00 for a time that is not a number or not finite, as for a negative one", () => {
		expect(formatClock(Number.NaN)).toBe("00:00");
		expect(formatClock(Number.POSITIVE_INFINITY)).toBe("00:00");
		expect(formatClock(Number.NEGATIVE_INFINITY)).toBe("00:00");
		expect(formatClock(-5000)).toBe("00:00");
		expect(timerStamp(Number.NaN)).toBe("[+00:00]");
		expect(timerFace("countdown", Number.NaN, Number.NaN)).toEqual({ main: "00:00", detail: "left, 00:00 elapsed", over: false });
	});

	it("prints minutes and seconds for any number at all", () => {
		fc.assert(
			fc.property(fc.double(), (ms) => {
				expect(formatClock(ms)).toMatch(/^\d{2,}:[0-5]\d$/);
			}),
			{ numRuns: 1000 },
		);
	});
});
