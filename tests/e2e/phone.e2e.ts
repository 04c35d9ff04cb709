import { readFileSync } from "node:fs";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { headerCount, readNote, showNote } from "./browser";
import { demoSession } from "./demo-session";

// The plugin declares isDesktopOnly: false, so on a phone its sidebar lives in Obsidian's right drawer, over the editor.
const PHONE = { width: 390, height: 844 };
const SEED_SHAPED = readFileSync("tests/fixtures/seed-shaped.md", "utf8");
const NOTE = "Screening call";

const { page } = demoSession(PHONE);
const drawerButton = () => page().getByRole("button", { name: "Prep sidebar" });
const editorWidth = async () => (await page().locator("#editor").boundingBox())?.width ?? 0;

/** How many lines an element's text takes, from the boxes its text lays out in. */
const lineCount = (locator: Locator) =>
	locator.evaluate((el) => {
		const range = document.createRange();
		range.selectNodeContents(el);
		return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
	});


describe("the demo on a phone, 390×844", () => {
	it("shows the editor across the screen, the titles on one line each, and nothing wider than the screen", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		expect(await editorWidth()).toBeGreaterThan(300);
		expect(await lineCount(page().locator("#note-title"))).toBe(1);
		expect(await lineCount(page().locator(".demo-toolbar strong"))).toBe(1);
		expect(await page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		// The sidebar waits in a closed drawer, behind a button, as in Obsidian's mobile app.
		expect(await page().locator("#sidebar").isVisible()).toBe(false);
		expect(await drawerButton().getAttribute("aria-expanded")).toBe("false");
	});

	it("edits the note, then opens the sidebar's drawer, checks a task in it and closes it again", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		const editor = page().locator("#editor");
		await editor.click();
		await page().keyboard.press("Control+End");
		await page().keyboard.type("\n- [ ] Rehearse the two-minute intro");
		await expect.poll(() => readNote(page(), NOTE)).toBe(`${SEED_SHAPED}\n- [ ] Rehearse the two-minute intro`);

		await drawerButton().click();
		const sidebar = page().locator("#sidebar");
		expect(await sidebar.isVisible()).toBe(true);
		expect(await drawerButton().getAttribute("aria-expanded")).toBe("true");
		const box = await sidebar.boundingBox();
		expect(box?.x).toBeGreaterThanOrEqual(0);
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
		// The sidebar is as wide as its parts need: the progress rows and story cards fit without a sideways scroll.
		expect(await sidebar.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		await expect.poll(() => headerCount(page())).toBe("1/9");

		await page().getByRole("button", { name: "Show open tasks in Preparation" }).click();
		await page().locator(".interview-prep-open-tasks input").first().click();
		await expect.poll(() => readNote(page(), NOTE)).toContain("\t* [x] Read the engineering handbook");
		await expect.poll(() => headerCount(page())).toBe("2/9");

		await page().getByRole("button", { name: "Close sidebar" }).click();
		expect(await sidebar.isVisible()).toBe(false);
		expect(await drawerButton().getAttribute("aria-expanded")).toBe("false");
		expect(await page().evaluate(() => document.activeElement?.textContent)).toBe("Prep sidebar");
		expect(await editorWidth()).toBeGreaterThan(300);
	});

	it("closes the drawer with Escape, and when a row in it moves the editor", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await drawerButton().click();
		await page().keyboard.press("Escape");
		expect(await page().locator("#sidebar").isVisible()).toBe(false);

		await drawerButton().click();
		await page().locator(".interview-prep-section-name", { hasText: /^Concerns$/ }).click();
		// The jump lands in the editor, which the drawer would otherwise hide.
		expect(await page().locator("#sidebar").isVisible()).toBe(false);
		const caret = await page().locator("#editor").evaluate((el: HTMLTextAreaElement) => ({ start: el.selectionStart, focused: document.activeElement === el }));
		expect(SEED_SHAPED.slice(caret.start).startsWith("## Concerns")).toBe(true);
		// A phone's keyboard would come up over the note it jumped to.
		expect(caret.focused).toBe(false);
	});

	it("opens the drawer when Open prep sidebar runs from the command palette", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await page().getByRole("button", { name: "Command palette" }).click();
		await page().keyboard.type("open prep sidebar");
		await page().keyboard.press("Enter");
		await expect.poll(() => page().locator("#sidebar").isVisible()).toBe(true);
		expect(await drawerButton().getAttribute("aria-expanded")).toBe("true");
		await page().getByRole("button", { name: "Close sidebar" }).click();
		expect(await page().locator("#sidebar").isVisible()).toBe(false);
	});
});

describe("touch targets on a phone", () => {
	it("gives every box, chevron and move button at least 44×44 px to hit", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await drawerButton().click();
		const sizes = await page()
			.locator("#sidebar")
			.locator(".interview-prep-box-hit, .interview-prep-told-label, .interview-prep-icon-button, .interview-prep-move")
			.evaluateAll((els: HTMLElement[]) => els.filter((el) => el.getClientRects().length > 0).map((el) => ({ cls: el.className, width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height })));
		expect(sizes.length).toBeGreaterThan(10);
		expect(sizes.filter((size) => size.width < 44 || size.height < 44)).toEqual([]);
		await page().screenshot({ path: "test-results/week-touch-phone.png" });
		await page().getByRole("button", { name: "Close sidebar" }).click();
	});
});
