import { describe, expect, it } from "vitest";
import { BROWSER_CANDIDATES, findBrowser, INSTALL_HINT } from "../../scripts/find-browser.mjs";

const only = (...present: string[]) => (path: string) => present.includes(path);

describe("finding the browser for the browser tests", () => {
	it("takes CHROMIUM_PATH first", () => {
		expect(findBrowser({ CHROMIUM_PATH: "/opt/chrome" }, BROWSER_CANDIDATES, only("/opt/chrome", "/usr/bin/chromium"))).toBe("/opt/chrome");
	});

	it("refuses a CHROMIUM_PATH that is not there, rather than quietly using another browser", () => {
		expect(() => findBrowser({ CHROMIUM_PATH: "/missing" }, BROWSER_CANDIDATES, only("/usr/bin/chromium"))).toThrow(/CHROMIUM_PATH is set to \/missing/);
	});

	it("then tries Debian's, Ubuntu's and Google's, then macOS's Chrome, in that order", () => {
		expect(BROWSER_CANDIDATES.slice(0, 3)).toEqual(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]);
		expect(findBrowser({}, BROWSER_CANDIDATES, only("/usr/bin/google-chrome", "/usr/bin/chromium-browser"))).toBe("/usr/bin/chromium-browser");
		expect(findBrowser({}, BROWSER_CANDIDATES, only(BROWSER_CANDIDATES[3]!))).toMatch(/Google Chrome\.app/);
	});

	it("finds nothing where there is nothing, and the message says how to get one", () => {
		expect(findBrowser({}, BROWSER_CANDIDATES, only())).toBeNull();
		expect(INSTALL_HINT).toMatch(/apt-get install chromium/);
		expect(INSTALL_HINT).toMatch(/CHROMIUM_PATH=/);
	});
});
