import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadPlugin, openNote, settle, type Harness } from "../harness";
import { memoryStorage, shownNotices } from "../obsidian";
import type { SettingsChanged } from "../../src/settings/settings-owner";

const MIN = 60_000;
const NOTE = "---\nduration: 30m\n---\n# Acme call\n## Preparation\n- [ ] Read up\n";

/** Two devices: each its own app and local storage, sharing one data file as a sync service would. */
let shared: ReturnType<typeof memoryStorage>;
let a: Harness;
let b: Harness;

const sync = async (to: Harness) => {
	await to.plugin.onExternalSettingsChange();
	await settle();
};

beforeEach(async () => {
	vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
	vi.setSystemTime(new Date("2026-12-03T15:00:00Z"));
	shared = memoryStorage();
	a = await loadPlugin({ storage: shared, local: memoryStorage() });
	b = await loadPlugin({ storage: shared, local: memoryStorage() });
	await openNote(a.app, "Acme.md", NOTE);
	await openNote(b.app, "Acme.md", NOTE);
});
afterEach(() => {
	a.plugin.unload();
	b.plugin.unload();
	vi.useRealTimers();
});

describe("two devices sharing one data file", () => {
	it("shows a timer started on A as running on B, with the same elapsed time", async () => {
		a.app.executeCommandById("interview-prep:start-meeting-timer");
		await settle();
		await vi.advanceTimersByTimeAsync(4 * MIN);
		await sync(b);
		expect(b.plugin.timer.reading()).toMatchObject({ running: true, elapsedMs: 4 * MIN });
		expect(b.plugin.timer.reading()?.elapsedMs).toBe(a.plugin.timer.reading()?.elapsedMs);
	});

	it("pauses on both when B pauses", async () => {
		a.app.executeCommandById("interview-prep:start-meeting-timer");
		await settle();
		await sync(b);
		await vi.advanceTimersByTimeAsync(MIN);
		b.app.executeCommandById("interview-prep:pause-resume-meeting-timer");
		await sync(a);
		expect(a.plugin.timer.reading()).toMatchObject({ running: false, elapsedMs: MIN });
	});

	it("rejects a stale write that arrives late, and saves the newer state again", async () => {
		a.app.executeCommandById("interview-prep:start-meeting-timer");
		await settle();
		const stale = shared.read("plugin:interview-prep");
		await sync(b);
		await vi.advanceTimersByTimeAsync(1000);
		b.app.executeCommandById("interview-prep:pause-resume-meeting-timer");
		// The older file, with the timer running, lands after B's pause.
		shared.write("plugin:interview-prep", stale);
		await sync(b);
		expect(b.plugin.timer.reading()?.running).toBe(false);
		const saved = JSON.parse(shared.read("plugin:interview-prep") ?? "{}") as { timer: { pausedAt: number | null } };
		expect(saved.timer.pausedAt).not.toBeNull();
	});

	it("ignores corrupt or partial incoming data with one warning, keeping the last good state", async () => {
		a.app.executeCommandById("interview-prep:start-meeting-timer");
		await settle();
		await sync(b);
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		for (const bad of ['{"settings": {"headings"', JSON.stringify({ settings: { questionsMin: "two" }, timer: null, changes: { settings: { at: 9e15, device: "z" }, timer: { at: 9e15, device: "z" } } }), JSON.stringify({ settings: {} })]) {
			shared.write("plugin:interview-prep", bad);
			await expect(b.plugin.onExternalSettingsChange()).resolves.toBeUndefined();
		}
		expect(warn).toHaveBeenCalledTimes(3);
		expect(b.plugin.timer.reading()?.running).toBe(true);
		expect(b.plugin.settings.current.questionsMin).toBe(2);
		warn.mockRestore();
	});

	it("ignores a synced file whose timer cannot be read, keeping the timer running", async () => {
		a.app.executeCommandById("interview-prep:start-meeting-timer");
		await settle();
		await sync(b);
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		const file = JSON.parse(shared.read("plugin:interview-prep") ?? "{}") as Record<string, unknown>;
		const later = { at: Date.now() + MIN, device: "z" };
		shared.write("plugin:interview-prep", JSON.stringify({ ...file, timer: { startedAt: "soon" }, changes: { settings: later, timer: later } }));
		await sync(b);
		expect(warn).toHaveBeenCalledTimes(1);
		expect(b.plugin.timer.reading()?.running).toBe(true);
		warn.mockRestore();
	});

	it("does not repeat on B a notice that A already showed", async () => {
		a.app.executeCommandById("interview-prep:start-meeting-timer");
		await settle();
		await sync(b);
		// B is asleep while A passes the 5-minute warning.
		b.plugin.timer.restore(null);
		await vi.advanceTimersByTimeAsync(25 * MIN + 1000);
		expect(shownNotices.filter((n) => n === "Acme call: 5 min left")).toHaveLength(1);
		await sync(b);
		await vi.advanceTimersByTimeAsync(2000);
		expect(shownNotices.filter((n) => n === "Acme call: 5 min left")).toHaveLength(1);
	});

	it("takes settings changed on the other device", async () => {
		await a.plugin.settings.update({ questionsMax: 5 });
		await sync(b);
		expect(b.plugin.settings.current.questionsMax).toBe(5);
	});

	it("takes settings another device saved in the older text form as values, and tells listeners they came from elsewhere", async () => {
		const heard: SettingsChanged[] = [];
		b.plugin.settings.onChange((changed) => heard.push(changed));
		// A device still on a version before typed settings saves the lists as text.
		const older = { settings: { timerWarnMinutes: "10, 5", starWords: "Lage, Aufgabe, Aktion, Ergebnis", callReminderMinutes: "15" }, timer: null };
		shared.write("plugin:interview-prep", JSON.stringify({ ...older, changes: { settings: { at: Date.now(), device: "older" }, timer: { at: 0, device: "" } } }));
		await sync(b);
		expect(b.plugin.settings.current).toMatchObject({ timerWarnMinutes: [10, 5], starWords: ["Lage", "Aufgabe", "Aktion", "Ergebnis"], callReminderMinutes: [15] });
		expect(heard).toEqual([{ keys: new Set(["timerWarnMinutes", "starWords", "callReminderMinutes"]), origin: "elsewhere" }]);
		// B's next change saves them as values.
		await b.plugin.settings.update({ questionsMax: 4 });
		const saved = JSON.parse(shared.read("plugin:interview-prep") ?? "{}") as { settings: Record<string, unknown> };
		expect(saved.settings).toMatchObject({ timerWarnMinutes: [10, 5], starWords: ["Lage", "Aufgabe", "Aktion", "Ergebnis"], callReminderMinutes: [15], questionsMax: 4 });
	});
});

