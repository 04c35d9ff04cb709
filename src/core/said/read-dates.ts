import { calendarDate, DAY_MS, daysInMonth, epochDay } from "./calendar";
import type { Figure } from "./figure";
import type { MaskedText } from "./masked-text";

/** Month names and their short forms, in English, German and French, with and without accents. */
const MONTHS: Record<string, number> = {
	january: 1, jan: 1, januar: 1, jänner: 1, janvier: 1, janv: 1,
	february: 2, feb: 2, februar: 2, février: 2, fevrier: 2, févr: 2, fevr: 2,
	march: 3, mar: 3, märz: 3, maerz: 3, mär: 3, mars: 3,
	april: 4, apr: 4, avril: 4, avr: 4,
	may: 5, mai: 5,
	june: 6, jun: 6, juni: 6, juin: 6,
	july: 7, jul: 7, juli: 7, juillet: 7, juil: 7,
	august: 8, aug: 8, août: 8, aout: 8,
	september: 9, sep: 9, sept: 9, septembre: 9,
	october: 10, oct: 10, oktober: 10, okt: 10, octobre: 10,
	november: 11, nov: 11, novembre: 11,
	december: 12, dec: 12, dezember: 12, dez: 12, décembre: 12, decembre: 12, déc: 12,
};

/**
 * Names that are also everyday words or first names (`I may`, `Jan`, French `sept` for seven): read as a
 * month only with a day, a year, a word such as `early`, or a preposition such as `in` or `by` in front.
 */
const AMBIGUOUS = new Set(["may", "march", "mar", "jan", "mars", "sept", "june", "april", "august"]);

const PREPOSITION = /(?:^|[^\p{L}])(?:in|by|from|until|till|since|before|after|around|im|ab|bis|seit|vor|nach|en|dès|des|avant|après|depuis|vers)\s+$/iu;

const MONTH = `(?<month>${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}])\\.?`;
const YEAR = `(?:,?\\s*(?<year>\\d{4})(?!\\p{N}))?`;

const ISO_DATE = /(?<year>\d{4})[-/](?<month>\d{1,2})[-/](?<day>\d{1,2})(?!\p{N})/gu;
/** `05.01.2027` is always day first; `5/1/2027` only when one side is over 12, and is left unread otherwise. */
const NUMERIC_DATE = /(?<first>\d{1,2})(?<sep>[./])(?<second>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})(?!\p{N}|[./]\p{N})/gu;
const DAY_MONTH = new RegExp(`(?<day>\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s*(?:of\\s+|de\\s+)?${MONTH}${YEAR}`, "giu");
const MONTH_DAY = new RegExp(`${MONTH}\\s*(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,]\\d)${YEAR}`, "giu");
const MONTH_ONLY = new RegExp(
	`(?:(?<part>early|late|mid|middle\\s+of|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of|anfang|mitte|ende|d[ée]but|mi|fin)(?:\\s+d(?:e\\s+|['’]\\s*)|\\s*-\\s*|\\s+))?${MONTH}${YEAR}`,
	"giu",
);

/**
 * How far back a date without a year may lie and still be this year's: two months. `January 5` said on
 * 10 January is this year's, so that a later round repeating it agrees; said in November, next year's.
 */
const RECENT_DAYS = 61;

/** Dates written in digits, `2027-01-05` and `05.01.2027`; read first, so that no part of one is read as an amount. */
export function readNumericDates(text: MaskedText): void {
	text.each(ISO_DATE, (match) => {
		if (text.wordAt(match.index - 1)) return false;
		const groups = match.groups ?? {};
		text.claim(match.index, match.index + match[0].length, dateFigure(Number(groups.year), Number(groups.month), Number(groups.day)));
		return true;
	});
	text.each(NUMERIC_DATE, (match) => {
		if (text.wordAt(match.index - 1) || /[.,/]/.test(text.text.charAt(match.index - 1))) return false;
		const groups = match.groups ?? {};
		const [first, second, written] = [Number(groups.first), Number(groups.second), Number(groups.year)];
		const year = written < 100 ? 2000 + written : written;
		const dayFirst = groups.sep === "." || first > 12 || first === second;
		const monthFirst = groups.sep === "/" && second > 12;
		const figure = dayFirst ? dateFigure(year, second, first) : monthFirst ? dateFigure(year, first, second) : null;
		text.claim(match.index, match.index + match[0].length, figure);
		return true;
	});
}

/**
 * Dates with a month name: `5 January`, `Jan 5th`, `5. März 2027`, `1er janvier`, and months or parts of
 * them: `January`, `early January`, `mid-February`, `end of March`, `Anfang März`, `fin mars`. Without a
 * year, the year is the reference's, or the next when the date lies more than two months before it.
 */
export function readNamedDates(text: MaskedText, reference: number): void {
	const today = Math.floor(reference / DAY_MS);
	const visit = (withDay: boolean) => (match: RegExpExecArray) => {
		if (text.wordAt(match.index - 1) || (withDay && /[.,]/.test(text.text.charAt(match.index - 1)))) return false;
		const groups = match.groups ?? {};
		const name = (groups.month ?? "").toLowerCase();
		const month = MONTHS[name];
		if (month === undefined) return false;
		const part = partOf(groups.part);
		const before = text.original.slice(Math.max(0, match.index - 12), match.index);
		if (!withDay && AMBIGUOUS.has(name) && part === null && groups.year === undefined && !PREPOSITION.test(before)) return false;
		const day = withDay ? Number(groups.day) : null;
		const span = (year: number): [number, number] | null => {
			if (year < 1000) return null;
			if (day !== null) return day >= 1 && day <= daysInMonth(year, month) ? [epochDay(year, month, day), epochDay(year, month, day)] : null;
			const [from, to] = part ?? [1, 31];
			return [epochDay(year, month, from), epochDay(year, month, Math.min(to, daysInMonth(year, month)))];
		};
		let found: [number, number] | null = null;
		if (groups.year !== undefined) found = span(Number(groups.year));
		else if (Number.isFinite(today)) {
			const year = calendarDate(today).year;
			const thisYear = span(year);
			found = thisYear && thisYear[1] >= today - RECENT_DAYS ? thisYear : span(year + 1);
		}
		const figure: Figure | null = found && { kind: "date", low: found[0], high: found[1], unit: day !== null ? "date" : "month" };
		text.claim(match.index, match.index + match[0].length, figure);
		return true;
	};
	text.each(DAY_MONTH, visit(true));
	text.each(MONTH_DAY, visit(true));
	text.each(MONTH_ONLY, visit(false));
}

/** The days of a month a part covers: early is the 1st to the 10th, mid the 11th to the 20th, late the rest. */
function partOf(written: string | undefined): [number, number] | null {
	if (written === undefined) return null;
	const word = written.toLowerCase().replace(/\s+/gu, " ");
	if (/^(?:early|anfang|d[ée]but|(?:the )?(?:beginning|start) of)$/u.test(word)) return [1, 10];
	if (/^(?:mid|mi|mitte|(?:the )?middle of|middle of)$/u.test(word)) return [11, 20];
	return [21, 31];
}

function dateFigure(year: number, month: number, day: number): Figure | null {
	if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	const at = epochDay(year, month, day);
	return { kind: "date", low: at, high: at, unit: "date" };
}
