import { afterEach, describe, expect, it, vi } from "vitest";
import { afterRefresh, loadPlugin, openNote, settle, type Harness } from "../harness";
import { memoryStorage } from "../obsidian";
import { PrepNoteParser } from "../../src/core/note/prep-note-parser";
import { DEFAULT_SETTINGS } from "../../src/settings/prep-settings";
import { SettingsOwner, type SettingsChanged } from "../../src/settings/settings-owner";

const DATA = "plugin:interview-prep";
const NOTE = "# Acme call\n## Preparation\n- [ ] Read up\n## Anecdotes\n- Queue migration\n";

let loaded: Harness[] = [];
afterEach(() => {
	for (const h of loaded.splice(0)) h.plugin.unload();
	vi.restoreAllMocks();
});

async function load(storage = memoryStorage()) {
	const h = await loadPlugin({ storage, local: memoryStorage() });
	loaded.push(h);
	return { h, storage, settings: h.plugin.settings };
}

describe("the settings' one owner", () => {
	it("refuses a value that breaks a rule, names it, and saves and tells nothing", async () => {
		const { storage, settings } = await load();
		await settings.update({ questionsMax: 4 });
		const before = storage.read(DATA);
		const heard = vi.fn();
		settings.onChange(heard);
		await expect(settings.update({ questionsMin: -1 })).resolves.toEqual({ saved: false, rejected: ["questionsMin"] });
		await expect(settings.update({ headings: { stories: "  " } })).resolves.toEqual({ saved: false, rejected: ["headings.stories"] });
		// One bad value refuses the whole change, the good part of it too.
		await expect(settings.update({ questionsMax: 6, timerMinutes: 2.5 })).resolves.toEqual({ saved: false, rejected: ["timerMinutes"] });
		expect(settings.current).toMatchObject({ questionsMin: 2, questionsMax: 4, timerMinutes: 30, headings: { stories: "Stories" } });
		expect(storage.read(DATA)).toBe(before);
		expect(heard).not.toHaveBeenCalled();
	});

	it("saves a valid change and tells its listeners which settings changed; a change to the same value saves nothing", async () => {
		const { storage, settings } = await load();
		const heard: SettingsChanged[] = [];
		settings.onChange((changed) => heard.push(changed));
		await expect(settings.update({ questionsMax: 5, headings: { stories: "Anecdotes" } })).resolves.toEqual({ saved: true, rejected: [] });
		expect(heard).toEqual([{ keys: new Set(["headings", "questionsMax"]), origin: "here" }]);
		expect(JSON.parse(storage.read(DATA) ?? "{}")).toMatchObject({ settings: { questionsMax: 5, headings: { stories: "Anecdotes", questions: "Questions" } } });
		const before = storage.read(DATA);
		await expect(settings.update({ questionsMax: 5 })).resolves.toEqual({ saved: false, rejected: [] });
		expect(storage.read(DATA)).toBe(before);
		expect(heard).toHaveLength(1);
	});

	it("hands readers settings they cannot change", async () => {
		const { settings } = await load();
		const current = settings.current;
		const mutate = () => {
			// @ts-expect-error: the settings are read-only to their readers.
			current.questionsMin = 9;
		};
		const mutateHeading = () => {
			// @ts-expect-error: and so is everything in them.
			current.headings.stories = "Anecdotes";
		};
		const mutateList = () => {
			// @ts-expect-error: a list in them only permits reading.
			current.callReminderMinutes[0] = 1;
		};
		expect(mutate).toThrow(TypeError);
		expect(mutateHeading).toThrow(TypeError);
		expect(mutateList).toThrow(TypeError);
		expect(settings.current).toMatchObject({ questionsMin: 2, headings: { stories: "Stories" }, callReminderMinutes: [30, 10] });
	});

	it("has the followed note parsed again when a heading name changes, and not when only the questions range does", async () => {
		const { h, settings } = await load();
		await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		await afterRefresh();
		const parse = vi.spyOn(PrepNoteParser.prototype, "parse");
		const sidebar = () => h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl;
		await settings.update({ questionsMin: 1, questionsMax: 1 });
		await settle();
		expect(parse).not.toHaveBeenCalled();
		// The sidebar still shows the new range, without a parse.
		expect(sidebar()?.querySelector(".interview-prep-questions-part .interview-prep-count")?.textContent).toMatch(/^asked 0 of 1 planned/);
		await settings.update({ headings: { stories: "Anecdotes" } });
		await settle();
		expect(parse).toHaveBeenCalledTimes(1);
		expect(Array.from(sidebar()?.querySelectorAll(".interview-prep-story-title") ?? []).map((el) => el.textContent)).toEqual(["Queue migration"]);
	});

	it("tells its listeners of a change whose save failed, since the change is in use all the same", async () => {
		const owner = new SettingsOwner(DEFAULT_SETTINGS, () => Promise.reject(new Error("The disk is full")));
		const heard = vi.fn();
		owner.onChange(heard);
		await expect(owner.update({ questionsMax: 4 })).rejects.toThrow("The disk is full");
		expect(owner.current.questionsMax).toBe(4);
		expect(heard).toHaveBeenCalledWith({ keys: new Set(["questionsMax"]), origin: "here" });
	});
});
