import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochDay } from "../../../src/core/said/calendar";
import { readFigures } from "../../../src/core/said/read-figures";
import { readSaid } from "../../../src/core/said/read-said";
import { DEFAULT_SAID_TOPICS } from "../../../src/core/said/said-topics";

const REFERENCE = Date.UTC(2026, 10, 15);

/** Pieces that figures are made of, and the separators and look-alikes that trip a reader. */
const PIECES = [
	"$", "€", "£", "¥", "CHF", "EUR", "USD", "k", "K", "M", "Mio", "T€", "%", ":", "h", "-", "–", " to ", " bis ", " à ", " and ", "between ",
	",", ".", " ", "\u00a0", "\u202f", "'", "/", "+", "(", ")", "[[", "]]", "Q", "v", "st", "th", "er",
	"120", "140", "000", "2026", "2027", "5", "12", "29", "31", "1.5", "1,5", "99999999999999999999",
	"January", "Jan", "May", "may", "März", "mars", "sept", "février", "early ", "mid-", "end of ", "Anfang ", "fin ", "in ",
	"weeks", "week", "a ", "one ", "Monate", "mois", "semaines", "days", "d", "wk", "salary", "notice", "start date",
];
const biased = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.integer({ min: 0, max: 9999 }).map(String), fc.string({ maxLength: 3 })), { maxLength: 24 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 40 }), biased);

describe("readSaid on any text", () => {
	it("never throws, and reads only sound figures: finite, low <= high, units that fit the kind, whole days for dates", () => {
		fc.assert(
			fc.property(anyText, fc.oneof(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.double()), (text, reference) => {
				const { topics, figures } = readSaid(text, DEFAULT_SAID_TOPICS, reference);
				for (const topic of topics) expect(DEFAULT_SAID_TOPICS.map((t) => t.name)).toContain(topic);
				for (const figure of figures) {
					expect(Number.isFinite(figure.low) && Number.isFinite(figure.high)).toBe(true);
					expect(figure.low).toBeLessThanOrEqual(figure.high);
					if (figure.kind !== "date") expect(figure.low).toBeGreaterThanOrEqual(0);
					if (figure.kind === "duration") expect(figure.unit).toBe("day");
					if (figure.kind === "date") {
						expect(["date", "month"]).toContain(figure.unit);
						expect(Number.isInteger(figure.low) && Number.isInteger(figure.high)).toBe(true);
					}
					if (figure.kind === "money") expect(figure.unit === null || /^[A-Z]{3}$/.test(figure.unit)).toBe(true);
				}
			}),
			{ numRuns: 3000 },
		);
	});
});

describe("readFigures on generated figures", () => {
	const sign = fc.constantFrom(["$", "USD"], ["€", "EUR"], ["£", "GBP"], ["CHF ", "CHF"], ["EUR ", "EUR"]);

	it("reads an amount in thousands with a currency sign before it as that many whole units of that currency", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 999 }), sign, fc.constantFrom("k", "K"), (thousands, [written, code], k) => {
				expect(readFigures(`I asked for ${written}${thousands}${k} base`, REFERENCE)).toEqual([{ kind: "money", low: thousands * 1000, high: thousands * 1000, unit: code }]);
			}),
		);
	});

	it("reads an amount grouped in English, German, French or Swiss style as the same whole units", () => {
		fc.assert(
			fc.property(fc.integer({ min: 10_000, max: 99_999_999 }), fc.constantFrom(",", ".", " ", "\u00a0", "\u202f", "'"), fc.integer({ min: 0, max: 99 }), (amount, separator, cents) => {
				const grouped = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
				const point = separator === "," ? "." : ",";
				expect(readFigures(`${grouped} €`, REFERENCE)).toEqual([{ kind: "money", low: amount, high: amount, unit: "EUR" }]);
				expect(readFigures(`${grouped}${point}${String(cents).padStart(2, "0")} €`, REFERENCE)).toEqual([{ kind: "money", low: amount, high: amount, unit: "EUR" }]);
			}),
		);
	});

	it("reads a rising range with k on its end as thousands at both ends, and a falling one as no range", () => {
		fc.assert(
			fc.property(fc.integer({ min: 10, max: 999 }), fc.integer({ min: 10, max: 999 }), fc.constantFrom("-", "–", " - ", " to "), (a, b, join) => {
				const figures = readFigures(`${a}${join}${b}k`, REFERENCE);
				if (a < b) expect(figures).toEqual([{ kind: "money", low: a * 1000, high: b * 1000, unit: null }]);
				else expect(figures).toEqual([{ kind: "money", low: b * 1000, high: b * 1000, unit: null }]);
			}),
		);
	});

	it("reads every calendar date written as ISO, day first with dots, or day and month name with a year, as that day", () => {
		const names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
		fc.assert(
			fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, d) => {
				const real = d <= new Date(Date.UTC(year, month, 0)).getUTCDate();
				const expected = real ? [{ kind: "date", low: epochDay(year, month, d), high: epochDay(year, month, d), unit: "date" }] : [];
				const pad = (n: number) => String(n).padStart(2, "0");
				expect(readFigures(`${year}-${pad(month)}-${pad(d)}`, REFERENCE)).toEqual(expected);
				expect(readFigures(`${pad(d)}.${pad(month)}.${year}`, REFERENCE)).toEqual(expected);
				expect(readFigures(`${d} ${names[month - 1] ?? ""} ${year}`, REFERENCE)).toEqual(expected);
			}),
			{ numRuns: 500 },
		);
	});
});
