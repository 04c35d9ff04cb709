/**
 * The meeting timer's arithmetic. Time always comes from stored timestamps
 * and an injected clock, never from counting ticks, so sleep, reloads and
 * restarts cost nothing, and a clock moved backwards never yields negative time.
 */

export type TimerMode = "countdown" | "countup";

export interface TimerState {
	/** The note the timer belongs to; it follows renames. */
	notePath: string;
	noteTitle: string;
	mode: TimerMode;
	/** The planned length, for the countdown and its notices. */
	targetMs: number;
	/** Epoch ms when this run started. */
	startedAt: number;
	/** Epoch ms when it was paused, or null while running. */
	pausedAt: number | null;
	/** Time spent paused before the current pause. */
	pausedMs: number;
	/** Notices already shown in this run, by id, so each fires once. */
	fired: string[];
}

export interface TimerReading {
	elapsedMs: number;
	remainingMs: number;
	overrunMs: number;
	running: boolean;
	/** Share of the target used, 0 to 1. */
	progress: number;
}

export interface NoticePlan {
	/** Minutes before the end at which to warn. */
	warnMinutes: readonly number[];
	/** Minutes past the end at which to say the call runs over. */
	overrunMinutes: readonly number[];
}

export interface DueNotice {
	id: string;
	message: string;
}

export function startTimer(now: number, notePath: string, noteTitle: string, mode: TimerMode, targetMs: number): TimerState {
	return { notePath, noteTitle, mode, targetMs: Math.max(0, targetMs), startedAt: now, pausedAt: null, pausedMs: 0, fired: [] };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
	if (state.pausedAt !== null) return state;
	return { ...state, pausedAt: Math.max(now, state.startedAt) };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
	if (state.pausedAt === null) return state;
	return { ...state, pausedAt: null, pausedMs: state.pausedMs + Math.max(0, now - state.pausedAt) };
}

export function elapsedMs(state: TimerState, now: number): number {
	const end = state.pausedAt ?? now;
	return Math.max(0, end - state.startedAt - state.pausedMs);
}

export function readTimer(state: TimerState, now: number): TimerReading {
	const elapsed = elapsedMs(state, now);
	return {
		elapsedMs: elapsed,
		remainingMs: Math.max(0, state.targetMs - elapsed),
		overrunMs: Math.max(0, elapsed - state.targetMs),
		running: state.pausedAt === null,
		progress: state.targetMs > 0 ? Math.min(1, elapsed / state.targetMs) : 0,
	};
}

/**
 * The countdown notices due now that have not fired in this run. When
 * several are due at once, after a sleep or a restart, only the latest is
 * shown; the others are marked fired with it, so nothing repeats.
 */
export function dueNotices(state: TimerState, now: number, plan: NoticePlan): { notices: DueNotice[]; fired: string[] } {
	if (state.mode !== "countdown" || state.targetMs <= 0) return { notices: [], fired: [] };
	const elapsed = elapsedMs(state, now);
	const title = state.noteTitle;
	const candidates: (DueNotice & { at: number })[] = [
		...plan.warnMinutes
			.filter((m) => m > 0 && m * 60_000 < state.targetMs)
			.map((m) => ({ id: `warn-${m}`, at: state.targetMs - m * 60_000, message: `${title}: ${m} min left` })),
		{ id: "end", at: state.targetMs, message: `${title}: time is up` },
		...plan.overrunMinutes
			.filter((m) => m > 0)
			.map((m) => ({ id: `over-${m}`, at: state.targetMs + m * 60_000, message: `${title}: running ${m} min over` })),
	];
	const due = candidates.filter((c) => elapsed >= c.at && !state.fired.includes(c.id)).sort((a, b) => a.at - b.at);
	const latest = due[due.length - 1];
	return { notices: latest ? [{ id: latest.id, message: latest.message }] : [], fired: due.map((d) => d.id) };
}

/** What the timer shows: the big number, the line under it, and whether the call runs over. */
export interface TimerFace {
	main: string;
	detail: string;
	over: boolean;
}

