import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadPlugin, openNote, settle, type Harness } from "../harness";
import { App, Component, memoryStorage, shownNotices } from "../obsidian";
import type { TimerState } from "../../src/core";
import { DEFAULT_SETTINGS } from "../../src/settings/prep-settings";
import { MeetingTimer } from "../../src/timer/meeting-timer";

const MIN = 60_000;
const T0 = new Date("2026-12-03T15:00:00Z");
const NOTE = "---\nduration: 45m\n---\n# Acme call\n## Preparation\n- [ ] Read up\n# Notes\n\n";

let h: Harness;
let storage: ReturnType<typeof memoryStorage>;

beforeEach(async () => {
	vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
	vi.setSystemTime(T0);
	storage = memoryStorage();
	h = await loadPlugin({ storage });
});
afterEach(() => {
	h.plugin.unload();
	vi.useRealTimers();
});

const run = (id: string) => h.app.executeCommandById(`interview-prep:${id}`);
const statusText = () => h.app.statusBarEl.querySelector(".interview-prep-status")?.textContent;
const timerDisplay = () => h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl.querySelector('[role="timer"]')?.textContent;
const timerDetail = () => h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl.querySelector(".interview-prep-timer-detail")?.textContent;

async function startOn(path = "Acme.md", text = NOTE) {
	const opened = await openNote(h.app, path, text);
	expect(run("start-meeting-timer")).toBe(true);
	await settle();
	return opened;
}

