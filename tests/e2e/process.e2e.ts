import { describe, expect, it } from "vitest";
import { listNotes, readNote } from "./browser";
import { demoSession } from "./demo-session";

const ROUND_1 = "Interviews/2026-12-03 Northwind recruiter call.md";
const ROUND_2 = "Interviews/2026-12-10 Northwind hiring manager.md";

const { page } = demoSession();
const sidebar = () => page().locator("#sidebar");
const texts = (selector: string) => sidebar().locator(selector).allTextContents();

describe("the process across rounds, in the demo", () => {
	it("loads both of Northwind's rounds", async () => {
		expect(await listNotes(page())).toEqual([ROUND_1, ROUND_2]);
		await expect.poll(() => texts(".interview-prep-round-link")).toEqual([
			"Northwind recruiter call with Dana from the talent team",
			"Hiring manager with Priya Raman, engineering manager",
		]);
	});

	it("opens round 2 from the rounds list and shows round 1's said lines, discrepancy and told mark", async () => {
		await sidebar().getByRole("button", { name: "Hiring manager with Priya Raman, engineering manager" }).click();
		await expect.poll(() => page().locator("#note-title").textContent()).toBe("2026-12-10 Northwind hiring manager");
		// By topic: pay and notice, headed by what was said, then the line on no topic.
		await expect.poll(() => texts(".interview-prep-said-before li > span:first-child")).toEqual([
			"My range is 135 to 150k base; I am flexible on the split with equity.",
			"I can start six weeks after an offer.",
			"I am looking for a senior backend role with real ownership of a platform.",
		]);
		expect(await texts(".interview-prep-said-topic-title")).toEqual(["pay: 135–150k (said once)", "notice: 6 weeks (said once)", "Other"]);
		expect(await texts(".interview-prep-discrepancies-before li > span:first-child")).toEqual(["Remote work · Fully remote · Two office days a month in Rotterdam"]);
		expect(await texts(".interview-prep-story .interview-prep-mark")).toEqual(["Told in Northwind recruiter call (Dana from the talent team)"]);
		expect(await sidebar().locator(".interview-prep-round.is-current").textContent()).toContain("Hiring manager");
	});

	it("starts the next round from the palette: Enter takes \"Round 3\", and the new note carries exactly the unasked questions", async () => {
		await page().locator("#editor").focus();
		await page().keyboard.press("Control+p");
		await page().keyboard.type("start next round");
		await page().keyboard.press("Enter");
		const input = page().locator(".modal-container input[type=text]");
		await expect.poll(() => input.inputValue()).toBe("Round 3");
		await page().keyboard.press("Enter");
		await expect.poll(() => page().locator(".modal-container").count()).toBe(0);
		// The note is created after the dialog closes, so wait for it: on a busy machine the first look can come too early.
		const roundThree = async () => (await listNotes(page())).find((path) => path.endsWith("Northwind Analytics Round 3.md"));
		await expect.poll(roundThree).toMatch(/^Interviews\/\d{4}-\d{2}-\d{2} Northwind Analytics Round 3\.md$/);
		const created = await roundThree();
		await expect.poll(() => page().locator("#note-title").textContent()).toMatch(/Northwind Analytics Round 3$/);
		const text = (await readNote(page(), created ?? "")) ?? "";
		const questions = text.slice(text.indexOf("## Questions"), text.indexOf("## Highlights"));
		expect(questions).toBe(
			"## Questions\n\n### Chosen\n\n* How are technical decisions written down and reviewed?\n* How does the platform team decide what to build next?\n\n### Extra\n\n* How often do teams change their roadmap mid-quarter?\n* What does growth to staff level look like here?\n\n",
		);
		// The sidebar follows the new note: three rounds, the new one current.
		await expect.poll(() => texts(".interview-prep-round.is-current .interview-prep-round-link")).toEqual(["Round 3"]);
	});
});

describe("the process part's layout", () => {
	it("keeps list markers inside the sidebar and spaces a round's facts apart, with its time readable", async () => {
		await sidebar().getByRole("button", { name: /^Northwind recruiter call/ }).click();
		await expect.poll(() => page().locator("#note-title").textContent()).toBe("2026-12-03 Northwind recruiter call");
		const part = await sidebar().locator(".interview-prep-process-part").boundingBox();
		const rounds = sidebar().locator(".interview-prep-rounds");
		expect(parseFloat(await rounds.evaluate((el) => getComputedStyle(el).paddingInlineStart))).toBeGreaterThanOrEqual(16);
		expect(part && (await rounds.boundingBox())?.x).toBeGreaterThanOrEqual(part?.x ?? Infinity);
		const facts = sidebar().locator(".interview-prep-round.is-current .interview-prep-round-facts");
		expect(parseFloat(await facts.evaluate((el) => getComputedStyle(el).columnGap))).toBeGreaterThan(0);
		expect(await facts.locator("span").allTextContents()).toEqual(["this note", expect.stringMatching(/^2026-12-03 15:00 · (past|today|upcoming)$/), "prep 1/7"]);
	});
});
