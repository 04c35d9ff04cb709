import { calendarDate, daysInMonth } from "./calendar";
import type { Figure } from "./figure";

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A figure in short, as a warning shows it: `120–140k USD`, `4 weeks`, `5 Jan 2027`, `January 2027`, `early January 2027`. */
export function formatFigure(figure: Figure): string {
	if (figure.kind === "money") return formatMoney(figure);
	if (figure.kind === "duration") return formatDuration(figure.low, figure.high);
	return formatDate(figure);
}

/**
 * Millions as `M` (with a currency: a bare `1.2M` is not read as money) and thousands as `k` when both
 * ends are whole tenths of them (`1.2M EUR`, `120.5k`), else the digits grouped by commas; the currency code after.
 */
function formatMoney(figure: Figure): string {
	const ends = [figure.low, figure.high];
	const [size, suffix] = figure.unit !== null && ends.every((v) => v >= 1e6 && v % 1e5 === 0) ? [1e6, "M"] : ends.every((v) => v >= 1000 && v < 1e6 && v % 100 === 0) ? [1000, "k"] : [1, ""];
	const one = (v: number) => (size === 1 ? grouped(v) : String(v / size));
	const amount = figure.low === figure.high ? one(figure.low) : `${one(figure.low)}–${one(figure.high)}`;
	return `${amount}${suffix}${figure.unit ? ` ${figure.unit}` : ""}`;
}

function grouped(value: number): string {
	const [whole = "", fraction] = String(value).split(".");
	const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
	return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** In months when both ends are whole months, else in weeks when whole weeks, else in days. */
function formatDuration(low: number, high: number): string {
	const [size, name] = low % 30 === 0 && high % 30 === 0 ? [30, "month"] : low % 7 === 0 && high % 7 === 0 ? [7, "week"] : [1, "day"];
	const amount = low === high ? String(low / size) : `${low / size}–${high / size}`;
	return `${amount} ${name}${high / size === 1 ? "" : "s"}`;
}

function formatDate(figure: Figure): string {
	const from = calendarDate(figure.low);
	const to = calendarDate(figure.high);
	const day = (d: { year: number; month: number; day: number }) => `${d.day} ${(MONTH_NAMES[d.month - 1] ?? "").slice(0, 3)} ${d.year}`;
	if (figure.low === figure.high) return day(from);
	const month = `${MONTH_NAMES[from.month - 1] ?? ""} ${from.year}`;
	if (from.year === to.year && from.month === to.month) {
		const last = daysInMonth(from.year, from.month);
		if (from.day === 1 && to.day === last) return month;
		if (from.day === 1 && to.day === 10) return `early ${month}`;
		if (from.day === 11 && to.day === 20) return `mid-${month}`;
		if (from.day === 21 && to.day === last) return `late ${month}`;
	}
	return `${day(from)} – ${day(to)}`;
}
