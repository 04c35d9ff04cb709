import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headerCount, readNote, showNote, waitForDemo } from "./browser";
import { demoSession } from "./demo-session";

const EXAMPLE = "Interviews/2026-12-03 Northwind recruiter call";
const EXAMPLE_TEXT = readFileSync(`example-vault/${EXAMPLE}.md`, "utf8");
const SEED_SHAPED = readFileSync("tests/fixtures/seed-shaped.md", "utf8");

const { page } = demoSession();
const editorText = () => page().locator("#editor").inputValue();
const noteTitle = () => page().locator("#note-title").textContent();

async function reload(): Promise<void> {
	await page().reload();
	await waitForDemo(page());
}


describe("the demo's notes across reloads", () => {
	it("keeps typed text across a reload, and Reset demo brings back the example note and a stopped timer", async () => {
		expect(await noteTitle()).toBe("2026-12-03 Northwind recruiter call");
		expect(await editorText()).toBe(EXAMPLE_TEXT);
		await page().locator("#editor").click();
		await page().keyboard.press("Control+End");
		await page().keyboard.type("\n- [ ] Kept after a reload");
		await page().getByRole("button", { name: "Start meeting timer" }).click();

		await reload();
		expect(await noteTitle()).toBe("2026-12-03 Northwind recruiter call");
		expect(await editorText()).toBe(`${EXAMPLE_TEXT}\n- [ ] Kept after a reload`);
		expect(await readNote(page(), EXAMPLE)).toBe(`${EXAMPLE_TEXT}\n- [ ] Kept after a reload`);
		expect(await page().getByRole("button", { name: "Pause meeting timer" }).count()).toBe(1);
		// The plugin says the timer still runs; its notice leaves the toolbar's buttons free, and a click dismisses it.
		const notice = page().locator(".notice", { hasText: "still running" });
		const noticeTop = (await notice.boundingBox())?.y ?? 0;
		const toolbar = await page().locator(".demo-toolbar").boundingBox();
		expect(noticeTop).toBeGreaterThanOrEqual((toolbar?.y ?? 0) + (toolbar?.height ?? 0));
		// Nor does it cover the sidebar's timer.
		const noticeBox = await notice.boundingBox();
		const timer = await page().locator(".interview-prep-timer").boundingBox();
		const overlaps = (a: typeof timer, b: typeof timer) => !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
		expect(overlaps(noticeBox, timer)).toBe(false);
		await notice.click();
		expect(await notice.count()).toBe(0);

		const reloaded = page().waitForEvent("load");
		await page().getByRole("button", { name: "Reset demo" }).click();
		await reloaded;
		await waitForDemo(page());
		expect(await editorText()).toBe(EXAMPLE_TEXT);
		expect(await readNote(page(), EXAMPLE)).toBe(EXAMPLE_TEXT);
		// The note plans 30 minutes: the idle timer shows them ready to start.
		await expect.poll(() => page().getByRole("timer").textContent()).toBe("30:00");
		expect(await page().getByRole("button", { name: "Start meeting timer" }).count()).toBe(1);

		// Nothing of the edit is left to come back on the next reload.
		await reload();
		expect(await editorText()).toBe(EXAMPLE_TEXT);
	});

	it("reopens the note that was open, with its edits, after a reload", async () => {
		await showNote(page(), "Screening call", SEED_SHAPED);
		await page().locator("#editor").click();
		await page().keyboard.press("Control+End");
		await page().keyboard.type("- [ ] Ask about the on-call rota");
		await reload();
		expect(await noteTitle()).toBe("Screening call");
		expect(await editorText()).toBe(`${SEED_SHAPED}- [ ] Ask about the on-call rota`);
		expect(await headerCount(page())).toBe("1/9");
		// The example note is still there, unchanged, beside it.
		expect(await readNote(page(), EXAMPLE)).toBe(EXAMPLE_TEXT);
	});
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
		await page().locator(".modal-container input[type=text]").first().fill("Umbrella");
		await page().keyboard.press("Tab");
		await page().keyboard.type("Screening");
		await page().keyboard.press("Enter");

		await expect.poll(noteTitle).toMatch(/^\d{4}-\d{2}-\d{2} Umbrella Screening$/);
		const title = (await noteTitle()) ?? "";
		expect(await editorText()).toBe(await readNote(page(), `Interviews/${title}`));
		expect(await editor.evaluate((el) => el.scrollTop)).toBe(0);
		expect(await editor.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(0);
		expect(await page().locator(".interview-prep-title").textContent()).toContain("Umbrella Screening");
	});
});
