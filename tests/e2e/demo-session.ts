import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { openDemo, type DemoBrowser } from "./browser";

/**
 * One fresh browser on the demo for a test file: opened before its tests and closed after them, and no
 * test may leave a console error or a page error behind.
 */
export function demoSession(viewport?: { width: number; height: number }, init?: string): { demo: () => DemoBrowser; page: () => Page } {
	let demo: DemoBrowser | null = null;
	const current = () => {
		if (!demo) throw new Error("the demo is not open yet");
		return demo;
	};
	beforeAll(async () => {
		demo = await openDemo(inject("demoUrl"), inject("browserPath"), viewport, init);
	});
	afterAll(async () => {
		await demo?.close();
	});
	afterEach(() => {
		expect(current().errors).toEqual([]);
	});
	return { demo: current, page: () => current().page };
}
