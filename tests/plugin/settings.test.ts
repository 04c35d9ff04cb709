import { afterEach, describe, expect, it, vi } from "vitest";
import { CURRENT_API_VERSION, loadPlugin, openNote, settle, type Harness } from "../harness";
import { memoryStorage, type PluginSettingTab } from "../obsidian";

/** Both ways the app draws the tab: from the definitions on 1.13+, and through `display()` before it. */
const VERSIONS = [
	{ label: "Obsidian 1.13, which draws the tab from its definitions", apiVersion: CURRENT_API_VERSION, declarative: true },
	{ label: "Obsidian before 1.13, which calls display()", apiVersion: "1.12.7", declarative: false },
];

const DATA = "plugin:interview-prep";

const tabOf = (h: Harness): PluginSettingTab => {
	const found = h.app.settingTabs[0];
	if (!found) throw new Error("no settings tab");
	return found;
};

/** Opens the settings modal on the plugin's tab, and lets the first validation run. */
async function openTab(h: Harness): Promise<PluginSettingTab> {
	const tab = tabOf(h);
	h.app.openSettingTab(tab);
	await settle();
	return tab;
}

function rowOf(h: Harness, name: string): HTMLElement {
	const rows = Array.from(tabOf(h).containerEl.querySelectorAll<HTMLElement>(".setting-item:not(.setting-item-heading)"));
	const row = rows.find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!row) throw new Error(`no setting "${name}"`);
	return row;
}

function controlOf(h: Harness, name: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
	const control = rowOf(h, name).querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input, select, textarea");
	if (!control) throw new Error(`setting "${name}" has no control`);
	return control;
}

/** Types into a setting, or picks an option, as the user does. */
async function enter(h: Harness, name: string, value: string): Promise<void> {
	const control = controlOf(h, name);
	control.value = value;
	control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? "change" : "input"));
	await settle();
}

/** The message a setting shows the user under its name, or "" when it shows none. */
function messageOf(h: Harness, name: string): string {
	const shown = Array.from(rowOf(h, name).querySelectorAll<HTMLElement>("[role=alert]")).filter((el) => el.isShown());
	return shown.map((el) => el.textContent ?? "").join(" ");
}

/** The tab as the user reads it: each heading with the names of the settings under it, in order. */
function groupsOf(h: Harness): [string, string[]][] {
	const groups: [string, string[]][] = [];
	for (const item of Array.from(tabOf(h).containerEl.querySelectorAll(".setting-item"))) {
		const name = item.querySelector(".setting-item-name")?.textContent ?? "";
		if (item.classList.contains("setting-item-heading")) groups.push([name, []]);
		else if (groups.length === 0) groups.push(["", [name]]);
		else groups[groups.length - 1]?.[1].push(name);
	}
	return groups;
}

const GROUPS: [string, string[]][] = [
	["Note structure", ["Preparation heading", "Stories heading", "Questions heading", "Notes heading", "What I said heading", "Their questions heading", "Debrief heading", "Done characters", "Cancelled characters"]],
	["Questions", ["Questions to ask, at least", "Questions to ask, at most"]],
	["Templates and new notes", ["Agenda and discrepancies template", "Prep sections template", "New prep note template", "New prep note folder", "Date format", "Time format"]],
	["Interview process", ["Company key", "Debrief template", "Offer the debrief after, in hours", "Topics of what you said"]],
	["Meeting timer", ["Timer mode", "Meeting length in minutes", "Warn before the end", "Warn when running over"]],
	["Before the call", ["Story readiness words", "Remind before the call"]],
];

const saved = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.read(DATA) ?? "{}") as { settings?: Record<string, unknown> };

let loaded: Harness[] = [];
afterEach(() => {
	for (const h of loaded.splice(0)) h.plugin.unload();
});

describe("the settings tab's groups", () => {
	it("are the same, with the same settings in the same order, whether Obsidian draws the tab from its definitions or through display()", async () => {
		const drawn: [string, string[]][][] = [];
		for (const version of VERSIONS) {
			const h = await loadPlugin({ apiVersion: version.apiVersion });
			loaded.push(h);
			await openTab(h);
			drawn.push(groupsOf(h));
		}
		expect(drawn[0]).toEqual(GROUPS);
		expect(drawn[1]).toEqual(GROUPS);
	});

	it("hold every setting the user can change, each once", async () => {
		const h = await loadPlugin();
		loaded.push(h);
		const keys: string[] = [];
		for (const item of tabOf(h).getSettingDefinitions()) {
			if (!("type" in item) || item.type !== "group") throw new Error("every setting belongs to a group");
			for (const child of item.items ?? []) if ("control" in child && child.control) keys.push(child.control.key);
		}
		const settable = Object.entries(h.plugin.settings.current as unknown as Record<string, unknown>).flatMap(([key, value]) =>
			typeof value === "object" && value !== null && !Array.isArray(value) ? Object.keys(value).map((sub) => `${key}.${sub}`) : [key],
		);
		// Every setting is one the user edits: what a device remembers of its own use is kept apart, on the device.
		expect(keys.sort()).toEqual(settable.sort());
	});
});

