import { afterEach, describe, expect, it, vi } from "vitest";
import { loadPlugin, openNote, type Harness } from "../harness";
import { memoryStorage, shownNotices } from "../obsidian";

const DATA = "plugin:interview-prep";
const MIN = 60_000;

/** A data file as versions before typed settings saved it: the lists as the text typed into the tab. */
const OLD_SETTINGS = {
	headings: { stories: "Geschichten" },
	timerWarnMinutes: "10, 5",
	timerOverrunMinutes: "",
	starWords: "Lage, Aufgabe, Aktion, Ergebnis",
	callReminderMinutes: "15",
};

const NOTE = [
	"---",
	"meeting: 2026-12-03T15:00:00Z",
	"duration: 30m",
	"---",
	"# Acme call",
	"## Preparation",
	"- [ ] Read up",
	"## Geschichten",
	"- Queue migration",
	"  - Lage: nightly jobs overran",
	"  - Aufgabe: finish before reports",
	"  - Aktion: moved to a queue",
	"  - Ergebnis: 3 hours earlier",
	"",
].join("\n");

type Saved = { settings: Record<string, unknown> };
const saved = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.read(DATA) ?? "{}") as Saved;

let loaded: Harness[] = [];
afterEach(() => {
	for (const h of loaded.splice(0)) h.plugin.unload();
	vi.useRealTimers();
});

async function load(storage: ReturnType<typeof memoryStorage>) {
	const h = await loadPlugin({ storage, local: memoryStorage() });
	loaded.push(h);
	return h;
}

describe("settings stored as values", () => {
	it("saves the minute lists as numbers and the STAR words as a list", async () => {
		const storage = memoryStorage();
		const h = await load(storage);
		await h.plugin.settings.update({ callReminderMinutes: [20, 5] });
		expect(saved(storage).settings).toMatchObject({
			timerWarnMinutes: [5],
			timerOverrunMinutes: [5],
			starWords: ["Situation", "Task", "Action", "Result"],
			callReminderMinutes: [20, 5],
		});
	});

	it("refuses a list in the text form, or one that breaks a rule, and saves nothing", async () => {
		const storage = memoryStorage();
		const h = await load(storage);
		await h.plugin.settings.update({ questionsMax: 4 });
		const before = storage.read(DATA);
		// The text form is the tab's alone; a caller that hands it over untyped is refused.
		await expect(h.plugin.settings.update({ timerWarnMinutes: "10, 5" as unknown as number[] })).resolves.toEqual({ saved: false, rejected: ["timerWarnMinutes"] });
		await expect(h.plugin.settings.update({ callReminderMinutes: [10, 0] })).resolves.toEqual({ saved: false, rejected: ["callReminderMinutes"] });
		await expect(h.plugin.settings.update({ starWords: ["Situation", "Task", "Action"] })).resolves.toEqual({ saved: false, rejected: ["starWords"] });
		expect(storage.read(DATA)).toBe(before);
		expect(h.plugin.settings.current.timerWarnMinutes).toEqual([5]);
	});

	it("loads a data file an earlier version saved, with the lists as text, into values, and saves them as values at the next change", async () => {
		const storage = memoryStorage();
		storage.write(DATA, JSON.stringify({ settings: OLD_SETTINGS }));
		const before = shownNotices.length;
		const h = await load(storage);
		expect(h.plugin.settings.current).toMatchObject({
			timerWarnMinutes: [10, 5],
			timerOverrunMinutes: [],
			starWords: ["Lage", "Aufgabe", "Aktion", "Ergebnis"],
			callReminderMinutes: [15],
		});
		// Nothing in it was unreadable, so nothing was reset and no notice says so.
		expect(shownNotices.slice(before)).toEqual([]);
		expect(storage.read(DATA)).toBe(JSON.stringify({ settings: OLD_SETTINGS }));
		await h.plugin.settings.update({ questionsMax: 4 });
		expect(saved(storage).settings).toMatchObject({ timerWarnMinutes: [10, 5], timerOverrunMinutes: [], starWords: ["Lage", "Aufgabe", "Aktion", "Ergebnis"], callReminderMinutes: [15] });
	});

	it("reads old text as it was read before: STAR words that are not four fall back to the English ones, and minutes that are not numbers are reset and named", async () => {
		const storage = memoryStorage();
		storage.write(DATA, JSON.stringify({ settings: { starWords: "Lage, Aufgabe", timerWarnMinutes: "soon" } }));
		const before = shownNotices.length;
		const h = await load(storage);
		expect(h.plugin.settings.current.starWords).toEqual(["Situation", "Task", "Action", "Result"]);
		expect(h.plugin.settings.current.timerWarnMinutes).toEqual([5]);
		expect(shownNotices.slice(before).join("\n")).toMatch(/could not be read \(timerWarnMinutes\)/);
	});

	it("runs the timer's warnings and the call's reminder at an old file's minutes, and counts stories ready by its words", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		vi.setSystemTime(new Date("2026-12-03T14:40:00Z"));
		const storage = memoryStorage();
		storage.write(DATA, JSON.stringify({ settings: OLD_SETTINGS }));
		const h = await load(storage);
		const before = shownNotices.length;
		await openNote(h.app, "Acme.md", NOTE);
		await vi.advanceTimersByTimeAsync(6 * MIN);
		expect(shownNotices.slice(before)).toEqual(["Call with Acme call in 15 min: prep 0/1, stories ready 1/1"]);
		expect(h.app.executeCommandById("interview-prep:start-meeting-timer")).toBe(true);
		await vi.advanceTimersByTimeAsync(40 * MIN);
		// The old file warns at 10 and 5 minutes left, and its empty overrun list says nothing past the end.
		expect(shownNotices.slice(before + 1)).toEqual(["Acme call: 10 min left", "Acme call: 5 min left", "Acme call: time is up"]);
	});

	it("takes the capture target an earlier version kept in the synced settings into this device's memory once, and drops it from the file at the next save", async () => {
		const storage = memoryStorage();
		const local = memoryStorage();
		storage.write(DATA, JSON.stringify({ settings: { captureTarget: "Discrepancies" } }));
		let h = await loadPlugin({ storage, local });
		loaded.push(h);
		expect(h.app.loadLocalStorage("interview-prep-capture-target")).toBe("Discrepancies");
		await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.liveCall.capture("Notes", "Salary band is 120-140");
		h.plugin.unload();
		// The file still holds the old target; this device's own choice since then wins.
		expect(storage.read(DATA)).toContain('"captureTarget":"Discrepancies"');
		h = await loadPlugin({ storage, local });
		loaded.push(h);
		expect(h.app.loadLocalStorage("interview-prep-capture-target")).toBe("Notes");
		await h.plugin.settings.update({ questionsMax: 4 });
		expect(storage.read(DATA)).not.toContain("captureTarget");
	});

	it("does not take a capture target from the synced settings once the device remembers one", async () => {
		const storage = memoryStorage();
		const local = memoryStorage();
		const first = await loadPlugin({ storage, local });
		first.app.saveLocalStorage("interview-prep-capture-target", "Agenda");
		first.plugin.unload();
		storage.write(DATA, JSON.stringify({ settings: { captureTarget: "Discrepancies" } }));
		const again = await loadPlugin({ storage, local });
		loaded.push(again);
		expect(again.app.loadLocalStorage("interview-prep-capture-target")).toBe("Agenda");
	});
});