/**
 * A countdown shows the time left in large and the time elapsed in small; a count-up shows the
 * time elapsed. Both come from the same whole second, so the two numbers always add up to the plan.
 */
export function timerFace(mode: TimerMode, targetMs: number, elapsedMs: number): TimerFace {
	const elapsed = Math.floor(Math.max(0, elapsedMs) / 1000) * 1000;
	if (mode !== "countdown") return { main: formatClock(elapsed), detail: "elapsed", over: false };
	if (elapsed > targetMs) return { main: `+${formatClock(elapsed - targetMs)}`, detail: `over, ${formatClock(elapsed)} elapsed`, over: true };
	return { main: formatClock(targetMs - elapsed), detail: `left, ${formatClock(elapsed)} elapsed`, over: false };
}

/**
 * A stamp of the meeting timer's time, `[+03:07]`: the plus tells it from a clock time, `[14:05]`,
 * which capture writes when no timer runs. Notes written with the older `[03:07]` still read the same.
 */
export function timerStamp(elapsedMs: number): string {
	return `[+${formatClock(elapsedMs)}]`;
}

/**
 * `mm:ss`, with minutes past 59 kept as minutes, as a meeting clock reads. A time that is not known,
 * NaN or infinite, reads `00:00`, as a negative one does; a finite one is capped at the largest safe integer.
 */
export function formatClock(ms: number): string {
	const known = Number.isFinite(ms) ? Math.min(Math.max(0, ms), Number.MAX_SAFE_INTEGER) : 0;
	const totalSeconds = Math.floor(known / 1000);
	const minutes = Math.floor(totalSeconds / 60);
	const seconds = totalSeconds % 60;
	return `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
}

/** The longest duration `parseDuration` reads: a day. Longer is taken for a typo, not a call. */
export const MAX_DURATION_MS = 24 * 60 * 60_000;

/** Reads `45m`, `1h`, `1h30m`, `90` (minutes) or `1:30` (h:mm), up to 24 hours; null when it cannot, or for more. */
export function parseDuration(text: string): number | null {
	return withinADay(readDuration(text.trim().toLowerCase()));
}

function readDuration(value: string): number | null {
	if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 60_000);
	const clock = /^(\d+):([0-5]\d)$/.exec(value);
	if (clock) return (Number(clock[1]) * 60 + Number(clock[2])) * 60_000;
	const parts = /^(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?|s)?)?)?$/.exec(value);
	if (!parts || (parts[1] === undefined && parts[2] === undefined)) return null;
	return Math.round((Number(parts[1] ?? 0) * 60 + Number(parts[2] ?? 0)) * 60_000);
}

/** Digits enough give Infinity: anything not a finite time within a day is null. */
function withinADay(ms: number | null): number | null {
	return ms !== null && Number.isFinite(ms) && ms >= 0 && ms <= MAX_DURATION_MS ? ms : null;
}

/** A saved timer, checked field by field; null when anything is missing or of the wrong type. */
export function readTimerState(raw: unknown): TimerState | null {
	if (typeof raw !== "object" || raw === null) return null;
	const r = raw as Record<string, unknown>;
	const num = (v: unknown) => typeof v === "number" && Number.isFinite(v);
	if (typeof r.notePath !== "string" || typeof r.noteTitle !== "string") return null;
	if (r.mode !== "countdown" && r.mode !== "countup") return null;
	if (!num(r.targetMs) || !num(r.startedAt) || !num(r.pausedMs)) return null;
	if (r.pausedAt !== null && !num(r.pausedAt)) return null;
	if (!Array.isArray(r.fired) || !r.fired.every((f) => typeof f === "string")) return null;
	return {
		notePath: r.notePath,
		noteTitle: r.noteTitle,
		mode: r.mode,
		targetMs: r.targetMs as number,
		startedAt: r.startedAt as number,
		pausedAt: r.pausedAt as number | null,
		pausedMs: r.pausedMs as number,
		fired: r.fired,
	};
}
