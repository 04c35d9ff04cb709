// `npm run screenshots`: redraws the README's sidebar screenshots in docs/ from the demo, in Chromium.
import { readFileSync } from "node:fs";
import { launchChromium, showNote } from "../tests/e2e/browser";
import { buildDemo } from "./build-demo.mjs";
import { ensureBrowser } from "./find-browser.mjs";
import { serveDemo } from "./serve-demo.mjs";

const { server, url } = await serveDemo(await buildDemo(), 0);
const browser = await launchChromium(ensureBrowser());
try {
	const { page } = browser;
	await page.goto(url);
	await page.waitForSelector("body[data-ready=true]");
	await showNote(page, "Screening call", readFileSync("tests/fixtures/seed-shaped.md", "utf8"));
	await page.locator("#sidebar").screenshot({ path: "docs/sidebar-light.png" });
	await page.getByRole("button", { name: "Dark theme" }).click();
	await page.locator("#sidebar").screenshot({ path: "docs/sidebar-dark.png" });
	console.log("Wrote docs/sidebar-light.png and docs/sidebar-dark.png");
} finally {
	await browser.close();
	server.close();
}
