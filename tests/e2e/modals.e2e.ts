import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { showNote, type DemoWindow } from "./browser";
import { demoSession } from "./demo-session";

const SEED_SHAPED = readFileSync("tests/fixtures/seed-shaped.md", "utf8");
const NOTE = "Screening call";
/** The commands that exist to change the note; every other one must leave its text exactly as it was. */
const WRITERS = new Set(["toggle-next-prep-task", "insert-agenda-and-discrepancies", "insert-prep-sections", "insert-elapsed-time", "move-question", "insert-story-from-bank", "insert-debrief"]);

const { page } = demoSession();
const getNote = () => page().evaluate((n) => (window as unknown as DemoWindow).prepDemo.getNote(n), NOTE);
const runCommand = (id: string) => page().evaluate((i) => (window as unknown as DemoWindow).prepDemo.runCommand(i), id);
const modalOpen = () => page().locator(".modal-container").count();
const cardTitle = () => page().locator(".interview-prep-cue-card .modal-title").textContent();

/** Puts the caret at `offset` in the editor, with focus there, as a click in the text would. */
async function caretAt(offset: number): Promise<void> {
	await page().locator("#editor").evaluate((el: HTMLTextAreaElement, at) => {
		el.focus();
		el.setSelectionRange(at, at);
	}, offset);
}
const caret = () => page().evaluate(() => {
	const el = document.activeElement;
	return el instanceof HTMLTextAreaElement ? { id: el.id, at: el.selectionStart } : { id: el?.tagName ?? "none", at: -1 };
});

afterEach(async () => {
	// No test leaves a modal behind for the next one.
	await page().keyboard.press("Escape");
	expect(await modalOpen()).toBe(0);
});

describe("the story cue card", () => {
	it("opens from the keyboard, moves with the arrow keys, closes with Escape, and gives focus back to the editor", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await caretAt(40);
		await runCommand("story-cue-card");
		await page().keyboard.press("Enter");
		expect(await cardTitle()).toBe("Billing migration");
		await page().keyboard.press("ArrowRight");
		expect(await cardTitle()).toBe("Search rewrite");
		await page().keyboard.press("ArrowLeft");
		expect(await cardTitle()).toBe("Billing migration");
		await page().keyboard.press("Escape");
		expect(await modalOpen()).toBe(0);
		expect(await caret()).toEqual({ id: "editor", at: 40 });
		expect(await getNote()).toBe(SEED_SHAPED);
	});

	it("closes from a click on the backdrop, and from its close button", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await runCommand("story-cue-card");
		await page().keyboard.press("Enter");
		await page().mouse.click(5, 5);
		expect(await modalOpen()).toBe(0);
		await runCommand("story-cue-card");
		await page().keyboard.press("Enter");
		await page().getByRole("button", { name: "Close" }).click();
		expect(await modalOpen()).toBe(0);
	});

	it("has buttons for the next and previous story, and keeps focus inside the card", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await runCommand("story-cue-card");
		await page().keyboard.press("Enter");
		await page().getByRole("button", { name: "Next story" }).click();
		expect(await cardTitle()).toBe("Search rewrite");
		await page().getByRole("button", { name: "Previous story" }).click();
		expect(await cardTitle()).toBe("Billing migration");
		expect(await page().evaluate(() => document.querySelector(".interview-prep-cue-card")?.contains(document.activeElement))).toBe(true);
	});

	it("is usable by touch on a phone", async () => {
		await page().setViewportSize({ width: 390, height: 844 });
		try {
			await showNote(page(), NOTE, SEED_SHAPED);
			await runCommand("story-cue-card");
			await page().keyboard.press("Enter");
			const card = await page().locator(".interview-prep-cue-card").boundingBox();
			expect(card?.width).toBeLessThanOrEqual(390);
			const next = await page().getByRole("button", { name: "Next story" }).boundingBox();
			expect(next?.height).toBeGreaterThanOrEqual(44);
			await page().getByRole("button", { name: "Next story" }).click();
			expect(await cardTitle()).toBe("Search rewrite");
		} finally {
			await page().setViewportSize({ width: 1200, height: 820 });
		}
	});
});

describe("pickers", () => {
	it("jump to a story and to a question with Enter, and never type into the note", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await caretAt(0);
		await runCommand("jump-to-story");
		await page().keyboard.type("search");
		await page().keyboard.press("Enter");
		expect(await getNote()).toBe(SEED_SHAPED);
		const story = await caret();
		expect(SEED_SHAPED.slice(story.at).startsWith("* Search rewrite")).toBe(true);
		await runCommand("jump-to-question");
		await page().keyboard.press("ArrowDown");
		await page().keyboard.press("Enter");
		expect(await getNote()).toBe(SEED_SHAPED);
		const question = await caret();
		expect(SEED_SHAPED.slice(question.at).startsWith("* What does a typical week look like?")).toBe(true);
	});

	it("highlight the suggestion Enter will choose, and move it with the arrow keys", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await runCommand("jump-to-story");
		const selected = () => page().locator(".suggestion-item.is-selected").textContent();
		expect(await selected()).toMatch(/^Billing migration/);
		await page().keyboard.press("ArrowDown");
		expect(await selected()).toMatch(/^Search rewrite/);
		await page().keyboard.press("ArrowUp");
		expect(await selected()).toMatch(/^Billing migration/);
	});
});

describe("every command", () => {
	it("leaves the note's text exactly as it was, unless it exists to change it, by keyboard and by mouse", async () => {
		const commands = await page().evaluate(() => (window as unknown as DemoWindow).prepDemo.listCommands());
		expect(commands.length).toBeGreaterThan(10);
		for (const mode of ["keyboard", "mouse"] as const) {
			for (const { id } of commands) {
				const short = id.replace(/^interview-prep:/, "");
				if (WRITERS.has(short)) continue;
				await showNote(page(), NOTE, SEED_SHAPED);
				await caretAt(25);
				await runCommand(id);
				if ((await page().locator(".modal-container .suggestion-item").count()) > 0) {
					if (mode === "keyboard") await page().keyboard.press("Enter");
					else await page().locator(".modal-container .suggestion-item").first().click();
				}
				if ((await modalOpen()) > 0) {
					if (mode === "keyboard") await page().keyboard.press("Escape");
					else await page().mouse.click(5, 5);
				}
				// A cue card opens from the picker; it closes the same way.
				if ((await modalOpen()) > 0) await page().keyboard.press("Escape");
				expect({ command: short, mode, text: await getNote() }).toEqual({ command: short, mode, text: SEED_SHAPED });
				expect({ command: short, mode, open: await modalOpen() }).toEqual({ command: short, mode, open: 0 });
			}
		}
		await runCommand("reset-meeting-timer");
	});
});
