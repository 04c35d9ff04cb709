import { describe, expect, it } from "vitest";
import { listNotes, readNote, showNote } from "./browser";
import { demoSession } from "./demo-session";

const { page } = demoSession();
const sidebar = () => page().locator("#sidebar");
const part = () => sidebar().locator(".interview-prep-their-questions-part");
const NOTE = "Interviews/2026-12-05 Globex screen.md";
const QUESTION = "Tell me about a time you disagreed with your manager.";
const TEXT = [
	"---",
	"company: Globex",
	"round: Screen",
	"with: Sam",
	"meeting: 2026-12-05T10:00",
	"---",
	"# Globex screen",
	"",
	"## Preparation",
	"",
	"- [ ] Read the post",
	"",
	"## Stories",
	"",
	"- Materials debate over SPA versus MPA",
	"\t- Result: we shipped the MPA in six weeks",
	"",
	"# Notes",
	"",
	"## Their questions",
	"",
].join("\n");

async function palette(command: string): Promise<void> {
	await page().locator("#editor").focus();
	await page().keyboard.press("Control+p");
	await page().keyboard.type(command);
	await page().keyboard.press("Enter");
}

describe("their questions, in the demo", () => {
	it("captures a question during the call, rates it weak, links a story, and carries it into the next round and the bank", async () => {
		await showNote(page(), NOTE, TEXT);
		await palette("start meeting timer");
		await expect.poll(() => part().isVisible()).toBe(true);

		await palette("capture their question");
		await page().keyboard.type(QUESTION);
		await page().keyboard.press("Enter");
		await expect.poll(() => part().locator(".interview-prep-their-question-head .interview-prep-link").allTextContents()).toEqual([QUESTION]);
		expect(await readNote(page(), NOTE)).toMatch(/## Their questions\n\n- \[\+00:0\d\] Tell me about a time you disagreed with your manager\.\n$/);

		await part().getByRole("button", { name: `Answered weakly: ${QUESTION}` }).click();
		await expect.poll(() => part().getByRole("button", { name: `Answered weakly: ${QUESTION}` }).getAttribute("aria-pressed")).toBe("true");
		expect(await readNote(page(), NOTE)).toMatch(/manager\. 🔴\n$/);

		await part().getByRole("button", { name: `Answered with a story: ${QUESTION}` }).click();
		await page().keyboard.type("spa mpa");
		await page().keyboard.press("Enter");
		await expect.poll(() => part().locator(".interview-prep-answered").textContent()).toBe("Answered with: Materials debate over SPA versus MPA");
		const answered = (await readNote(page(), NOTE)) ?? "";
		expect(answered).toMatch(/manager\. 🔴\n\s+- Answered with: Materials debate over SPA versus MPA\n$/);
		expect(answered).toContain("- [x] Materials debate over SPA versus MPA\n");

		await palette("start next round");
		await expect.poll(() => page().locator(".modal-container input[type=text]").inputValue()).toBe("Round 2");
		await page().keyboard.press("Enter");
		const next = async () => (await listNotes(page())).find((path) => path.endsWith("Globex Round 2.md"));
		await expect.poll(next).toBeTruthy();
		const created = (await readNote(page(), (await next()) ?? "")) ?? "";
		const preparation = created.slice(created.indexOf("## Preparation"), created.indexOf("## Ice breakers"));
		expect(preparation).toContain(`- [ ] Prepare a better answer: ${QUESTION}\n`);

		await palette("open their questions bank");
		const bank = page().locator(".interview-prep-their-bank");
		const row = bank.locator(".interview-prep-their-bank-question", { hasText: QUESTION });
		await expect.poll(() => row.count()).toBe(1);
		expect(await row.locator(".interview-prep-answered").textContent()).toBe("Answered with: Materials debate over SPA versus MPA");
		expect(await row.locator(".interview-prep-telling-list button").allTextContents()).toEqual(["Globex · Screen · with Sam · 2026-12-05 · weak"]);
	});

	it("makes the rating buttons a thumb's size on a phone, and keeps them compact on a desktop", async () => {
		await showNote(page(), NOTE, `${TEXT}- Why are you leaving? 🟢\n`);
		const rate = part().getByRole("button", { name: "Answered well: Why are you leaving?" });
		await expect.poll(() => rate.isVisible()).toBe(true);
		const desktop = await rate.boundingBox();
		expect(desktop?.height).toBeLessThan(36);
		await page().evaluate(() => document.body.classList.add("is-mobile", "is-phone"));
		for (const button of await part().locator(".interview-prep-rating button").all()) {
			const box = await button.boundingBox();
			expect(box?.width).toBeGreaterThanOrEqual(44);
			expect(box?.height).toBeGreaterThanOrEqual(44);
		}
		await page().evaluate(() => document.body.classList.remove("is-mobile", "is-phone"));
	});
});