for (const version of VERSIONS) {
	describe(`the settings tab on ${version.label}`, () => {
		const load = async (storage = memoryStorage()) => {
			const h = await loadPlugin({ storage, local: memoryStorage(), apiVersion: version.apiVersion });
			loaded.push(h);
			return { h, storage };
		};

		it(version.declarative ? "is drawn from the definitions, and display() is never called" : "is drawn by display()", async () => {
			const { h } = await load();
			const display = vi.spyOn(tabOf(h), "display");
			await openTab(h);
			expect(display).toHaveBeenCalledTimes(version.declarative ? 0 : 1);
			expect(controlOf(h, "Stories heading")).toBeInstanceOf(HTMLInputElement);
			expect((controlOf(h, "Stories heading") as HTMLInputElement).value).toBe("Stories");
			expect(controlOf(h, "Timer mode")).toBeInstanceOf(HTMLSelectElement);
			expect(controlOf(h, "Meeting length in minutes").value).toBe("30");
		});

		it("says why a value is refused, and saves nothing", async () => {
			const { h, storage } = await load();
			await openTab(h);
			const before = storage.read(DATA);
			await enter(h, "Stories heading", "   ");
			expect(messageOf(h, "Stories heading")).toBe("This cannot be empty.");
			await enter(h, "Questions to ask, at least", "2.5");
			expect(messageOf(h, "Questions to ask, at least")).toBe("Enter a whole number.");
			await enter(h, "Warn before the end", "soon");
			expect(messageOf(h, "Warn before the end")).toBe("Enter minutes such as 5 or 10, 5.");
			expect(h.plugin.settings.current.headings.stories).toBe("Stories");
			expect(h.plugin.settings.current.questionsMin).toBe(2);
			expect(h.plugin.settings.current.timerWarnMinutes).toEqual([5]);
			expect(storage.read(DATA)).toBe(before);
			// A valid value clears the message and is saved.
			await enter(h, "Warn before the end", "10, 5");
			expect(messageOf(h, "Warn before the end")).toBe("");
			expect(saved(storage).settings?.timerWarnMinutes).toEqual([10, 5]);
		});

		it("saves a valid value to the data file, and the sidebar reads the note with it", async () => {
			const { h, storage } = await load();
			await openNote(h.app, "Call.md", "# Call\n## Anecdotes\n- Queue migration\n");
			await h.plugin.openSidebar();
			await openTab(h);
			await enter(h, "Stories heading", "Anecdotes");
			expect(h.plugin.settings.current.headings.stories).toBe("Anecdotes");
			expect(saved(storage).settings).toMatchObject({ headings: { stories: "Anecdotes" } });
			await vi.waitFor(() => {
				const sidebar = h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl;
				expect(Array.from(sidebar?.querySelectorAll(".interview-prep-story-title") ?? []).map((el) => el.textContent)).toEqual(["Queue migration"]);
			});
		});

		it("shows the minute lists and the STAR words as text, and saves what is typed as lists", async () => {
			const { h, storage } = await load();
			await openTab(h);
			expect(controlOf(h, "Remind before the call").value).toBe("30, 10");
			expect(controlOf(h, "Story readiness words").value).toBe("Situation, Task, Action, Result");
			await enter(h, "Remind before the call", "20,5");
			await enter(h, "Warn when running over", "");
			await enter(h, "Story readiness words", " Lage, Aufgabe ,Aktion, Ergebnis");
			expect(saved(storage).settings).toMatchObject({ callReminderMinutes: [20, 5], timerOverrunMinutes: [], starWords: ["Lage", "Aufgabe", "Aktion", "Ergebnis"] });
			const before = storage.read(DATA);
			await enter(h, "Story readiness words", "Lage, Aufgabe");
			expect(messageOf(h, "Story readiness words")).toBe("Enter four words, separated by commas.");
			await enter(h, "Story readiness words", " , ");
			expect(messageOf(h, "Story readiness words")).toBe("This cannot be empty.");
			expect(storage.read(DATA)).toBe(before);
			expect(h.plugin.settings.current.starWords).toEqual(["Lage", "Aufgabe", "Aktion", "Ergebnis"]);
		});

		it("shows the said topics one a line in a text area, saves what is typed as topics, and keeps the last good ones with a message for a line it cannot read", async () => {
			const { h, storage } = await load();
			await openTab(h);
			const area = controlOf(h, "Topics of what you said");
			expect(area).toBeInstanceOf(HTMLTextAreaElement);
			expect(area.value.split("\n")).toEqual([
				"pay: salary, compensation, comp, pay, base, rate, OTE, equity, range",
				"notice: notice, start date, available, start",
				"location: remote, hybrid, onsite, on-site, relocate, location, office",
				"leaving: leaving, why I left, reason",
			]);
			await enter(h, "Topics of what you said", "Gehalt: Gehalt, Vergütung\n# comment\nKündigung: Kündigungsfrist");
			expect(saved(storage).settings?.saidTopics).toEqual([
				{ name: "Gehalt", words: ["Gehalt", "Vergütung"] },
				{ name: "Kündigung", words: ["Kündigungsfrist"] },
			]);
			const before = storage.read(DATA);
			await enter(h, "Topics of what you said", "Gehalt: Gehalt\nKündigung Kündigungsfrist");
			expect(messageOf(h, "Topics of what you said")).toBe("Line 2 needs a topic, a colon and its words, such as pay: salary, compensation.");
			await enter(h, "Topics of what you said", "");
			expect(messageOf(h, "Topics of what you said")).toBe("Enter at least one topic, such as pay: salary, compensation.");
			expect(storage.read(DATA)).toBe(before);
			expect(h.plugin.settings.current.saidTopics.map((topic) => topic.name)).toEqual(["Gehalt", "Kündigung"]);
		});

		it("saves numbers as numbers, and the timer mode from its dropdown", async () => {
			const { h, storage } = await load();
			await openTab(h);
			await enter(h, "Questions to ask, at most", "4");
			await enter(h, "Timer mode", "countup");
			expect(saved(storage).settings).toMatchObject({ questionsMax: 4, timerMode: "countup" });
		});

		it("takes the default when a number field is cleared, never 0: the debrief is not offered at the call's start", async () => {
			const { h, storage } = await load();
			await openTab(h);
			await enter(h, "Offer the debrief after, in hours", "5");
			expect(h.plugin.settings.current.debriefAfterHours).toBe(5);
			await enter(h, "Offer the debrief after, in hours", "");
			expect(messageOf(h, "Offer the debrief after, in hours")).toBe("");
			expect(h.plugin.settings.current.debriefAfterHours).toBe(2);
			expect(saved(storage).settings).toMatchObject({ debriefAfterHours: 2 });
			await enter(h, "Meeting length in minutes", "");
			expect(h.plugin.settings.current.timerMinutes).toBe(30);
		});

		it("shows the values another device synced while the tab is open", async () => {
			const shared = memoryStorage();
			const { h: here } = await load(shared);
			const { h: there } = await load(shared);
			await openTab(here);
			await openTab(there);
			await enter(there, "Stories heading", "Anecdotes");
			await enter(there, "Timer mode", "countup");
			await here.plugin.onExternalSettingsChange();
			await settle();
			expect(here.plugin.settings.current.headings.stories).toBe("Anecdotes");
			expect((controlOf(here, "Stories heading") as HTMLInputElement).value).toBe("Anecdotes");
			expect(controlOf(here, "Timer mode").value).toBe("countup");
		});

		it("draws nothing for a sync while the tab is closed, and shows the synced values when it opens", async () => {
			const shared = memoryStorage();
			const { h: here } = await load(shared);
			const { h: there } = await load(shared);
			await openTab(here);
			here.app.closeSettings();
			const display = vi.spyOn(tabOf(here), "display");
			await openTab(there);
			await enter(there, "Questions to ask, at most", "5");
			await here.plugin.onExternalSettingsChange();
			await settle();
			expect(display).not.toHaveBeenCalled();
			expect(tabOf(here).containerEl.isConnected).toBe(false);
			await openTab(here);
			expect(controlOf(here, "Questions to ask, at most").value).toBe("5");
		});
	});
}
