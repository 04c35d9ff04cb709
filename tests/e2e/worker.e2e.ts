import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateNote } from "../../scripts/generate-note";
import { parsePrepNote } from "../../src/core";
import { markdownArbitrary } from "../arbitraries";
import { headerCount, readNote, showNote, type DemoWindow } from "./browser";
import { demoSession } from "./demo-session";

const require = createRequire(import.meta.url);
const spec = require("commonmark-spec") as { tests: { markdown: string }[] };
const demo = (page: ReturnType<typeof session.page>) => ({
	parseBoth: (texts: string[]) => page.evaluate((t) => (window as unknown as DemoWindow).prepDemo.parseBoth(t), texts),
	model: () => page.evaluate(() => (window as unknown as DemoWindow).prepDemo.model()),
});

const session = demoSession();
const page = () => session.page();

/** Named character references, which a worker decodes with the values the UI thread sends it. */
const withReferences = fc
	.tuple(markdownArbitrary, fc.array(fc.constantFrom("- [ ] &copy; 2026", "## Q&amp;A", "# &HilbertSpace; &notit; &bogus;", "* [x] &Dcaron;&frac34;&nbsp;", "&#35; &#x22;"), { maxLength: 4 }))
	.map(([note, lines]) => `${lines.join("\n")}\n${note}`);

describe("the parser in a Web Worker", () => {
	it("gives the model the same parser gives in-thread, and the page's reference parser in Node, on generated notes and the CommonMark examples", async () => {
		const texts = [
			...fc.sample(withReferences, { numRuns: 300, seed: 17 }),
			...spec.tests.map((t) => t.markdown.replace(/→/g, "\t")),
			generateNote(6_000),
			generateNote(120_000, 3),
		];
		const { inWorker, worker, inThread } = await demo(page()).parseBoth(texts);
		expect(inWorker).toBe(true);
		expect(worker).toHaveLength(texts.length);
		texts.forEach((text, i) => {
			expect(worker[i], `text ${i}: ${JSON.stringify(text.slice(0, 80))}`).toEqual(inThread[i]);
			expect(worker[i], `text ${i} against Node`).toEqual(parsePrepNote(text, { fallbackTitle: "Note" }));
		});
	});

	it("ends a burst of edits, typed fast and slow with refreshes asked for meanwhile, with the model of the final text", async () => {
		const note = generateNote(60_000, 5);
		await showNote(page(), "Burst", note);
		const editor = page().locator("#editor");
		await editor.click();
		await page().keyboard.press("Control+End");
		// Keys faster and slower than the typing pause, with refreshes asked for in between, as other edits ask.
		for (let i = 0; i < 12; i++) {
			await page().keyboard.type(`\n- [ ] burst ${i}`, { delay: i % 3 === 0 ? 0 : 20 });
			if (i % 4 === 1) void page().evaluate(() => (window as unknown as DemoWindow).prepDemo.refreshNow());
			if (i % 5 === 2) await page().waitForTimeout(300);
		}
		const final = await readNote(page(), "Burst");
		expect(final).toContain("- [ ] burst 11");
		const expected = parsePrepNote(final ?? "", { fallbackTitle: "Burst" });
		await expect.poll(() => demo(page()).model(), { timeout: 5000 }).toEqual(expected);
		// And it stays so: no older answer arrives after it.
		await page().waitForTimeout(600);
		expect(await demo(page()).model()).toEqual(expected);
		expect(await headerCount(page())).toBe(`${expected.prep.done}/${expected.prep.total}`);
	});

	it("leaves no worker alive when the plugin unloads", async () => {
		await showNote(page(), "Short", "# Short\n## Preparation\n- [ ] one\n");
		expect(page().workers()).toHaveLength(1);
		const closed = page().workers()[0]?.waitForEvent("close", { timeout: 5000 });
		await page().evaluate(() => (window as unknown as DemoWindow).prepDemo.unloadPlugin());
		await closed;
		expect(page().workers()).toHaveLength(0);
	});
});
