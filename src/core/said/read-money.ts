import type { Figure } from "./figure";
import type { MaskedText } from "./masked-text";

/** Currency signs, the longer first, as their ISO codes. */
const SIGNS: Record<string, string> = {
	"US$": "USD", "CA$": "CAD", "C$": "CAD", "AU$": "AUD", "A$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL",
	$: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
};
const CODES = ["USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "INR", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "SGD", "HKD", "CNY", "BRL", "ZAR", "MXN", "KRW"];
/** Currencies written out after an amount: `120k euros`, `95 000 Franken`. */
const WORDS: Record<string, string> = { euro: "EUR", euros: "EUR", dollar: "USD", dollars: "USD", pound: "GBP", pounds: "GBP", franc: "CHF", francs: "CHF", franken: "CHF", livre: "GBP", livres: "GBP" };

const escape = (text: string) => text.replace(/[$]/g, "\\$");
const byLength = (a: string, b: string) => b.length - a.length;
const SIGN = Object.keys(SIGNS).sort(byLength).map(escape).join("|");
const CODE = CODES.join("|");
const WORD = Object.keys(WORDS).sort(byLength).join("|");

/**
 * An amount as written: a grouped number (`120,000`, `120.000,50`, `120 000`, `120'000`, the group
 * separator the same throughout) or a plain one (`120`, `120.5`, `120,5`), with a currency before or after
 * and a multiplier (`k`, `Tsd.`, `T€`, `M`, `Mio`). The character before is checked in code: no lookbehind.
 */
const AMOUNT = new RegExp(
	`(?:(?<before>${SIGN}|${CODE})\\s?)?` +
		`(?:(?<grouped>\\d{1,3}(?:(?<sep>[,.'’ \\u00a0\\u202f\\u2009])\\d{3})(?:\\k<sep>\\d{3})*)(?:(?<groupedPoint>[.,])(?<groupedFraction>\\d{1,2}))?(?!\\d)` +
		`|(?<plain>\\d+)(?:[.,](?<plainFraction>\\d+))?)` +
		`(?:\\s?(?<multiplier>TEUR|T€|Tsd\\.|Tsd|Mio\\.|Mio|mn|k|m)(?![\\p{L}\\p{N}]))?` +
		`(?:\\s?(?<after>${SIGN}|${CODE}|${WORD})(?![\\p{L}]))?`,
	"giu",
);

/** Words that join two amounts into a range: `120k-140k`, `120 to 140k`, `120 bis 140 T€`, `120 à 140 k€`. */
const RANGE_JOIN = /^\s*(?:[-–—]|to|bis|à|au)\s*$/iu;
/** `between 120 and 140k`: `and` joins a range only after `between`. */
const AND_JOIN = /^\s*(?:and|und|et)\s*$/iu;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:between|zwischen|entre)\s*$/iu;

interface Amount {
	start: number;
	end: number;
	value: number;
	currency: string | null;
	/** 1000 or a million when written; 0 when not. */
	multiplier: number;
	grouped: boolean;
	/** Five digits or more in the whole part (`95000`, `120 000`), and not a plain run of more than six (an id). */
	long: boolean;
}

/**
 * Amounts of money. An amount is money when it has a currency or `k` (thousands), or else five digits or
 * more before any decimals (`95000`, `120,000`, `120 000`): a bare `3` (`3 rounds`), a year (`2026`),
 * `1 000 people`, a decimal (`1.5`) or a plain run of more than six digits (an id) is not. A million (`M`, `Mio`) counts only with a currency written. Two
 * amounts joined by a dash or `to` are a range when one of them is money: the multiplier and currency
 * written on one side apply to the other (`120–140k` is 120000 to 140000), and the range must rise. Cents
 * are dropped: money is in whole units.
 */
export function readMoney(text: MaskedText): void {
	const amounts: Amount[] = [];
	text.each(AMOUNT, (match) => {
		const amount = amountOf(match, text);
		if (amount) amounts.push(amount);
		return amount !== null;
	});
	for (let i = 0; i < amounts.length; i++) {
		const first = amounts[i];
		if (!first) continue;
		const second = amounts[i + 1];
		const range = second ? rangeOf(first, second, text) : null;
		if (range && second) {
			text.claim(first.start, second.end, range);
			i++;
		} else if (isMoney(first, first.currency)) {
			const value = whole(first.value * effective(first.multiplier, first.currency));
			text.claim(first.start, first.end, { kind: "money", low: value, high: value, unit: first.currency });
		}
	}
}

function amountOf(match: RegExpExecArray, text: MaskedText): Amount | null {
	const groups = match.groups ?? {};
	const start = match.index;
	const end = start + match[0].length;
	if (text.wordAt(start - 1) || text.wordAt(end)) return null;
	if (groups.before === undefined && /[.,]/.test(text.text.charAt(start - 1))) return null;
	const digits = groups.grouped ?? groups.plain ?? "";
	const whole = digits.replace(/\D/g, "");
	if (whole.length > 15) return null;
	const fraction = groups.grouped !== undefined ? (groups.groupedPoint !== groups.sep ? groups.groupedFraction : undefined) : groups.plainFraction;
	const value = Number(fraction === undefined ? whole : `${whole}.${fraction}`);
	const currency = currencyOf(groups.before) ?? currencyOf(groups.after) ?? (/eur/i.test(groups.multiplier ?? "") || (groups.multiplier ?? "").includes("€") ? "EUR" : null);
	const multiplier = groups.multiplier === undefined ? 0 : /^m/i.test(groups.multiplier) ? 1_000_000 : 1000;
	const long = whole.length >= 5 && (groups.grouped !== undefined || whole.length <= 6);
	return { start, end, value, currency, multiplier, grouped: groups.grouped !== undefined, long };
}

function rangeOf(first: Amount, second: Amount, text: MaskedText): Figure | null {
	const between = text.text.slice(first.end, second.start);
	if (!RANGE_JOIN.test(between) && !(AND_JOIN.test(between) && BETWEEN_BEFORE.test(text.original.slice(0, first.start)))) return null;
	if (first.currency !== null && second.currency !== null && first.currency !== second.currency) return null;
	const currency = first.currency ?? second.currency;
	if (!isMoney(first, currency) && !isMoney(second, currency)) return null;
	const low = whole(first.value * borrowed(first, second, currency));
	const high = whole(second.value * borrowed(second, first, currency));
	return low < high ? { kind: "money", low, high, unit: currency } : null;
}

/** The multiplier of one side of a range: its own, or the other side's when it has none and is under 1000 (`120` in `120–140k`). */
function borrowed(side: Amount, other: Amount, currency: string | null): number {
	const own = effective(side.multiplier, currency);
	if (side.multiplier !== 0) return own;
	return !side.grouped && side.value < 1000 ? effective(other.multiplier, currency) : 1;
}

function effective(multiplier: number, currency: string | null): number {
	return multiplier === 0 || (multiplier === 1_000_000 && currency === null) ? 1 : multiplier;
}

function isMoney(amount: Amount, currency: string | null): boolean {
	return currency !== null || effective(amount.multiplier, currency) > 1 || amount.long;
}

function currencyOf(written: string | undefined): string | null {
	if (written === undefined) return null;
	return SIGNS[written.toUpperCase()] ?? WORDS[written.toLowerCase()] ?? (CODES.includes(written.toUpperCase()) ? written.toUpperCase() : null);
}

/** Whole units, with the float error of `1.2 * 1e6` rounded off first. */
function whole(value: number): number {
	return Math.floor(Math.round(value * 100) / 100);
}
