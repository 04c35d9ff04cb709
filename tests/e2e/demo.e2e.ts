import { mkdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSeed, SEED_SKIP_REASON, seedPresent } from "../seed";
import { showNote, type DemoWindow } from "./browser";
import { demoSession } from "./demo-session";

const SEED_SHAPED = readFileSync("tests/fixtures/seed-shaped.md", "utf8");
const NOTE = "Screening call";
const SHOTS = "test-results/screenshots";
const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

const { page } = demoSession();
const getNote = (name = NOTE) => page().evaluate((n) => (window as unknown as DemoWindow).prepDemo.getNote(n), name);
const headerCount = () => page().locator(".interview-prep-header .interview-prep-progress-count").textContent();
const sectionCount = (heading: string) =>
	page().locator(".interview-prep-section-row", { has: page().locator(`.interview-prep-section-name:text-is("${heading}")`) }).locator(".interview-prep-progress-count").textContent();


describe("the demo in Chromium", () => {
	it("shows the seed-shaped note at 1/8, Preparation 0/7, with 6 story cards in 2 groups, and takes screenshots", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		expect(await headerCount()).toBe("1/8");
		expect(await sectionCount("Preparation")).toBe("0/7");
		expect(await page().locator("article.interview-prep-story").count()).toBe(6);
		expect(await page().locator(".interview-prep-stories > .interview-prep-group-title").allTextContents()).toEqual(["Work-related", "Standard"]);
		const bar = page().locator(".interview-prep-header progress");
		expect(await bar.getAttribute("value")).toBe("1");
		expect(await bar.getAttribute("max")).toBe("8");

		// For a person to look at; the README's own screenshots come from `npm run screenshots`.
		mkdirSync(SHOTS, { recursive: true });
		await page().locator("#sidebar").screenshot({ path: `${SHOTS}/sidebar-light.png` });
		await page().getByRole("button", { name: "Dark theme" }).click();
		await page().locator("#sidebar").screenshot({ path: `${SHOTS}/sidebar-dark.png` });
		await page().getByRole("button", { name: "Light theme" }).click();
	});

	it.skipIf(!seedPresent)(`shows the real seed note the same way (${seedPresent ? "seed present" : SEED_SKIP_REASON})`, async () => {
		await showNote(page(), "Recruiter meeting", readSeed());
		expect(await headerCount()).toBe("1/8");
		expect(await sectionCount("Preparation")).toBe("0/7");
		expect(await page().locator("article.interview-prep-story").count()).toBe(6);
	});

	it("updates the total within a second of typing a new task", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await page().locator(".interview-prep-section-name", { hasText: /^Preparation$/ }).click();
		await page().keyboard.press("End");
		await page().keyboard.type("\n- [ ] Rehearse the two-minute intro");
		await expect.poll(headerCount, { timeout: 1000, interval: 50 }).toBe("1/9");
	});

	it("jumps the editor to a section when its row is clicked", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await page().locator(".interview-prep-section-name", { hasText: /^Concerns$/ }).click();
		const caret = await page().locator("#editor").evaluate((el: HTMLTextAreaElement) => ({ start: el.selectionStart, focused: document.activeElement === el }));
		expect(SEED_SHAPED.slice(caret.start).startsWith("## Concerns")).toBe(true);
		expect(caret.focused).toBe(true);
	});

	it("toggles exactly the clicked task, and the editor's undo reverts it", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await page().getByRole("button", { name: "Show open tasks in Preparation" }).click();
		await page().locator(".interview-prep-open-tasks input").first().click();
		const expected = SEED_SHAPED.replace("\t* [ ] Read the engineering handbook", "\t* [x] Read the engineering handbook");
		await expect.poll(() => getNote()).toBe(expected);
		await expect.poll(headerCount).toBe("2/8");
		await page().locator("#editor").focus();
		await page().keyboard.press("Control+z");
		await expect.poll(() => getNote()).toBe(SEED_SHAPED);
	});

	it("runs the timer, pauses it, and keeps it across a reload", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		await page().getByRole("button", { name: "Start meeting timer" }).click();
		const clock = page().getByRole("timer");
		// A 30-minute countdown: the time left in large, the time elapsed beside it.
		await expect.poll(() => clock.textContent(), { timeout: 4000 }).toBe("29:58");
		expect(await page().locator(".interview-prep-timer-detail").textContent()).toBe("left, 00:02 elapsed");
		await page().getByRole("button", { name: "Pause meeting timer" }).click();
		const paused = await clock.textContent();
		await page().waitForTimeout(1500);
		expect(await clock.textContent()).toBe(paused);
		await page().reload();
		await page().waitForSelector("body[data-ready=true]");
		expect(await page().getByRole("timer").textContent()).toBe(paused);
		expect(await page().locator(".interview-prep-timer-detail").textContent()).toMatch(/paused$/);
		await page().getByRole("button", { name: "Reset meeting timer" }).click();
	});

	it("inserts agenda and discrepancies once from the command palette, and nothing the second time", async () => {
		await showNote(page(), NOTE, SEED_SHAPED);
		const runFromPalette = async () => {
			await page().locator("#editor").focus();
			await page().keyboard.press("Control+p");
			await page().keyboard.type("agenda and discrepancies");
			await page().keyboard.press("Enter");
		};
		await runFromPalette();
		await expect.poll(() => getNote()).toContain("| Topic | What I was told before / the job post | What I was told today |");
		const once = await getNote();
		expect(once?.match(/^## Agenda$/gm)).toHaveLength(1);
		await runFromPalette();
		await page().waitForTimeout(300);
		expect(await getNote()).toBe(once);
	});

	it("lists the plugin's commands through the page hook", async () => {
		const commands = await page().evaluate(() => (window as unknown as DemoWindow).prepDemo.listCommands());
		expect(commands.map((c) => c.name)).toEqual(
			expect.arrayContaining(["Open prep sidebar", "Insert agenda and discrepancies", "Start meeting timer", "Jump to story…"]),
		);
	});

	it("shows HTML and script in a note as literal text, and never runs them", async () => {
		const note = `# ${PAYLOAD}\n\n## Preparation\n\n- [ ] ${PAYLOAD}\n\n## Questions\n\n- ${PAYLOAD}\n\n## Stories\n\n- ${PAYLOAD}\n  - <b onmouseover="window.__pwned=1">bold</b>\n`;
		await showNote(page(), "Payload", note);
		await page().getByRole("button", { name: "Show open tasks in Preparation" }).click();
		expect(await page().locator(".interview-prep-title").textContent()).toBe(PAYLOAD);
		expect(await page().locator("article h4").textContent()).toBe(PAYLOAD);
		expect(await page().locator(".interview-prep-questions .interview-prep-link").textContent()).toBe(PAYLOAD);
		expect(await page().locator("#sidebar img, #sidebar script, #sidebar b").count()).toBe(0);
		await page().locator("article li").hover();
		expect(await page().evaluate(() => (window as unknown as DemoWindow).__pwned)).toBeUndefined();
	});
});

