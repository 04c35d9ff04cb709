import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { showNote, type DemoWindow } from "./browser";
import { demoSession } from "./demo-session";

const SEED_SHAPED = readFileSync("tests/fixtures/seed-shaped.md", "utf8");
const NOTE = "Focus call";

const { page } = demoSession();
const getNote = () => page().evaluate((n) => (window as unknown as DemoWindow).prepDemo.getNote(n), NOTE);
/** What has keyboard focus, as a person would name it. */
const focused = () => page().evaluate(() => {
	const el = document.activeElement;
	if (!el || el === document.body) return "the page";
	return el.getAttribute("aria-label") ?? el.textContent?.trim() ?? el.tagName;
});


describe("focus after an action in the sidebar", () => {
	it("stays on the timer's button as Start turns into Pause and back, by keyboard", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await page().getByRole("button", { name: "Start meeting timer" }).focus();
		await page().keyboard.press("Enter");
		await expect.poll(focused).toBe("Pause meeting timer");
		await page().keyboard.press("Space");
		await expect.poll(focused).toBe("Resume meeting timer");
		await page().getByRole("button", { name: "Reset meeting timer" }).click();
		await expect.poll(focused).not.toBe("the page");
	});

	it("stays on Check next open task after it checks one", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await page().getByRole("button", { name: "Check next open task" }).click();
		await expect.poll(getNote).toContain("* [x] Read the engineering handbook");
		await expect.poll(() => page().locator(".interview-prep-header .interview-prep-progress-count").textContent()).toBe("2/8");
		expect(await focused()).toBe("Check next open task");
	});

	it("stays on a told box after it is checked", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await page().getByRole("checkbox", { name: "Told: Search rewrite" }).click();
		await expect.poll(getNote).toContain("* [x] Search rewrite");
		await expect.poll(() => page().getByRole("checkbox", { name: "Told: Search rewrite" }).isChecked()).toBe(true);
		expect(await focused()).toBe("Told: Search rewrite");
	});

	it("moves to the next open task when a checked one leaves the list", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await page().getByRole("button", { name: "Show open tasks in Preparation" }).click();
		const boxes = page().locator(".interview-prep-open-tasks input");
		const second = await boxes.nth(1).locator("xpath=..").textContent();
		await boxes.first().focus();
		await page().keyboard.press("Space");
		await expect.poll(getNote).toContain("* [x] Read the engineering handbook");
		await expect.poll(() => page().evaluate(() => document.activeElement?.parentElement?.textContent)).toBe(second);
	});
});
