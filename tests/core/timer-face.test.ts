import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timerFace, timerStamp } from "../../src/core";

const seconds = (clock: string) => {
	const [m, s] = clock.split(":").map(Number);
	return (m ?? 0) * 60 + (s ?? 0);
};

describe("the timer's face", () => {
	it("shows time left in large and time elapsed in small, and the two add up to the plan", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 180 * 60 }), fc.integer({ min: 0, max: 200 * 60_000 }), (targetS, elapsedMs) => {
				const face = timerFace("countdown", targetS * 1000, elapsedMs);
				const elapsed = /(\d+:\d\d) elapsed/.exec(face.detail)?.[1] ?? "";
				if (face.over) expect(seconds(face.main.slice(1)) + targetS).toBe(seconds(elapsed));
				else expect(seconds(face.main) + seconds(elapsed)).toBe(targetS);
			}),
		);
	});

	it("reads 29:58 left and 00:02 elapsed at 2.5 s into 30 minutes, not 29:57", () => {
		expect(timerFace("countdown", 30 * 60_000, 2500)).toEqual({ main: "29:58", detail: "left, 00:02 elapsed", over: false });
	});

	it("shows the overrun with a plus", () => {
		expect(timerFace("countdown", 60_000, 90_000)).toEqual({ main: "+00:30", detail: "over, 01:30 elapsed", over: true });
	});

	it("counts up when asked to", () => {
		expect(timerFace("countup", 60_000, 90_000)).toEqual({ main: "01:30", detail: "elapsed", over: false });
	});

	it("stamps with a plus, apart from a clock time", () => {
		expect(timerStamp(187_000)).toBe("[+03:07]");
	});
});