describe("a mock call in Chromium", () => {
	it("times the call, captures two notes, marks a question asked and a story told, and leaves exactly that text", async () => {
		await showNote(page(), "Mock call", SEED_SHAPED);
		await page().getByRole("button", { name: "Start meeting timer" }).click();
		await expect.poll(() => page().getByRole("timer").textContent(), { timeout: 4000 }).toBe("29:58");
		await page().getByRole("button", { name: "Pause meeting timer" }).click();
		const elapsed = /(\d\d:\d\d) elapsed/.exec((await page().locator(".interview-prep-timer-detail").textContent()) ?? "")?.[1];
		const stamp = `+${elapsed}`;

		const capture = async (command: string, text: string) => {
			await page().locator("#editor").focus();
			await page().keyboard.press("Control+p");
			await page().keyboard.type(command);
			await page().keyboard.press("Enter");
			await expect.poll(() => page().evaluate(() => document.activeElement?.className)).toContain("interview-prep-capture-input");
			await page().keyboard.type(text);
			await page().keyboard.press("Enter");
			await expect.poll(() => getNote("Mock call")).toContain(text);
		};
		await capture("Capture note", "They mentioned a four-day week");
		await capture("Capture discrepancy", "Hybrid, not remote");
		await page().getByRole("checkbox", { name: "Asked: What does a typical week look like?" }).click();
		await expect.poll(() => getNote("Mock call")).toContain("* [x] What does a typical week look like?");
		await page().getByRole("checkbox", { name: "Told: Search rewrite" }).click();
		await expect.poll(() => getNote("Mock call")).toContain("* [x] Search rewrite");

		const expected = SEED_SHAPED.replace("* What does a typical week look like?", "* [x] What does a typical week look like?")
			.replace("* Search rewrite", "* [x] Search rewrite")
			.replace("## Agenda\n\n## Discrepancies\n", `## Agenda\n\n- [${stamp}] They mentioned a four-day week\n\n## Discrepancies\n\n- [${stamp}] Hybrid, not remote\n`);
		expect(await getNote("Mock call")).toBe(expected);
		await page().getByRole("button", { name: "Reset meeting timer" }).click();
	});
});
