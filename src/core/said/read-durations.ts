import type { MaskedText } from "./masked-text";

/** Counts written as words, in English, German and French; `quinze jours` is the French fortnight. */
const NUMBER_WORDS: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
	ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwoelf: 12,
	un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15,
};

const COUNT = `\\d{1,3}(?:[.,]\\d{1,2})?|(?:${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}])`;
const UNIT = "days?|tag(?:e|en)?|jours?|d|weeks?|wks?|wochen?|semaines?|months?|mths?|mos?|monat(?:e|en|s)?|mois";
const DURATION = new RegExp(
	`(?<low>${COUNT})(?:(?:\\s*[-–—]\\s*|\\s+(?:to|or|bis|oder|à|ou)\\s+)(?<high>${COUNT}))?(?<gap>\\s*-\\s*|\\s*)(?<unit>${UNIT})(?![\\p{L}\\p{N}])`,
	"giu",
);

/** `3 days a week`: the second is a rate, not a period. */
const RATE_BEFORE = /(?:^|[^\p{L}])(?:days?|weeks?|months?|hours?|hrs?|h|once|twice|times)\s*$/iu;

/**
 * Periods such as a notice period: `4 weeks`, `one month`, `2-3 months`, `6 wk`, `4 Wochen`, `3 Monate`,
 * `2 semaines`, `quinze jours`, in days: a week is 7, a month 30. `a week` after another period is the
 * rate in `3 days a week`, and not read; `d` counts only written against its number (`30d`).
 */
export function readDurations(text: MaskedText): void {
	text.each(DURATION, (match) => {
		const groups = match.groups ?? {};
		if (text.wordAt(match.index - 1) || /[.,]/.test(text.text.charAt(match.index - 1))) return false;
		const unit = (groups.unit ?? "").toLowerCase();
		if (unit === "d" && groups.gap !== "") return false;
		const lowWord = (groups.low ?? "").toLowerCase();
		if ((lowWord === "a" || lowWord === "an") && RATE_BEFORE.test(text.original.slice(0, match.index))) return false;
		const perUnit = unit.startsWith("d") || unit.startsWith("tag") || unit.startsWith("jour") ? 1 : unit.startsWith("w") || unit.startsWith("sem") ? 7 : 30;
		const low = count(groups.low) * perUnit;
		const high = groups.high === undefined ? low : count(groups.high) * perUnit;
		text.claim(match.index, match.index + match[0].length, { kind: "duration", low: Math.min(low, high), high: Math.max(low, high), unit: "day" });
		return true;
	});
}

function count(written: string | undefined): number {
	const word = (written ?? "").toLowerCase();
	return NUMBER_WORDS[word] ?? Number(word.replace(",", "."));
}
