import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { showNote } from "./browser";
import { demoSession } from "./demo-session";
import { averageColour, luminance } from "./pixels";

// A longer section name than the fixture's, as people write them.
const SEED_SHAPED = readFileSync("tests/fixtures/seed-shaped.md", "utf8").replace("## Preparation", "## Preparation and research");

const session = demoSession();
beforeAll(async () => {
	await showNote(session.page(), "Screening call", SEED_SHAPED);
});

describe("the sidebar's look", () => {
	it("draws progress tracks from the theme, so they are dark in a dark theme", async () => {
		const page = session.page();
		await page.getByRole("button", { name: "Dark theme" }).click();
		const bar = page.locator(".interview-prep-header progress");
		const box = await bar.boundingBox();
		if (!box) throw new Error("no progress bar");
		// The bar is at 1/8: its right half is empty track.
		const track = await averageColour(bar, { x: box.x + box.width * 0.6, y: box.y, width: box.width * 0.35, height: box.height });
		expect(luminance(track)).toBeLessThan(0.4);
		await page.getByRole("button", { name: "Light theme" }).click();
	});

	it("shows section names in full when the sidebar has room for them", async () => {
		const names = session.page().locator(".interview-prep-section-name");
		expect(await names.count()).toBeGreaterThan(0);
		const cut = await names.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent));
		expect(cut).toEqual([]);
	});

	it("says in visible words what a story lacks, and names a marker in a tooltip on hover", async () => {
		const page = session.page();
		const missing = page.locator(".interview-prep-missing").first();
		expect(await missing.isVisible()).toBe(true);
		expect(await missing.textContent()).toMatch(/^Missing: /);
		const sidebar = await page.locator("#sidebar").boundingBox();
		await page.locator(".interview-prep-star-marker:not(.is-lit)").first().hover();
		await expect.poll(() => page.locator(".tooltip").textContent()).toMatch(/^\w+: missing$/);
		// The tooltip floats over the page: nothing moves when it shows.
		expect(await page.locator("#sidebar").boundingBox()).toEqual(sidebar);
		await page.mouse.move(0, 0);
		await expect.poll(() => page.locator(".tooltip").count()).toBe(0);
	});
});
