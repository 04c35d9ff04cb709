import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readNote, showNote } from "./browser";
import { demoSession } from "./demo-session";

const SEED_SHAPED = readFileSync("tests/fixtures/seed-shaped.md", "utf8");
const NOTE = "Screening call";

const { page } = demoSession();
const options = () => page().locator(".modal-container .suggestion-item");
const selected = () => page().locator(".modal-container .suggestion-item[aria-selected=true]");
const openModals = () => page().locator(".modal-container").count();

async function openPalette(query: string): Promise<void> {
	await page().locator("#editor").focus();
	await page().keyboard.press("Control+p");
	await page().keyboard.type(query);
}

beforeEach(async () => {
	await showNote(page(), NOTE, SEED_SHAPED);
});
afterEach(async () => {
	// Leave no dialog open for the next test.
	while ((await openModals()) > 0) await page().keyboard.press("Escape");
});

describe("the demo's command palette", () => {
	it("lists the best match first for \"new prep\", highlighted, and Enter runs New prep note", async () => {
		await openPalette("new prep");
		await expect.poll(() => options().first().textContent()).toBe("Interview Prep: New prep note");
		expect(await selected().count()).toBe(1);
		expect(await selected().textContent()).toBe("Interview Prep: New prep note");
		await page().keyboard.press("Enter");
		await expect.poll(() => page().locator(".modal-container .modal-title").textContent()).toBe("New prep note");
	});

	it("moves the highlight with the arrow keys, wrapping at the ends, and Enter runs the highlighted command", async () => {
		await openPalette("jump to");
		await expect.poll(() => options().allTextContents()).toEqual(["Interview Prep: Jump to story…", "Interview Prep: Jump to question…"]);
		expect(await selected().textContent()).toBe("Interview Prep: Jump to story…");
		await page().keyboard.press("ArrowDown");
		expect(await selected().textContent()).toBe("Interview Prep: Jump to question…");
		await page().keyboard.press("ArrowDown");
		expect(await selected().textContent()).toBe("Interview Prep: Jump to story…");
		await page().keyboard.press("ArrowUp");
		expect(await selected().textContent()).toBe("Interview Prep: Jump to question…");
		expect(await selected().count()).toBe(1);
		await page().keyboard.press("Enter");
		// The question picker opened, not the story picker.
		await expect.poll(() => page().locator(".modal-container .prompt-input").getAttribute("placeholder")).toBe("Find a question");
		expect(await options().allTextContents()).toContain("What does a typical week look like? (Chosen)");
	});

	it("closes on Escape and gives the editor its focus back, with the caret where it was", async () => {
		const editor = page().locator("#editor");
		await editor.click();
		await page().keyboard.press("Control+Home");
		for (let i = 0; i < 5; i++) await page().keyboard.press("ArrowDown");
		await page().keyboard.press("End");
		const caret = await editor.evaluate((el: HTMLTextAreaElement) => el.selectionStart);
		expect(caret).toBeGreaterThan(0);

		await page().keyboard.press("Control+p");
		expect(await page().evaluate(() => document.activeElement?.classList.contains("prompt-input"))).toBe(true);
		await page().keyboard.press("Escape");
		expect(await openModals()).toBe(0);
		expect(await editor.evaluate((el: HTMLTextAreaElement) => ({ focused: document.activeElement === el, start: el.selectionStart, end: el.selectionEnd }))).toEqual({
			focused: true,
			start: caret,
			end: caret,
		});
		// Typing goes on where it stopped.
		await page().keyboard.type(" (ask about the team)");
		await expect.poll(() => readNote(page(), NOTE)).toBe(`${SEED_SHAPED.slice(0, caret)} (ask about the team)${SEED_SHAPED.slice(caret)}`);
	});

	it("gives the editor its focus back after a command that edits the note", async () => {
		await openPalette("toggle next open");
		await page().keyboard.press("Enter");
		await expect.poll(() => readNote(page(), NOTE)).toContain("\t* [x] Read the engineering handbook");
		expect(await openModals()).toBe(0);
		expect(await page().evaluate(() => document.activeElement?.id)).toBe("editor");
	});
});
