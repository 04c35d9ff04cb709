import { describe, expect, it } from "vitest";
import { showNote } from "./browser";
import { demoSession } from "./demo-session";

const { page } = demoSession();
const sidebar = () => page().locator("#sidebar .interview-prep-stories-part");

/** 120 stories, every odd one told. */
const MANY = `# Many\n\n## Stories\n\n${Array.from({ length: 120 }, (_, i) => `- ${i % 2 === 1 ? "[x] " : ""}Story ${i + 1}\n  - Situation: s\n  - Result: 10% faster`).join("\n")}\n`;

describe("lists redrawn faster than they draw, in the demo", () => {
	it("shows each story card once, as many as the count says, after Hide told stories is pressed three times quickly and a filter matches none", async () => {
		await showNote(page(), "Many.md", MANY);
		await expect.poll(() => sidebar().locator("article").count()).toBe(60);
		const hideTold = sidebar().getByRole("button", { name: "Hide told stories" });
		await hideTold.focus();
		// A slow phone's pace: each redraw takes several slices, and the next press comes before they end.
		const cdp = await page().context().newCDPSession(page());
		await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
		for (let i = 0; i < 3; i++) await page().keyboard.press("Space");
		await expect.poll(() => sidebar().locator(".interview-prep-count").textContent()).toBe("60 of 120");
		await page().waitForTimeout(1000);
		await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
		await cdp.detach();
		const titles = await sidebar().locator("article h4").allTextContents();
		expect(titles).toHaveLength(60);
		expect(new Set(titles).size).toBe(60);
		expect(titles.slice(0, 2)).toEqual(["Story 1", "Story 3"]);
		await sidebar().getByRole("searchbox", { name: "Filter stories" }).fill("zzzz");
		await expect.poll(() => sidebar().locator(".interview-prep-count").textContent()).toBe("0 of 120");
		expect(await sidebar().locator("article").count()).toBe(0);
	});
});
