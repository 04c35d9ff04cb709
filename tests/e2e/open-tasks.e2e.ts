import { describe, expect, it } from "vitest";
import { readNote, showNote } from "./browser";
import { demoSession } from "./demo-session";

const { page } = demoSession();


describe("a section with hundreds of open tasks", () => {
	const TASKS = 696;
	const NOTE = `# Busy\n\n## Preparation\n\n${Array.from({ length: TASKS }, (_, i) => `- [ ] Task ${i + 1}`).join("\n")}\n`;
	const listed = () => page().locator(".interview-prep-open-tasks li");

	it("lists its first 50 open tasks, and all of them on request", async () => {
		await showNote(page(), "Busy", NOTE);
		await page().getByRole("button", { name: "Show open tasks in Preparation" }).click();
		expect(await listed().count()).toBe(50);
		expect(await listed().last().textContent()).toBe("Task 50");
		// The sidebar stays a few screens tall, not tens of thousands of pixels.
		expect(await page().locator("#sidebar").evaluate((el) => el.scrollHeight)).toBeLessThan(4000);

		const showAll = page().getByRole("button", { name: `Show all ${TASKS} open tasks` });
		await showAll.click();
		expect(await listed().count()).toBe(TASKS);
		// Focus moves to the first task that was hidden, so the keyboard carries on from there.
		expect(await page().evaluate(() => document.activeElement?.parentElement?.textContent)).toBe("Task 51");

		// Checking a task keeps the whole list, one shorter.
		await page().locator(".interview-prep-open-tasks input").nth(600).click();
		await expect.poll(() => readNote(page(), "Busy")).toContain("- [x] Task 601\n");
		await expect.poll(() => listed().count()).toBe(TASKS - 1);

		// Hiding the tasks and showing them again starts from the first 50.
		await page().getByRole("button", { name: "Hide open tasks in Preparation" }).click();
		await page().getByRole("button", { name: "Show open tasks in Preparation" }).click();
		expect(await listed().count()).toBe(50);
	});
});
