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