describe("what stays on one device", () => {
	const DATA = "plugin:interview-prep";
	/** The section Capture note starts on, as its dialog shows it; the dialog is closed again. */
	const captureStartsOn = (h: typeof a) => {
		expect(h.app.executeCommandById("interview-prep:capture-note")).toBe(true);
		const modal = activeDocument.querySelector(".interview-prep-capture")?.closest(".modal");
		const checked = modal?.querySelector('[role="radio"][aria-checked="true"]')?.textContent;
		modal?.querySelector<HTMLElement>(".modal-close-button")?.click();
		return checked;
	};

	it("keeps the section Capture note used last on the device that used it, out of the shared file", async () => {
		await a.plugin.settings.update({ questionsMax: 4 });
		const before = shared.read(DATA);
		expect(await a.plugin.liveCall.capture("Notes", "Salary band is 120-140")).toBe(true);
		expect(shared.read(DATA)).toBe(before);
		await sync(b);
		expect(captureStartsOn(a)).toBe("Notes");
		expect(captureStartsOn(b)).toBe("Agenda");
		expect(a.app.loadLocalStorage("interview-prep-capture-target")).toBe("Notes");
		expect(b.app.loadLocalStorage("interview-prep-capture-target")).toBeNull();
	});

	it("keeps the bullets a device turned into tasks on that device, out of the shared file", async () => {
		const note = "# Acme call\n## Preparation\n- [ ] Read up\n## Questions\n- Why is the role open?\n";
		const { editor } = await openNote(a.app, "Questions.md", note);
		await a.plugin.openSidebar();
		const before = shared.read(DATA);
		a.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl.querySelector<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]')?.click();
		await settle();
		await settle();
		expect(editor.getLine(4)).toBe("- [x] Why is the role open?");
		expect(a.app.loadLocalStorage("interview-prep-plain-items")).toHaveLength(1);
		expect(b.app.loadLocalStorage("interview-prep-plain-items")).toBeNull();
		expect(shared.read(DATA)).toBe(before);
	});
});
