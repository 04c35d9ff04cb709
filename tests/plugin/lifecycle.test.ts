import { describe, expect, it, vi } from "vitest";
import { loadPlugin, openNote } from "../harness";
import { memoryStorage, shownNotices, type Component } from "../obsidian";
import * as blockFacts from "../../src/core/block-facts";

describe("the plugin's lifecycle", () => {
	it("registers its view, commands, ribbon icon and settings tab, and leaves nothing behind on unload", async () => {
		const { app, plugin } = await loadPlugin();
		await openNote(app, "Prep.md", "# Prep\n## Preparation\n- [ ] one\n");
		await plugin.openSidebar();
		expect(app.viewRegistry.has("interview-prep-sidebar")).toBe(true);
		expect([...app.commands.keys()]).toContain("interview-prep:open-sidebar");
		expect(app.ribbonEl.childElementCount).toBe(1);
		expect(app.settingTabs).toHaveLength(1);
		expect(app.workspace.listenerCount()).toBeGreaterThan(0);

		plugin.unload();

		expect(app.viewRegistry.size).toBe(0);
		expect(app.commands.size).toBe(0);
		expect(app.ribbonEl.childElementCount).toBe(0);
		expect(app.settingTabs).toHaveLength(0);
		expect(app.workspace.listenerCount()).toBe(0);
		expect(app.vault.listenerCount()).toBe(0);
		expect((plugin as unknown as Component).pendingCleanups).toBe(0);
	});

	it("does not parse in onload: the first parse waits for the layout", async () => {
		const parse = vi.spyOn(blockFacts, "readBlockFacts");
		const { app } = await loadPlugin({ layout: false });
		const file = await app.vault.create("Prep.md", "# Prep\n");
		await app.workspace.getLeaf(false).openFile(file);
		expect(parse).not.toHaveBeenCalled();
		app.workspace.finishLayout();
		await vi.waitFor(() => expect(parse).toHaveBeenCalledTimes(1));
		parse.mockRestore();
	});

	it("falls back to defaults with a notice when the saved data is corrupt, and keeps the file", async () => {
		const storage = memoryStorage();
		storage.write("plugin:interview-prep", "{not json");
		const before = shownNotices.length;
		const { plugin } = await loadPlugin({ storage });
		expect(plugin.settings.headings.stories).toBe("Stories");
		expect(shownNotices.slice(before).join("\n")).toMatch(/could not be read/);
		expect(storage.read("plugin:interview-prep")).toBe("{not json");
	});

	it("keeps the good fields of partly wrong settings and says which were reset", async () => {
		const storage = memoryStorage();
		storage.write("plugin:interview-prep", JSON.stringify({ settings: { headings: { stories: "Anecdotes", questions: 7 }, questionsMin: 1 } }));
		const before = shownNotices.length;
		const { plugin } = await loadPlugin({ storage });
		expect(plugin.settings.headings.stories).toBe("Anecdotes");
		expect(plugin.settings.headings.questions).toBe("Questions");
		expect(plugin.settings.questionsMin).toBe(1);
		expect(shownNotices.slice(before).join("\n")).toMatch(/headings\.questions/);
	});
});

describe("refreshing while the user types", () => {
	it("waits for a pause in typing: a real debounce, not a throttle", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		try {
			const { app, plugin } = await loadPlugin();
			const { editor } = await openNote(app, "Prep.md", "# Prep\n## Preparation\n- [ ] one\n");
			const published: number[] = [];
			plugin.activeNote.onChange((state) => published.push(state?.note.tasks.total ?? -1));
			for (let i = 0; i < 10; i++) {
				editor.replaceRange(`- [ ] typed ${i}\n`, { line: 3, ch: 0 });
				await vi.advanceTimersByTimeAsync(100);
			}
			expect(published).toEqual([]);
			await vi.advanceTimersByTimeAsync(300);
			expect(published).toEqual([11]);
			plugin.unload();
		} finally {
			vi.useRealTimers();
		}
	});
});
