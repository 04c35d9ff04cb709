import { describe, expect, it } from "vitest";
import { readNote, showNote } from "./browser";
import { demoSession } from "./demo-session";

const ROUND_1 = "Acme/2026-12-01 Acme recruiter call.md";
const ROUND_2 = "Acme/2026-12-08 Acme hiring manager.md";
const SHOTS = "test-results/screenshots";

const round = (frontmatter: string, title: string, said: string[]) =>
	`---\ncompany: Acme\n${frontmatter}\n---\n# ${title}\n\n## Preparation\n\n- [ ] Reread what I said\n\n# Notes\n\n## What I said\n\n${said.map((line) => `- ${line}\n`).join("")}`;

const { page } = demoSession();
const sidebar = () => page().locator("#sidebar");

describe("saying it the same way across rounds, in the demo", () => {
	it("shows the earlier figure under the capture field before Enter, writes the line all the same, and flags both lines in the process part", async () => {
		await showNote(page(), ROUND_1, round('round: Recruiter call\nwith: "[[Dana Lee|Dana]]"\nmeeting: 2026-12-01T10:00', "Acme recruiter call", ["[+05:10] my range is 120–140k"]));
		await showNote(page(), ROUND_2, round('round: Hiring manager\nwith: "[[Sam Park]]"\nmeeting: 2026-12-08T10:00', "Acme hiring manager", []));
		await expect.poll(() => sidebar().locator(".interview-prep-round-link").allTextContents()).toEqual(["Recruiter call with Dana", "Hiring manager with Sam Park"]);

		await page().locator("#editor").focus();
		await page().keyboard.press("Control+p");
		await page().keyboard.type("capture what I said");
		await page().keyboard.press("Enter");
		const field = page().locator(".interview-prep-capture-input");
		await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
		const warning = page().locator(".interview-prep-capture-warning");
		await page().keyboard.type("I'd want 1");
		expect(await warning.isVisible()).toBe(false);
		await page().keyboard.type("50k");
		await expect.poll(() => warning.isVisible()).toBe(true);
		expect(await warning.textContent()).toBe("Earlier: 120–140k, to Dana (Recruiter call, 1 Dec)");
		// The warning sits under the field, inside the dialog, and is read out as it appears.
		const [fieldBox, warningBox, dialogBox] = await Promise.all([field.boundingBox(), warning.boundingBox(), page().locator(".modal").boundingBox()]);
		expect(warningBox?.y).toBeGreaterThanOrEqual((fieldBox?.y ?? 0) + (fieldBox?.height ?? 0));
		expect((warningBox?.x ?? 0) + (warningBox?.width ?? 0)).toBeLessThanOrEqual((dialogBox?.x ?? 0) + (dialogBox?.width ?? 0));
		expect(await warning.getAttribute("role")).toBe("status");
		await page().locator(".modal").screenshot({ path: `${SHOTS}/said-capture-warning.png` });

		await page().keyboard.press("Enter");
		await expect.poll(() => page().locator(".modal-container").count()).toBe(0);
		await expect.poll(() => readNote(page(), ROUND_2)).toMatch(/## What I said\n+- \[\d\d:\d\d\] I'd want 150k\n/);

		const said = sidebar().locator(".interview-prep-said-before");
		await expect.poll(() => said.locator(".interview-prep-said-topic-title").allTextContents()).toEqual(["pay: 120–140k (said once), 150k (said once)"]);
		expect(await said.locator("li.is-conflict > span:first-child").allTextContents()).toEqual(["my range is 120–140k", "I'd want 150k"]);
		expect(await said.locator(".interview-prep-said-differs").allTextContents()).toEqual(["differs from what you told Sam Park (this note)", "differs from what you told Dana (Recruiter call)"]);
		await sidebar().locator(".interview-prep-process-part").screenshot({ path: `${SHOTS}/said-process-part.png` });
	});
});
