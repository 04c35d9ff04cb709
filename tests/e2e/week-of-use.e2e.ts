import { describe, expect, it } from "vitest";
import { readNote, showNote, type DemoWindow } from "./browser";
import { demoSession } from "./demo-session";

// What an ordinary week broke, seen in the demo, now held: a desktop window first.
const { page } = demoSession();
const sidebar = () => page().locator("#sidebar");
const pad = (n: number) => String(n).padStart(2, "0");
const local = (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;

async function palette(command: string): Promise<void> {
	await page().locator("#editor").focus();
	await page().keyboard.press("Control+p");
	await page().keyboard.type(command);
	await page().keyboard.press("Enter");
}

const SEED_LIKE = [
	"# Recruiter Meeting",
	"",
	"* Time: 2031-05-02 10:00",
	"* Recruiter: Dana",
	"",
	"## Preparation",
	"",
	"* General",
	"\t* [ ] Take notes!",
	"",
	"## Ice breakers",
	"",
	"* Timezone differences",
	"",
	"## Questions",
	"",
	"### Chosen",
	"",
	"* What does a typical day look like for the role?",
	"\t* How does Elixir play into it?",
	"\t\t* I can make assumptions about the integrations page.",
	"* What do you enjoy most about working here?",
	"",
	"### Extra",
	"",
	"* How is the work life balance?",
	"",
	"## Concerns",
	"",
	"* [x] Salary range",
	"\t* $120k - $140k would be **huge**.",
	"",
	"## Stories",
	"",
	"### Standard",
	"",
	"* What challenging situation have you encountered at work?",
	"\t* Materials debate over SPA versus MPA with coworker.",
	"\t\t* Eventually I won as I demonstrated how we could progressively load data.",
	"",
	"# Notes",
	"",
	"## Discrepancies",
	"",
	"| Topic | What I was told before / the job post | What I was told today |",
	"| --- | --- | --- |",
	"|  |  |  |",
	"",
].join("\n");
const SEED_PATH = "Interviews/Recruiter meeting.md";

describe("the seed note as written, on a desktop", () => {
	it("counts down to its Time: line, and shows the concerns at a glance with the salary range under them", async () => {
		await showNote(page(), SEED_PATH, SEED_LIKE);
		await expect.poll(() => sidebar().locator(".interview-prep-call").textContent()).toMatch(/^Call in \d+ days?$/);
		const glance = sidebar().locator(".interview-prep-glance-part");
		expect(await glance.locator(".interview-prep-group-title").allTextContents()).toEqual(["Ice breakers", "Concerns"]);
		expect(await glance.locator(".interview-prep-glance-nested li").allTextContents()).toEqual(["$120k - $140k would be huge."]);
		await page().screenshot({ path: "test-results/week-seed-desktop.png" });
	});

	it("shows what is nested two levels down: a story's outcome and a question's follow-ups, and Jump to question finds one", async () => {
		await showNote(page(), SEED_PATH, SEED_LIKE);
		// A question with follow-ups keeps its box, its text and its move button on one row, the follow-ups under it.
		const row = sidebar().locator("li.interview-prep-question").first();
		const tops = await Promise.all([row.locator("input").first(), row.locator(".interview-prep-link").first(), row.locator(".interview-prep-move")].map(async (el) => (await el.boundingBox())?.y ?? -1));
		expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(16);
		expect(await sidebar().locator(".interview-prep-glance-nested li").first().textContent()).not.toContain("**");
		expect(await sidebar().locator(".interview-prep-story-details .interview-prep-nest-2").allTextContents()).toEqual(["Eventually I won as I demonstrated how we could progressively load data."]);
		expect(await sidebar().locator(".interview-prep-question-nested li").allTextContents()).toEqual(["How does Elixir play into it?", "I can make assumptions about the integrations page."]);
		await palette("jump to question");
		await page().keyboard.type("elixir");
		await expect.poll(() => page().locator(".suggestion-item").first().textContent()).toContain("How does Elixir play into it?");
		await page().keyboard.press("Escape");
	});

	it("fills the discrepancy table's columns, Tab moving to the next, and one undo takes the row back", async () => {
		await showNote(page(), SEED_PATH, SEED_LIKE);
		await palette("capture discrepancy");
		const field = page().locator(".interview-prep-capture-input");
		await field.focus();
		await page().keyboard.type("Salary");
		await page().keyboard.press("Tab");
		await page().keyboard.type("120k–140k");
		await page().keyboard.press("Tab");
		await page().keyboard.type("150k");
		await page().keyboard.press("Enter");
		await expect.poll(async () => (await readNote(page(), SEED_PATH)) ?? "", { timeout: 5_000 }).toMatch(/\n\| \[\d\d:\d\d\] Salary \| 120k–140k \| 150k \|\n/);
		await page().locator("#editor").focus();
		await page().keyboard.press("Control+z");
		await expect.poll(() => readNote(page(), SEED_PATH), { timeout: 5_000 }).toBe(SEED_LIKE);
	});

	it("undoes a click on an asked box with Ctrl+Z from the sidebar, and keeps focus with a question moved to Extra", async () => {
		await showNote(page(), SEED_PATH, SEED_LIKE);
		await sidebar().getByRole("checkbox", { name: "Asked: What do you enjoy most about working here?" }).click();
		await expect.poll(async () => (await readNote(page(), SEED_PATH)) ?? "", { timeout: 5_000 }).toContain("* [x] What do you enjoy most about working here?");
		await page().keyboard.press("Control+z");
		await expect.poll(() => readNote(page(), SEED_PATH), { timeout: 5_000 }).toBe(SEED_LIKE);

		// The sidebar shows the undo too, once the note is read again.
		await expect.poll(() => sidebar().getByRole("checkbox", { name: "Asked: What do you enjoy most about working here?" }).isChecked(), { timeout: 5_000 }).toBe(false);
		await sidebar().getByRole("button", { name: "Move to Extra: What do you enjoy most about working here?" }).focus();
		await page().keyboard.press("Enter");
		await expect.poll(async () => (await readNote(page(), SEED_PATH)) ?? "", { timeout: 5_000 }).toContain("* How is the work life balance?\n* What do you enjoy most about working here?\n");
		await expect.poll(() => page().evaluate(() => document.activeElement?.getAttribute("aria-label")), { timeout: 5_000 }).toBe("Move to Chosen: What do you enjoy most about working here?");
		await page().keyboard.press("Enter");
		await expect.poll(() => page().evaluate(() => document.activeElement?.getAttribute("aria-label")), { timeout: 5_000 }).toBe("Move to Extra: What do you enjoy most about working here?");
		await page().keyboard.press("Control+z");
		await page().keyboard.press("Control+z");
		await expect.poll(() => readNote(page(), SEED_PATH), { timeout: 5_000 }).toBe(SEED_LIKE);
	});
});

describe("three companies in flight", () => {
	it("reminds of a call in a note that is not open, and a click on the reminder opens it", async () => {
		const soon = local(new Date(Date.now() + 9 * 60_000));
		await showNote(page(), "Interviews/Initech screen.md", "---\ncompany: Initech\nround: Screen\nmeeting: 2031-01-01T09:00\n---\n# Initech screen\n\n## Preparation\n\n- [ ] Read the post\n");
		// Globex's note is made and indexed, never opened.
		const globex = `---\ncompany: Globex\nround: Screen\nmeeting: ${soon}\n---\n# Globex screen\n\n## Preparation\n\n- [ ] Read the post\n`;
		await page().evaluate((text) => (window as unknown as DemoWindow).prepDemo.addNotes([["Interviews/Globex screen.md", text]]), globex);
		const reminder = page().locator(".notice", { hasText: /^Call with Globex \(Screen\) in (9|10) min/ });
		await expect.poll(() => reminder.count(), { timeout: 15_000 }).toBe(1);
		await reminder.click();
		await expect.poll(() => page().locator("#note-title").textContent()).toContain("Globex screen");
	});
});
