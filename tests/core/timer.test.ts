import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dueNotices, elapsedMs, formatClock, parseDuration, pauseTimer, readTimer, readTimerState, resumeTimer, startTimer, type TimerState } from "../../src/core";

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 3, 15, 0, 0);
const plan = { warnMinutes: [5], overrunMinutes: [5] };
const start = (at = T0) => startTimer(at, "Calls/Acme.md", "Acme call", "countdown", 30 * MIN);

/** Walks a timer through the notice checks as ticks would, returning what was shown. */
function fire(state: TimerState, now: number): { state: TimerState; shown: string[] } {
	const due = dueNotices(state, now, plan);
	return { state: { ...state, fired: [...state.fired, ...due.fired] }, shown: due.notices.map((n) => n.message) };
}

describe("the timer's arithmetic", () => {
	it("starts, pauses, resumes and resets from timestamps", () => {
		let s = start();
		expect(elapsedMs(s, T0 + 10 * MIN)).toBe(10 * MIN);
		s = pauseTimer(s, T0 + 10 * MIN);
		expect(readTimer(s, T0 + 25 * MIN)).toMatchObject({ elapsedMs: 10 * MIN, remainingMs: 20 * MIN, running: false });
		s = resumeTimer(s, T0 + 25 * MIN);
		expect(readTimer(s, T0 + 30 * MIN)).toMatchObject({ elapsedMs: 15 * MIN, running: true });
		const reset = start(T0 + 31 * MIN);
		expect(elapsedMs(reset, T0 + 31 * MIN)).toBe(0);
		expect(reset.fired).toEqual([]);
	});

	it("counts a 10-minute sleep as 10 minutes", () => {
		const s = start();
		// No tick happens while the machine sleeps; the next reading still sees the gap.
		expect(readTimer(s, T0 + 2 * MIN).elapsedMs).toBe(2 * MIN);
		expect(readTimer(s, T0 + 12 * MIN).elapsedMs).toBe(12 * MIN);
	});

	it("never gives negative time when the clock moves backwards", () => {
		const s = start();
		expect(elapsedMs(s, T0 - 5 * MIN)).toBe(0);
		const paused = pauseTimer(s, T0 + MIN);
		const resumed = resumeTimer(paused, T0 - 10 * MIN);
		expect(elapsedMs(resumed, T0 - 10 * MIN)).toBe(0);
		expect(elapsedMs(resumed, T0 + 2 * MIN)).toBe(2 * MIN);
	});

	it("shows the overrun past the target, counting up", () => {
		expect(readTimer(start(), T0 + 33 * MIN)).toMatchObject({ remainingMs: 0, overrunMs: 3 * MIN, progress: 1 });
	});

	it("fires each notice exactly once per run: 5 min left, the end, then running over", () => {
		let s = start();
		const shown: string[] = [];
		for (let t = 0; t <= 40 * MIN; t += 1000) {
			const step = fire(s, T0 + t);
			s = step.state;
			shown.push(...step.shown);
		}
		expect(shown).toEqual(["Acme call: 5 min left", "Acme call: time is up", "Acme call: running 5 min over"]);
	});

	it("after a long sleep shows only the latest due notice, and never the skipped ones later", () => {
		const first = fire(start(), T0 + 31 * MIN);
		expect(first.shown).toEqual(["Acme call: time is up"]);
		expect(fire(first.state, T0 + 31 * MIN + 1000).shown).toEqual([]);
	});

	it("fires no notices in count-up mode", () => {
		const s = startTimer(T0, "a.md", "A", "countup", 30 * MIN);
		expect(dueNotices(s, T0 + 60 * MIN, plan).notices).toEqual([]);
	});

	it("elapsed time never goes negative, and never exceeds wall time, for any clock", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom("pause", "resume", "read"), fc.integer({ min: -3_600_000, max: 7_200_000 })), { maxLength: 20 }), (steps) => {
				let s = start();
				for (const [op, offset] of steps) {
					const now = T0 + offset;
					if (op === "pause") s = pauseTimer(s, now);
					if (op === "resume") s = resumeTimer(s, now);
					const e = elapsedMs(s, now);
					expect(e).toBeGreaterThanOrEqual(0);
					expect(e).toBeLessThanOrEqual(Math.max(0, Math.max(now, s.pausedAt ?? now) - T0));
				}
			}),
		);
	});
});

describe("reading durations and clocks", () => {
	it.each([
		["45m", 45 * MIN],
		["1h", 60 * MIN],
		["1h30m", 90 * MIN],
		["90", 90 * MIN],
		["1:15", 75 * MIN],
		["45 min", 45 * MIN],
		["soon", null],
		["", null],
	])("reads %j as %j ms", (text, ms) => {
		expect(parseDuration(text)).toBe(ms);
	});

	it("formats mm:ss, keeping minutes past an hour", () => {
		expect(formatClock(0)).toBe("00:00");
		expect(formatClock(12 * MIN + 4000)).toBe("12:04");
		expect(formatClock(75 * MIN + 10_999)).toBe("75:10");
	});

	it("reads a saved timer back, and rejects a damaged one", () => {
		const s = pauseTimer(start(), T0 + MIN);
		expect(readTimerState(JSON.parse(JSON.stringify(s)))).toEqual(s);
		expect(readTimerState({ ...s, startedAt: "yesterday" })).toBeNull();
		expect(readTimerState({ ...s, fired: [1] })).toBeNull();
		expect(readTimerState("nope")).toBeNull();
	});
});
