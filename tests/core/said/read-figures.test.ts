import { describe, expect, it } from "vitest";
import { epochDay } from "../../../src/core/said/calendar";
import type { Figure } from "../../../src/core/said/figure";
import { formatFigure } from "../../../src/core/said/format-figure";
import { readFigures } from "../../../src/core/said/read-figures";

/** The round's date: Sunday 15 November 2026. A date without a year two months or more before it is next year's. */
const REFERENCE = Date.UTC(2026, 10, 15, 14, 30);

const money = (low: number, high = low, unit: string | null = null): Figure => ({ kind: "money", low, high, unit });
const days = (low: number, high = low): Figure => ({ kind: "duration", low, high, unit: "day" });
const day = (year: number, month: number, d: number): Figure => ({ kind: "date", low: epochDay(year, month, d), high: epochDay(year, month, d), unit: "date" });
const month = (year: number, m: number, from = 1, to = new Date(Date.UTC(year, m, 0)).getUTCDate()): Figure => ({ kind: "date", low: epochDay(year, m, from), high: epochDay(year, m, to), unit: "month" });

const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** Written forms and the figures a person means by them, in English, German and French styles. */
const TABLE: [string, Figure[]][] = [
	// Money, English style
	["$120k", [money(120_000, 120_000, "USD")]],
	["120,000", [money(120_000)]],
	["120,000 USD", [money(120_000, 120_000, "USD")]],
	["USD 120,000", [money(120_000, 120_000, "USD")]],
	["£90k", [money(90_000, 90_000, "GBP")]],
	["120K", [money(120_000)]],
	["120–140k", [money(120_000, 140_000)]],
	["120k-140k", [money(120_000, 140_000)]],
	["$120k to $140k", [money(120_000, 140_000, "USD")]],
	["$95-110k", [money(95_000, 110_000, "USD")]],
	["between 120 and 140k", [money(120_000, 140_000)]],
	["from 120k to 140k", [money(120_000, 140_000)]],
	["The range is 120-140k EUR", [money(120_000, 140_000, "EUR")]],
	["120,000.50 USD", [money(120_000, 120_000, "USD")]],
	["1,200,000", [money(1_200_000)]],
	["€1.2M", [money(1_200_000, 1_200_000, "EUR")]],
	["95000", [money(95_000)]],
	["120.5k", [money(120_500)]],
	["150k OTE, 120k base", [money(150_000), money(120_000)]],
	["I'd want 150k.", [money(150_000)]],
	["120k euros", [money(120_000, 120_000, "EUR")]],
	["C$110k", [money(110_000, 110_000, "CAD")]],
	["100k+ base", [money(100_000)]],
	["140k-120k", [money(140_000), money(120_000)]],
	// Money, German style
	["120.000 €", [money(120_000, 120_000, "EUR")]],
	["120.000,50 €", [money(120_000, 120_000, "EUR")]],
	["Gehalt 85.000 € brutto", [money(85_000, 85_000, "EUR")]],
	["120,5k", [money(120_500)]],
	["120 T€", [money(120_000, 120_000, "EUR")]],
	["zwischen 80 und 90 T€", [money(80_000, 90_000, "EUR")]],
	["EUR 95k", [money(95_000, 95_000, "EUR")]],
	["1.500.000 €", [money(1_500_000, 1_500_000, "EUR")]],
	// Money, French and Swiss style
	[`120${NBSP}000 €`, [money(120_000, 120_000, "EUR")]],
	[`120${NNBSP}000${NNBSP}€`, [money(120_000, 120_000, "EUR")]],
	["120 000 €", [money(120_000, 120_000, "EUR")]],
	["120 000,00 €", [money(120_000, 120_000, "EUR")]],
	["95 000 CHF", [money(95_000, 95_000, "CHF")]],
	["CHF 120'000", [money(120_000, 120_000, "CHF")]],
	["entre 50 et 60 k€", [money(50_000, 60_000, "EUR")]],
	["60 000 - 70 000 €", [money(60_000, 70_000, "EUR")]],
	// Periods
	["4 weeks", [days(28)]],
	["one month", [days(30)]],
	["30 days", [days(30)]],
	["3 months", [days(90)]],
	["two weeks", [days(14)]],
	["6 wk", [days(42)]],
	["2-3 months", [days(60, 90)]],
	["two to three weeks", [days(14, 21)]],
	["4-week notice", [days(28)]],
	["notice period is a month", [days(30)]],
	["4 Wochen", [days(28)]],
	["3 Monate Kündigungsfrist", [days(90)]],
	["einen Monat", [days(30)]],
	["1,5 Monate", [days(45)]],
	["3 mois", [days(90)]],
	["2 semaines", [days(14)]],
	["quinze jours", [days(15)]],
	["3 days a week in the office", [days(3)]],
	// Dates
	["January 5", [day(2027, 1, 5)]],
	["5 January", [day(2027, 1, 5)]],
	["Jan 5th", [day(2027, 1, 5)]],
	["the 5th of January", [day(2027, 1, 5)]],
	["2027-01-05", [day(2027, 1, 5)]],
	["05.01.2027", [day(2027, 1, 5)]],
	["13/5/2027", [day(2027, 5, 13)]],
	["January 5, 2026", [day(2026, 1, 5)]],
	["October 20", [day(2026, 10, 20)]],
	["5. März 2027", [day(2027, 3, 5)]],
	["ab 1. April", [day(2027, 4, 1)]],
	["le 1er janvier", [day(2027, 1, 1)]],
	["early January", [month(2027, 1, 1, 10)]],
	["mid-February", [month(2027, 2, 11, 20)]],
	["end of March", [month(2027, 3, 21, 31)]],
	["December", [month(2026, 12)]],
	["in May", [month(2027, 5)]],
	["June 2027", [month(2027, 6)]],
	["März", [month(2027, 3)]],
	["Anfang März", [month(2027, 3, 1, 10)]],
	["janvier", [month(2027, 1)]],
	["mi-février", [month(2027, 2, 11, 20)]],
	["fin mars", [month(2027, 3, 21, 31)]],
	// Several in a line, in the order written
	["notice: 3 months, could start early Feb", [days(90), month(2027, 2, 1, 10)]],
	["120k by 5 January", [money(120_000), day(2027, 1, 5)]],
	["préavis de 3 mois, salaire 55 000 € brut", [days(90), money(55_000, 55_000, "EUR")]],
	// No figure
	["Told them about the migration project", []],
	["3 rounds", []],
	["2 rounds, 3 weeks notice", [days(21)]],
	["3rd round on Tuesday", []],
	["Q3 2026", []],
	["in 2026", []],
	["10:30", []],
	["call at 10h30", []],
	["call me on 555 123 4567", []],
	["+44 20 7946 0958", []],
	["06 12 34 56 78", []],
	["10% bonus", []],
	["I may start soon", []],
	["talked to Jan about it", []],
	["1.2M", []],
	["120kg", []],
	["1 000 people", []],
	["1/5/2027", []],
	["February 30", []],
	["123456789", []],
	["see [[2026-01-05 Acme recruiter]]", []],
	["v1.2.3", []],
	["8 hours a day", []],
];

