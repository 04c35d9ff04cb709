// `npm run screenshots`: redraws the README's screenshots in docs/ from the demo, in Chromium: the sidebar on
// the example's second round, its process and a running timer, in both themes, and the drawer on a phone.
import { readFileSync } from "node:fs";
import { launchChromium, showNote } from "../tests/e2e/browser";
import { buildDemo } from "./build-demo.mjs";
import { ensureBrowser } from "./find-browser.mjs";
import { serveDemo } from "./serve-demo.mjs";

const ROUND_2 = "Interviews/2026-12-10 Northwind hiring manager.md";
const text = readFileSync(`example-vault/${ROUND_2}`, "utf8");
const { server, url } = await serveDemo(await buildDemo(), 0);
const desktop = await launchChromium(ensureBrowser());
const phone = await launchChromium(ensureBrowser(), { width: 390, height: 844 });
try {
	for (const { page } of [desktop, phone]) {
		await page.goto(url);
		await page.waitForSelector("body[data-ready=true]");
		await showNote(page, ROUND_2, text);
		await page.evaluate(() => (window as unknown as { prepDemo: { runCommand(id: string): boolean } }).prepDemo.runCommand("start-meeting-timer"));
		await page.waitForTimeout(2_500);
	}
	await desktop.page.locator("#sidebar").screenshot({ path: "docs/sidebar-light.png" });
	await desktop.page.getByRole("button", { name: "Dark theme" }).click();
	await desktop.page.locator("#sidebar").screenshot({ path: "docs/sidebar-dark.png" });
	await phone.page.getByRole("button", { name: "Prep sidebar" }).click();
	await phone.page.screenshot({ path: "docs/sidebar-phone.png" });
	console.log("Wrote docs/sidebar-light.png, docs/sidebar-dark.png and docs/sidebar-phone.png");
} finally {
	await desktop.close();
	await phone.close();
	server.close();
}
