import { describe, expect, it } from "vitest";
import { listNotes, readNote, showNote } from "./browser";
import { demoSession } from "./demo-session";

// A phone: the week's most common case, a next round made right after the call it follows, on the same day.
const { page } = demoSession({ width: 390, height: 844 });
const today = new Date();
const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
const CALL = `Prep/${day} Acme recruiter call.md`;
const NOTE = `---\ncompany: Acme\nround: Recruiter call\nwith: Dana\nmeeting: ${day}T10:09\n---\n# Acme recruiter call\n\n## Questions\n\n### Chosen\n\n- Who decides?\n\n# Notes\n\n## What I said\n\n- My range is 120-140k\n`;

describe("a next round made on the day of the call, on a phone", () => {
	it("comes after the call and keeps what was said there", async () => {
		await showNote(page(), CALL, NOTE);
		await page().locator("#editor").focus();
		await page().keyboard.press("Control+p");
		await page().keyboard.type("start next round");
		await page().keyboard.press("Enter");
		await page().locator(".modal-container input[type=text]").fill("Hiring manager");
		await page().keyboard.press("Enter");
		const next = async () => (await listNotes(page())).find((path) => path.endsWith("Acme Hiring manager.md"));
		await expect.poll(next).toBeTruthy();
		const text = (await readNote(page(), (await next()) ?? "")) ?? "";
		expect(text).toContain(`previous: "[[Prep/${day} Acme recruiter call]]"`);
		expect(text).toContain("- Who decides?");

		// The new note is the later round, and what was said in the call is said before.
		await page().getByRole("button", { name: "Prep sidebar" }).click();
		const sidebar = page().locator("#sidebar");
		await expect.poll(() => sidebar.locator(".interview-prep-round-link").allTextContents()).toEqual(["Recruiter call with Dana", "Hiring manager"]);
		await expect.poll(() => sidebar.locator(".interview-prep-said-before li > span:first-child").allTextContents()).toEqual(["My range is 120-140k"]);
	});
});
