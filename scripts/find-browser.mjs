// Finds the Chromium or Chrome that the browser tests, the browser benchmark and the screenshots drive,
// and installs Debian's `chromium` where that is possible without asking. `node scripts/find-browser.mjs`
// prints the path it settles on; the e2e global setup calls `ensureBrowser()` before any test runs.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";

/** The variable that points the suite at a browser of your choice. */
export const BROWSER_VARIABLE = "CHROMIUM_PATH";

/** Where a browser usually is, in the order they are tried after the variable. */
export const BROWSER_CANDIDATES = [
	"/usr/bin/chromium",
	"/usr/bin/chromium-browser",
	"/usr/bin/google-chrome",
	"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

export const INSTALL_HINT =
	`No Chromium or Chrome was found for the browser tests. Install one (Debian or Ubuntu: \`sudo apt-get install chromium\`), ` +
	`or point ${BROWSER_VARIABLE} at one: \`${BROWSER_VARIABLE}=/path/to/chrome npm test\`.`;

function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The first usable browser: the variable, then the usual places. Null when there is none. */
export function findBrowser(env = process.env, candidates = BROWSER_CANDIDATES, isExecutable = executable) {
	const chosen = env[BROWSER_VARIABLE];
	if (chosen) {
		if (!isExecutable(chosen)) throw new Error(`${BROWSER_VARIABLE} is set to ${chosen}, which is not an executable file.`);
		return chosen;
	}
	return candidates.find(isExecutable) ?? null;
}

/** How apt-get can be run without a password prompt here: directly as root, through `sudo -n`, or not at all. */
export function aptRunner() {
	if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) return null;
	let release = "";
	try {
		release = readFileSync("/etc/os-release", "utf8");
	} catch {
		return null;
	}
	if (!/^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release)) return null;
	if (process.getuid?.() === 0) return [];
	const sudo = spawnSync("sudo", ["-n", "true"], { stdio: "ignore" });
	return sudo.status === 0 ? ["sudo", "-n"] : null;
}

function run(prefix, args) {
	const [command, ...rest] = [...prefix, ...args];
	const result = spawnSync(command, rest, { encoding: "utf8", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
	if (result.status !== 0) {
		const tail = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-5).join("\n");
		throw new Error(`\`${[command, ...rest].join(" ")}\` failed:\n${tail}\n\n${INSTALL_HINT}`);
	}
}

/** The browser's path, installing Debian's chromium first when none is found and apt-get can run unattended. */
export function ensureBrowser() {
	const found = findBrowser();
	if (found) return found;
	const prefix = aptRunner();
	if (!prefix) throw new Error(INSTALL_HINT);
	process.stdout.write(`No Chromium found for the browser tests: installing Debian's chromium package with apt-get (about a minute)…\n`);
	run(prefix, ["apt-get", "update", "-qq"]);
	run(prefix, ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"]);
	const installed = findBrowser();
	if (!installed) throw new Error(`apt-get installed chromium, yet no browser is at ${BROWSER_CANDIDATES.join(", ")}.\n\n${INSTALL_HINT}`);
	return installed;
}

// Run as a command, not when imported.
if (process.argv[1]?.endsWith("find-browser.mjs")) {
	try {
		console.log(`Browser tests use ${ensureBrowser()}`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