describe("readFigures", () => {
	it("has written forms enough to cover three number styles", () => {
		expect(TABLE.length).toBeGreaterThanOrEqual(60);
		expect(new Set(TABLE.map(([text]) => text)).size).toBe(TABLE.length);
	});

	it.each(TABLE)("reads %j", (text, expected) => {
		expect(readFigures(text, REFERENCE)).toEqual(expected);
	});

	it("places a date without a year by the reference: this year's unless over two months past, then next year's", () => {
		expect(readFigures("January 5", Date.UTC(2027, 0, 3))).toEqual([day(2027, 1, 5)]);
		expect(readFigures("January 5", Date.UTC(2027, 1, 20))).toEqual([day(2027, 1, 5)]);
		expect(readFigures("January 5", Date.UTC(2027, 2, 10))).toEqual([day(2028, 1, 5)]);
		expect(readFigures("December 20", Date.UTC(2027, 0, 10))).toEqual([day(2027, 12, 20)]);
		expect(readFigures("January", Date.UTC(2027, 3, 2))).toEqual([month(2027, 1)]);
		expect(readFigures("January", Date.UTC(2027, 3, 3))).toEqual([month(2028, 1)]);
	});

	it("reads 29 February in a year that has it, and no date in one that does not", () => {
		expect(readFigures("29 Feb", Date.UTC(2028, 0, 10))).toEqual([day(2028, 2, 29)]);
		expect(readFigures("29 Feb", Date.UTC(2026, 10, 15))).toEqual([]);
		expect(readFigures("29.02.2027", REFERENCE)).toEqual([]);
	});

	it("reads no date without a year when the reference is no time", () => {
		expect(readFigures("January 5, 120k", Number.NaN)).toEqual([money(120_000)]);
		expect(readFigures("2027-01-05", Number.NaN)).toEqual([day(2027, 1, 5)]);
	});
});

describe("formatFigure", () => {
	it("writes a figure in short, as a warning shows it", () => {
		expect(formatFigure(money(120_000, 140_000, "USD"))).toBe("120–140k USD");
		expect(formatFigure(money(120_000))).toBe("120k");
		expect(formatFigure(money(120_500, 120_500, "EUR"))).toBe("120.5k EUR");
		expect(formatFigure(money(1_200_000, 1_200_000, "EUR"))).toBe("1.2M EUR");
		expect(formatFigure(money(1_200_000))).toBe("1,200,000");
		expect(formatFigure(money(950, 1_234, "GBP"))).toBe("950–1,234 GBP");
		expect(formatFigure(days(28))).toBe("4 weeks");
		expect(formatFigure(days(7))).toBe("1 week");
		expect(formatFigure(days(30))).toBe("1 month");
		expect(formatFigure(days(60, 90))).toBe("2–3 months");
		expect(formatFigure(days(45))).toBe("45 days");
		expect(formatFigure(days(1))).toBe("1 day");
		expect(formatFigure(day(2027, 1, 5))).toBe("5 Jan 2027");
		expect(formatFigure(month(2027, 1))).toBe("January 2027");
		expect(formatFigure(month(2027, 1, 1, 10))).toBe("early January 2027");
		expect(formatFigure(month(2027, 2, 11, 20))).toBe("mid-February 2027");
		expect(formatFigure(month(2027, 2, 21, 28))).toBe("late February 2027");
		expect(formatFigure({ kind: "date", low: epochDay(2027, 1, 5), high: epochDay(2027, 2, 20), unit: "month" })).toBe("5 Jan 2027 – 20 Feb 2027");
	});

	it("writes what it reads back as the same figure", () => {
		for (const [text, figures] of TABLE) {
			for (const figure of figures) expect(readFigures(formatFigure(figure), REFERENCE), text).toEqual([figure]);
		}
	});
});
