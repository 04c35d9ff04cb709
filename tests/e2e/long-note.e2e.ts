import { describe, expect, it } from "vitest";
import { generateNote } from "../../scripts/generate-note";
import { headerCount, readNote, showNote } from "./browser";
import { demoSession } from "./demo-session";

const { page } = demoSession();
const editor = () => page().locator("#editor");
/** The overall count as numbers, from the sidebar's "done/total". */
const totals = async () => {
	const [done, total] = ((await headerCount(page())) ?? "").split("/").map(Number);
	return { done, total };
};


describe("a long note in the demo's editor", () => {
	const LONG = generateNote(300_000);

	it("shows a 300 KB note whole and editable, and typing at its end reaches the note and the sidebar", async () => {
		await showNote(page(), "Long", LONG);
		expect(await editor().evaluate((el: HTMLTextAreaElement) => el.readOnly)).toBe(false);
		expect(await editor().inputValue()).toBe(LONG);
		// A note this size needs no warning: the text area keeps up with typing.
		expect(await page().locator(".demo-editor-note").isVisible()).toBe(false);
		const before = await totals();

		await editor().click();
		await page().keyboard.press("Control+End");
		await page().keyboard.type("\n- [ ] The very last task");
		await expect.poll(() => readNote(page(), "Long")).toBe(`${LONG}\n- [ ] The very last task`);
		await expect.poll(totals, { timeout: 5000 }).toEqual({ done: before.done, total: (before.total ?? 0) + 1 });
	});

	it("applies typing and the sidebar's edits where they happen: the text is never rewritten whole and the view does not move", async () => {
		await showNote(page(), "Long", LONG);
		// Count every assignment of the editor's whole text from here on.
		await page().evaluate(() => {
			const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value");
			if (!value) throw new Error("no value property");
			const w = window as unknown as { wholeRewrites: number };
			w.wholeRewrites = 0;
			Object.defineProperty(HTMLTextAreaElement.prototype, "value", {
				...value,
				set(this: HTMLTextAreaElement, text: string) {
					if (this.id === "editor") w.wholeRewrites++;
					value.set?.call(this, text);
				},
			});
		});
		const middle = LONG.indexOf("\n## Call", LONG.length / 2) + 1;
		await editor().evaluate((el: HTMLTextAreaElement, offset) => {
			el.focus();
			el.setSelectionRange(offset, offset);
			el.blur();
			el.focus();
			el.scrollTop = el.scrollHeight / 2;
		}, middle);
		await page().keyboard.type("Typed here. ");
		await expect.poll(() => readNote(page(), "Long")).toBe(`${LONG.slice(0, middle)}Typed here. ${LONG.slice(middle)}`);

		// The sidebar marks the first question asked, near the top, while the editor shows the middle:
		// "* " becomes "* [x] ", four characters before the caret.
		const scrollTop = await editor().evaluate((el) => el.scrollTop);
		const caret = await editor().evaluate((el: HTMLTextAreaElement) => el.selectionStart);
		await page().getByRole("checkbox", { name: /^Asked: / }).first().click();
		await expect.poll(() => readNote(page(), "Long")).toContain("### Chosen\n\n* [x] ");
		expect(await editor().evaluate((el) => el.scrollTop)).toBe(scrollTop);
		expect(await editor().evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(caret + 4);
		expect(await editor().inputValue()).toBe(await readNote(page(), "Long"));

		// Undo in the editor reverts the sidebar's edit, again in place.
		await editor().focus();
		await page().keyboard.press("Control+z");
		await expect.poll(() => readNote(page(), "Long")).toBe(`${LONG.slice(0, middle)}Typed here. ${LONG.slice(middle)}`);
		expect(await editor().inputValue()).toBe(await readNote(page(), "Long"));
		expect(await page().evaluate(() => (window as unknown as { wholeRewrites: number }).wholeRewrites)).toBe(0);
	});

	it("says so above the editor when a note is large enough to make the text area lag, and still shows it whole and editable", async () => {
		const huge = generateNote(1_000_000);
		await showNote(page(), "Huge", huge);
		expect(await editor().evaluate((el: HTMLTextAreaElement) => el.readOnly)).toBe(false);
		expect(await editor().evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(huge.length);
		const note = page().locator(".demo-editor-note");
		expect(await note.isVisible()).toBe(true);
		expect(await note.textContent()).toMatch(/^This note is 1\.0 MB\./);
		await showNote(page(), "Long", LONG);
		expect(await note.isVisible()).toBe(false);
	});
});
