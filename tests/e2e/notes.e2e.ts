import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { openDemo, readNote, showNote, type DemoBrowser } from "./browser";

const SEED_SHAPED = readFileSync("tests/fixtures/seed-shaped.md", "utf8");

let demo: DemoBrowser;
const page = () => demo.page;
const editorText = () => page().locator("#editor").inputValue();
const noteTitle = () => page().locator("#note-title").textContent();

beforeAll(async () => {
	demo = await openDemo(inject("demoUrl"), inject("browserPath"));
});
afterAll(async () => {
	await demo.close();
});
afterEach(() => {
	expect(demo.errors).toEqual([]);
});

describe("New prep note in the demo", () => {
	it("shows the new note's name above the editor, scrolled to its top", async () => {
		await showNote(page(), "Screening call", SEED_SHAPED);
		const editor = page().locator("#editor");
		await editor.click();
		await page().keyboard.press("Control+End");
		expect(await editor.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

		await page().keyboard.press("Control+p");
		await page().keyboard.type("new prep note");
		await page().keyboard.press("Enter");
		await page().locator(".modal-container input[type=text]").fill("Acme screening");
		await page().keyboard.press("Enter");

		await expect.poll(noteTitle).toMatch(/^\d{4}-\d{2}-\d{2} Acme screening$/);
		const title = (await noteTitle()) ?? "";
		expect(await editorText()).toBe(await readNote(page(), `Interviews/${title}`));
		expect(await editor.evaluate((el) => el.scrollTop)).toBe(0);
		expect(await editor.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(0);
		expect(await page().locator(".interview-prep-title").textContent()).toContain("Acme screening");
	});
});
