import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, loadPlugin, openNote, settle, sidebarOf } from "../harness";

const SEED_SHAPED = readFileSync("tests/fixtures/seed-shaped.md", "utf8");

let h: Harness;
beforeEach(async () => {
	h = await loadPlugin();
});
afterEach(() => h.plugin.unload());

const sidebar = sidebarOf;
const overall = (root: HTMLElement) => root.querySelector(".interview-prep-header .interview-prep-progress-count")?.textContent;
const rowNames = (root: HTMLElement) => Array.from(root.querySelectorAll(".interview-prep-section-name")).map((el) => el.textContent);

describe("prep progress leaves asked and told marks out", () => {
	it("stays at 1/8 with no new rows when a question is asked and a story told", async () => {
		const { editor } = await openNote(h.app, "Screening call.md", SEED_SHAPED);
		await h.plugin.openSidebar();
		const root = sidebar(h.app);
		expect(overall(root)).toBe("1/8");
		const rowsBefore = rowNames(root);

		root.querySelector<HTMLInputElement>('input[aria-label^="Asked: "]')?.click();
		await settle();
		root.querySelector<HTMLInputElement>('input[aria-label^="Told: "]')?.click();
		await settle();

		expect(editor.getValue()).not.toBe(SEED_SHAPED);
		expect(overall(root)).toBe("1/8");
		expect(rowNames(root)).toEqual(rowsBefore);
		expect(rowNames(root)).not.toContain("Questions");
		expect(rowNames(root)).not.toContain("Stories");
	});

	it("does not repeat the note's title as the first progress row", async () => {
		await openNote(h.app, "Screening call.md", SEED_SHAPED);
		await h.plugin.openSidebar();
		const root = sidebar(h.app);
		expect(root.querySelector(".interview-prep-title")?.textContent).toBe("Screening call with Globex");
		expect(rowNames(root)).not.toContain("Screening call with Globex");
		expect(rowNames(root)[0]).toBe("Preparation");
	});
});