describe("the meeting timer in the plugin", () => {
	it("shows the note's duration ready to start before the call", async () => {
		await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		expect(timerDisplay()).toBe("45:00");
		expect(timerDetail()).toBe("Ready to start");
	});

	it("starts from the note's frontmatter duration, counts the time left in large, pauses, resumes and resets", async () => {
		await startOn();
		await h.plugin.openSidebar();
		await vi.advanceTimersByTimeAsync(2 * MIN + 500);
		expect(timerDisplay()).toBe("43:00");
		expect(timerDetail()).toBe("left, 02:00 elapsed");
		expect(statusText()).toBe("43:00");
		run("pause-resume-meeting-timer");
		await vi.advanceTimersByTimeAsync(5 * MIN);
		expect(timerDisplay()).toBe("43:00");
		expect(timerDetail()).toBe("left, 02:00 elapsed, paused");
		expect(statusText()).toBe("43:00 (paused)");
		run("pause-resume-meeting-timer");
		await vi.advanceTimersByTimeAsync(MIN);
		expect(timerDisplay()).toBe("42:00");
		run("reset-meeting-timer");
		expect(h.plugin.timer.state).toBeNull();
		expect(timerDisplay()).toBe("45:00");
	});

	it("says which timer it stopped when another note's is started", async () => {
		await startOn();
		await vi.advanceTimersByTimeAsync(MIN);
		const before = shownNotices.length;
		await startOn("Other.md", "# Other call\n");
		expect(shownNotices.slice(before)).toEqual(["Stopped the timer for Acme call at 01:00, and started one for Other call."]);
		expect(h.plugin.timer.state?.notePath).toBe("Other.md");
	});

	it("counts a sleep in full, with no ticks during it", async () => {
		await startOn();
		await h.plugin.openSidebar();
		// The clock jumps as after a sleep; no interval fires in between.
		vi.setSystemTime(T0.getTime() + 10 * MIN);
		await vi.advanceTimersByTimeAsync(1000);
		expect(timerDisplay()).toBe("34:59");
	});

	it("never shows negative time when the clock goes backwards", async () => {
		await startOn();
		vi.setSystemTime(T0.getTime() - 5 * MIN);
		await vi.advanceTimersByTimeAsync(1000);
		expect(h.plugin.timer.reading()?.elapsedMs).toBe(0);
	});

	it("fires each notice once, naming the note, and shows the overrun", async () => {
		await startOn();
		const before = shownNotices.length;
		await vi.advanceTimersByTimeAsync(52 * MIN);
		expect(shownNotices.slice(before)).toEqual(["Acme call: 5 min left", "Acme call: time is up", "Acme call: running 5 min over"]);
		expect(statusText()).toBe("+07:00");
		expect(h.app.statusBarEl.querySelector(".interview-prep-status")?.classList.contains("is-overrun")).toBe(true);
	});

	it("survives a reload: the state comes back from saveData, with one notice that it still runs", async () => {
		await startOn();
		await vi.advanceTimersByTimeAsync(12 * MIN + 4000);
		h.plugin.unload();
		const before = shownNotices.length;
		h = await loadPlugin({ storage });
		expect(h.plugin.timer.reading()?.elapsedMs).toBe(12 * MIN + 4000);
		expect(shownNotices.slice(before)).toEqual(["Timer for Acme call still running: 12:04"]);
		await vi.advanceTimersByTimeAsync(MIN);
		expect(shownNotices.slice(before)).toHaveLength(1);
	});

	it("stays on its note when another note is opened, and follows a rename", async () => {
		const { file } = await startOn();
		await openNote(h.app, "Other.md", "# Other\n## Preparation\n- [ ] x\n");
		await h.plugin.openSidebar();
		const root = h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl;
		expect(root?.querySelector(".interview-prep-timer-note")?.textContent).toContain("For Acme call.");
		await h.app.vault.rename(file, "Calls/Acme renamed.md");
		expect(h.plugin.timer.state?.notePath).toBe("Calls/Acme renamed.md");
		const saved = JSON.parse(storage.read("plugin:interview-prep") ?? "{}") as { timer: { notePath: string } };
		expect(saved.timer.notePath).toBe("Calls/Acme renamed.md");
	});

	it("inserts [+mm:ss] at the cursor as one undo step", async () => {
		const { editor } = await startOn();
		await vi.advanceTimersByTimeAsync(3 * MIN + 7000);
		editor.setCursor({ line: 8, ch: 0 });
		expect(run("insert-elapsed-time")).toBe(true);
		// The stamp is checked in the parser's thread before it is written: an answer later.
		await settle();
		expect(editor.getLine(8)).toBe("[+03:07]");
		editor.undo();
		expect(editor.getValue()).toBe(NOTE);
	});

	it("keeps the stamp off the word before the cursor with a space, and adds none after a space", async () => {
		const { editor } = await startOn();
		await vi.advanceTimersByTimeAsync(1000);
		editor.setCursor({ line: 6, ch: "# Notes".length });
		run("insert-elapsed-time");
		await settle();
		expect(editor.getLine(6)).toBe("# Notes [+00:01]");
		editor.replaceRange("- said ", { line: 8, ch: 0 });
		editor.setCursor({ line: 8, ch: 7 });
		run("insert-elapsed-time");
		await settle();
		expect(editor.getLine(8)).toBe("- said [+00:01]");
	});

	it("pauses and resumes from a click on the status bar", async () => {
		await startOn();
		const item = h.app.statusBarEl.querySelector<HTMLElement>(".interview-prep-status");
		item?.click();
		expect(h.plugin.timer.reading()?.running).toBe(false);
		item?.click();
		expect(h.plugin.timer.reading()?.running).toBe(true);
	});

	it("only ticks while running, and leaves no interval behind on unload", async () => {
		// Past the moment the process index gathers its notices in, so that only the timer's own timers count.
		await vi.advanceTimersByTimeAsync(1000);
		const idle = vi.getTimerCount();
		await startOn();
		expect(vi.getTimerCount()).toBe(idle + 1);
		run("pause-resume-meeting-timer");
		expect(vi.getTimerCount()).toBe(idle);
		run("pause-resume-meeting-timer");
		h.plugin.unload();
		expect(vi.getTimerCount()).toBe(idle);
	});
});

describe("the meeting timer on its own", () => {
	it("follows its note's rename once bound, with nothing else wired, and stops following when its owner unloads", async () => {
		const app = new App();
		const owner = new Component();
		owner.load();
		const saved: (TimerState | null)[] = [];
		const timer = new MeetingTimer({
			now: () => Date.now(),
			settings: () => DEFAULT_SETTINGS,
			persist: (state) => {
				saved.push(state);
				return Promise.resolve();
			},
			notify: () => undefined,
		});
		const file = await app.vault.create("Acme.md", NOTE);
		timer.start(file.path, "Acme", 45 * MIN, "countdown");
		timer.bind(owner, app);
		await app.vault.rename(file, "Calls/Acme renamed.md");
		expect(timer.state).toMatchObject({ notePath: "Calls/Acme renamed.md", noteTitle: "Acme renamed" });
		expect(saved.at(-1)?.notePath).toBe("Calls/Acme renamed.md");
		owner.unload();
		await app.vault.rename(file, "Acme again.md");
		expect(timer.state?.notePath).toBe("Calls/Acme renamed.md");
	});
});
