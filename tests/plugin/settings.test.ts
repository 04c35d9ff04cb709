import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPlugin, openNote, settle, type Harness } from "../harness";
import { memoryStorage } from "../obsidian";

let h: Harness;
let storage: ReturnType<typeof memoryStorage>;
beforeEach(async () => {
	storage = memoryStorage();
	h = await loadPlugin({ storage });
});
afterEach(() => h.plugin.unload());

const tab = () => {
	const found = h.app.settingTabs[0];
	if (!found) throw new Error("no settings tab");
	return found;
};
const field = (name: string) => {
	const row = Array.from(tab().containerEl.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	const control = row?.querySelector<HTMLInputElement | HTMLSelectElement>("input, select");
	if (!control) throw new Error(`no setting "${name}"`);
	return control;
};
const type = async (name: string, value: string) => {
	const control = field(name);
	control.value = value;
	control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? "change" : "input"));
	await settle();
};

describe("the settings tab", () => {
	it("offers the same settings to both settings APIs", () => {
		tab().display();
		const names = Array.from(tab().containerEl.querySelectorAll(".setting-item-name")).map((el) => el.textContent);
		const defined = tab().getSettingDefinitions().map((d) => ("name" in d ? d.name : ""));
		expect(names).toEqual(defined);
		expect(names).toContain("Stories heading");
	});

	it("saves a heading name, and the sidebar reads the note with it", async () => {
		await openNote(h.app, "Call.md", "# Call\n## Anecdotes\n- Queue migration\n");
		tab().display();
		await type("Stories heading", "Anecdotes");
		expect(h.plugin.settings.headings.stories).toBe("Anecdotes");
		expect(JSON.parse(storage.read("plugin:interview-prep") ?? "{}")).toMatchObject({ settings: { headings: { stories: "Anecdotes" } } });
		await settle();
		expect(h.plugin.activeNote.state?.note.stories.map((s) => s.title)).toEqual(["Queue migration"]);
	});

	it("keeps the old value when the new one is not valid", async () => {
		tab().display();
		await type("Stories heading", "   ");
		await type("Warn before the end", "soon");
		expect(h.plugin.settings.headings.stories).toBe("Stories");
		expect(h.plugin.settings.timerWarnMinutes).toBe("5");
	});

	it("switches the timer to counting up", async () => {
		tab().display();
		await type("Timer mode", "countup");
		expect(h.plugin.settings.timerMode).toBe("countup");
	});
});
