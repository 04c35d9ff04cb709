import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** The flags this machine needs: no sandbox as root, and no background traffic to a closed network. */
export const CHROMIUM_FLAGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
];

export interface DemoBrowser {
	context: BrowserContext;
	page: Page;
	/** Console errors and page errors seen so far. */
	errors: string[];
	close(): Promise<void>;
}

/** Chromium at `executablePath` (see scripts/find-browser.mjs) with a fresh profile that `close` removes. */
export async function launchChromium(executablePath: string, viewport = { width: 1200, height: 820 }): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
	const profile = mkdtempSync(join(tmpdir(), "interview-prep-e2e-"));
	const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_FLAGS, viewport });
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** A fresh browser on the demo page, recording console errors; a phone passes its own viewport, and `init` runs before the page's scripts. */
export async function openDemo(url: string, executablePath: string, viewport?: { width: number; height: number }, init?: string): Promise<DemoBrowser> {
	const { context, page, close } = await launchChromium(executablePath, viewport);
	if (init) await context.addInitScript(init);
	const errors: string[] = [];
	page.on("console", (message) => {
		if (message.type() === "error") errors.push(message.text());
	});
	page.on("pageerror", (error) => errors.push(error.message));
	await page.goto(url);
	await waitForDemo(page);
	return {
		context,
		page,
		errors,
		close,
	};
}

/** Waits for the demo page to be ready, after a load or a reload. */
export async function waitForDemo(page: Page): Promise<void> {
	await page.waitForSelector("body[data-ready=true]");
}

/** Replaces or creates a note through the page's hook, and waits for the sidebar to show it. */
export async function showNote(page: Page, name: string, markdown: string): Promise<void> {
	await page.evaluate(([n, m]) => (window as unknown as DemoWindow).prepDemo.openNote(n, m), [name, markdown] as const);
}

/** The stored text of a note, through the page's hook. */
export function readNote(page: Page, name: string): Promise<string | null> {
	return page.evaluate((n) => (window as unknown as DemoWindow).prepDemo.getNote(n), name);
}

/** The paths of the demo's notes, through the page's hook. */
export function listNotes(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as DemoWindow).prepDemo.listNotes());
}

/** The sidebar's overall count, such as "1/8". */
export function headerCount(page: Page): Promise<string | null> {
	return page.locator(".interview-prep-header .interview-prep-progress-count").textContent();
}

export interface DemoWindow {
	prepDemo: {
		openNote(name: string, markdown: string): Promise<void>;
		/** Adds notes without opening them, once the process index has read them. */
		addNotes(notes: [string, string][]): Promise<void>;
		getNote(name: string): string | null;
		listNotes(): string[];
		listCommands(): { id: string; name: string }[];
		runCommand(id: string): boolean;
		/** Each text's model from the plugin's parser, in its worker, and from the same parser in-thread. */
		parseBoth(texts: string[]): Promise<{ inWorker: boolean; worker: unknown[]; inThread: unknown[] }>;
		/** The followed note's model, as the sidebar has it. */
		model(): unknown;
		refreshNow(): Promise<void>;
		unloadPlugin(): void;
	};
	__pwned?: unknown;
}