describe("the data file at load", () => {
	type File = { settings: Record<string, unknown>; offered: unknown[]; claims: unknown[] };
	const file = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.read(DATA) ?? "{}") as File;

	it("falls back to the defaults with a notice naming the data file when it holds no settings object, and leaves the file as it is", async () => {
		const storage = memoryStorage();
		storage.write(DATA, '"questionsMax: 7"');
		const before = shownNotices.length;
		const h = await load(storage);
		expect(h.plugin.settings.current.questionsMax).toBe(3);
		expect(shownNotices.slice(before)).toEqual(["Interview prep: saved data that could not be read (data file) is back to its defaults."]);
		expect(storage.read(DATA)).toBe('"questionsMax: 7"');
	});

	it("opens again with no notice after a restart, with the timer stopped or running", async () => {
		const storage = memoryStorage();
		let h = await load(storage);
		await h.plugin.settings.update({ questionsMax: 4 });
		const before = shownNotices.length;
		h.plugin.unload();
		h = await load(storage);
		expect(h.plugin.settings.current.questionsMax).toBe(4);
		await openNote(h.app, "Acme.md", NOTE);
		expect(h.app.executeCommandById("interview-prep:start-meeting-timer")).toBe(true);
		h.plugin.unload();
		h = await load(storage);
		expect(h.plugin.timer.reading()?.running).toBe(true);
		expect(shownNotices.slice(before).filter((n) => n.startsWith("Interview prep:"))).toEqual([]);
	});

	it("keeps the time of the last settings change across a restart, so an older synced file that lands later does not undo it", async () => {
		const storage = memoryStorage();
		let h = await load(storage);
		await h.plugin.settings.update({ questionsMax: 6 });
		h.plugin.unload();
		h = await load(storage);
		// Another device's file from an hour before that change arrives.
		const older = { settings: { questionsMax: 2 }, timer: null, offered: [], changes: { settings: { at: Date.now() - 60 * MIN, device: "other" }, timer: { at: 0, device: "" } } };
		storage.write(DATA, JSON.stringify(older));
		await h.plugin.onExternalSettingsChange();
		expect(h.plugin.settings.current.questionsMax).toBe(6);
		expect(file(storage).settings.questionsMax).toBe(6);
	});

	it("does not take a blank capture target from the synced settings of an earlier version", async () => {
		const storage = memoryStorage();
		storage.write(DATA, JSON.stringify({ settings: { captureTarget: "  " } }));
		const h = await load(storage);
		expect(h.app.loadLocalStorage("interview-prep-capture-target")).toBeNull();
	});

	it("leaves out of the shown notices and their claims what cannot be read, and writes back only what can", async () => {
		const storage = memoryStorage();
		const claim = { id: "debrief:Interviews/Acme.md:1", at: 1000, device: "other" };
		storage.write(DATA, JSON.stringify({ settings: {}, offered: [42, "debrief:Interviews/Beta.md:2", null], claims: [claim, { at: 2000, device: "other" }, { id: "debrief:Interviews/Beta.md:2" }, { id: "debrief:Interviews/Gamma.md:3", at: "soon", device: "other" }, "debrief"] }));
		let h = await load(storage);
		await h.plugin.settings.update({ questionsMax: 4 });
		expect(file(storage)).toMatchObject({ offered: ["debrief:Interviews/Beta.md:2"], claims: [claim] });
		// A file from a version before either list has neither.
		h.plugin.unload();
		storage.write(DATA, JSON.stringify({ settings: {} }));
		h = await load(storage);
		await h.plugin.settings.update({ questionsMax: 4 });
		expect(file(storage)).toMatchObject({ offered: [], claims: [] });
	});
});
