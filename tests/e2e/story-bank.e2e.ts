import { describe, expect, it } from "vitest";
import { showNote } from "./browser";
import { demoSession } from "./demo-session";

const { page } = demoSession();
const bank = () => page().locator(".interview-prep-bank");
const NOTE = "Interviews/2026-12-17 Globex screen.md";
const TEXT = "---\ncompany: Globex\nround: Screen\n---\n# Globex screen\n\n## Stories\n\n## Questions\n\n- Why is the role open?\n";

async function palette(command: string): Promise<void> {
	await page().locator("#editor").focus();
	await page().keyboard.press("Control+p");
	await page().keyboard.type(command);
	await page().keyboard.press("Enter");
}

describe("the story bank, in the demo", () => {
	it("opens from the palette with the cursor in its filter, so typing filters the bank and leaves the note alone", async () => {
		await showNote(page(), NOTE, TEXT);
		await palette("open story bank");
		await expect.poll(() => bank().locator(".interview-prep-bank-story h4").count()).toBeGreaterThan(2);
		await page().keyboard.type("event queue");
		await expect.poll(() => bank().locator(".interview-prep-bank-story h4").allTextContents()).toEqual(["Event queue migration"]);
		expect(await page().locator("#editor").inputValue()).toBe(TEXT);
		await bank().getByRole("searchbox", { name: "Filter stories" }).fill("");
	});

	it("opens, filters, and inserts a story into an empty Stories section as one undo step", async () => {
		await showNote(page(), NOTE, TEXT);
		await palette("open story bank");
		await expect.poll(() => bank().locator(".interview-prep-bank-story h4").count()).toBeGreaterThan(2);
		const filter = bank().getByRole("searchbox", { name: "Filter stories" });
		await filter.fill("event queue");
		await expect.poll(() => bank().locator(".interview-prep-bank-story h4").allTextContents()).toEqual(["Event queue migration"]);
		expect(await bank().locator(".interview-prep-tellings:not(.interview-prep-story-answered) .interview-prep-telling-list button").allTextContents()).toEqual([
			"Northwind Analytics · Northwind recruiter call · with Dana from the talent team · 2026-12-03",
		]);

		// A telling is a plain link under its story: no list marker hanging beside a wrapped line.
		expect(await bank().locator(".interview-prep-tellings:not(.interview-prep-story-answered) .interview-prep-telling-list").evaluate((el) => getComputedStyle(el).listStyleType)).toBe("none");

		await palette("insert story from bank");
		await page().keyboard.type("event queue");
		await page().keyboard.press("Enter");
		await expect.poll(() => page().locator(".modal-container").count()).toBe(0);
		const editor = page().locator("#editor");
		await expect.poll(() => editor.inputValue()).not.toBe(TEXT);
		expect(await editor.inputValue()).toBe(
			TEXT.replace(
				"## Stories\n\n",
				"## Stories\n\n* Event queue migration\n" +
					"\t* Situation: nightly batch jobs overran the maintenance window twice a week.\n" +
					"\t* Task: make the pipeline finish before the morning reports.\n" +
					"\t* Action: moved the jobs onto a queue with idempotent workers and backoff.\n" +
					"\t* Result: the pipeline finishes 3 hours earlier and has not overrun since.\n\n",
			),
		);
		await editor.focus();
		await page().keyboard.press("Control+z");
		await expect.poll(() => editor.inputValue()).toBe(TEXT);
	});
});
