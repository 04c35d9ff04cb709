import { describe, expect, it } from "vitest";
import { parsePrepNote } from "../../src/core";
import { headerCount, readNote, showNote, type DemoWindow } from "./browser";
import { demoSession } from "./demo-session";

/**
 * Every worker the page starts is a real one that throws on its first message, as a broken parser would.
 * The page's console warnings are kept from its first script on, as the fallback happens at load.
 */
const THROWING_WORKER = `
	window.__warnings = [];
	const warn = console.warn.bind(console);
	console.warn = (...args) => {
		window.__warnings.push(args.map(String).join(" "));
		warn(...args);
	};
	const RealWorker = window.Worker;
	window.Worker = class extends RealWorker {
		constructor(_url, options) {
			super(URL.createObjectURL(new Blob(["self.onmessage = () => { throw new Error('the parser broke'); };"], { type: "text/javascript" })), options);
		}
	};
`;

const session = demoSession(undefined, THROWING_WORKER);
const page = () => session.page();

describe("a parser worker that throws", () => {
	it("falls back to parsing in-thread, says so once in the console, and the sidebar stays correct", async () => {
		// The page has loaded and shown its first note already, through the fallback.
		const note = "# Fallback\n## Preparation\n- [x] one\n- [ ] two\n- [ ] three\n";
		await showNote(page(), "Fallback", note);
		expect(await headerCount(page())).toBe("1/3");
		expect(await page().evaluate(() => (window as unknown as DemoWindow).prepDemo.model())).toEqual(parsePrepNote(note, { fallbackTitle: "Fallback" }));

		// Typing keeps the sidebar in step, parsed in-thread now.
		await page().locator("#editor").click();
		await page().keyboard.press("Control+End");
		await page().keyboard.type("- [x] four\n");
		await expect.poll(() => headerCount(page()), { timeout: 5000 }).toBe("2/4");
		const typed = (await readNote(page(), "Fallback")) ?? "";
		expect(await page().evaluate(() => (window as unknown as DemoWindow).prepDemo.model())).toEqual(parsePrepNote(typed, { fallbackTitle: "Fallback" }));

		const warnings = await page().evaluate(() => (window as unknown as { __warnings: string[] }).__warnings);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/^Interview Prep: the background parser failed \(.*the parser broke\), so notes are parsed on the main thread from now on\.$/);
	});
});
