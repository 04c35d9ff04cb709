import { describe, expect, it, vi } from "vitest";
import { loadPlugin, openNote, settle } from "../harness";
import { memoryStorage, shownNotices } from "../obsidian";
import * as blockFacts from "../../src/core/note/block-facts";
import { REFRESH_DELAY_MS } from "../../src/followed-note/active-note";

describe("the plugin's lifecycle", () => {
	it("stops for good on unload: the sidebar stops updating, nothing ticks, its items leave the app, and no event reaches it", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		vi.setSystemTime(new Date("2026-12-03T14:00:00Z"));
		const parse = vi.spyOn(blockFacts, "readBlockFacts");
		try {
			const storage = memoryStorage();
			const { app, plugin } = await loadPlugin({ storage });
			// A 45-minute countdown and a call at 15:00: left running, both would show notices within the hour.
			const { file, editor } = await openNote(app, "Acme.md", "---\nduration: 45m\nmeeting: 2026-12-03T15:00:00Z\n---\n# Acme call\n## Preparation\n- [ ] one\n");
			const other = await app.vault.create("Other.md", "# Other call\n## Preparation\n- [ ] other\n");
			await plugin.openSidebar();
			expect(app.executeCommandById("interview-prep:start-meeting-timer")).toBe(true);
			await vi.advanceTimersByTimeAsync(2000);

			const [sidebar] = app.workspace.getLeavesOfType("interview-prep-sidebar");
			if (!sidebar) throw new Error("the sidebar is not open");
			const prepView = sidebar.view.containerEl;
			const status = app.statusBarEl.querySelector(".interview-prep-status");
			const ribbonIcon = app.ribbonEl.querySelector('[aria-label="Open prep sidebar"]');
			// Alive: the sidebar shows the note, the status bar counts down, the palette lists the commands.
			expect(prepView.textContent).toContain("Acme call");
			expect(status?.textContent).toBe("44:58");
			expect(ribbonIcon?.isConnected).toBe(true);
			expect(app.executeCommandById("interview-prep:open-sidebar")).toBe(true);
			// Unloaded mid-typing, with a refresh still due.
			editor.replaceRange("- [ ] typed before\n", { line: 7, ch: 0 });
			await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS / 2);

			plugin.unload();
			await settle();
			parse.mockClear();
			const saved = storage.read("plugin:interview-prep");
			const shownBefore = shownNotices.length;
			const sidebarBefore = prepView.innerHTML;
			const statusBefore = status?.textContent;

			// The user goes on working: types, another app writes, renames the note, opens another, and the window hides and shows.
			editor.replaceRange("- [ ] typed\n", { line: 7, ch: 0 });
			await app.vault.modify(file, `${editor.getValue()}- [ ] synced\n`);
			await app.vault.rename(file, "Acme renamed.md");
			await app.workspace.getLeaf(true).openFile(other);
			activeDocument.dispatchEvent(new Event("visibilitychange"));
			await vi.advanceTimersByTimeAsync(60 * 60_000);

			// Obsidian's guidelines: a plugin leaves its leaves in place on unload, so the sidebar comes back where the user put it.
			expect(app.workspace.leaves).toContain(sidebar);
			expect(sidebar.containerEl.isConnected).toBe(true);
			// The plugin's view left that leaf, and it did not change after it left.
			expect(prepView.isConnected).toBe(false);
			expect(sidebar.containerEl.textContent).not.toContain("Acme call");
			expect(prepView.innerHTML).toBe(sidebarBefore);
			// Nothing ticks: no timer left on the window, no notice from the timer or the call reminders, the count stands still.
			expect(vi.getTimerCount()).toBe(0);
			expect(shownNotices.slice(shownBefore)).toEqual([]);
			expect(status?.textContent).toBe(statusBefore);
			// No workspace or vault event reached it: no note parsed, nothing saved.
			expect(parse).not.toHaveBeenCalled();
			expect(storage.read("plugin:interview-prep")).toBe(saved);
			// Its status bar item, ribbon icon, commands and settings tab are gone from the app.
			expect(status?.isConnected).toBe(false);
			expect(app.statusBarEl.textContent).toBe("");
			expect(ribbonIcon?.isConnected).toBe(false);
			expect([...app.commands.keys()].filter((id) => id.startsWith("interview-prep:"))).toEqual([]);
			expect(app.executeCommandById("interview-prep:open-sidebar")).toBe(false);
			expect(app.settingTabs).toEqual([]);
		} finally {
			parse.mockRestore();
			vi.useRealTimers();
		}
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
		expect(plugin.settings.current.headings.stories).toBe("Stories");
		expect(shownNotices.slice(before).join("\n")).toMatch(/could not be read/);
		expect(storage.read("plugin:interview-prep")).toBe("{not json");
	});

	it("keeps the good fields of partly wrong settings and says which were reset", async () => {
		const storage = memoryStorage();
		storage.write("plugin:interview-prep", JSON.stringify({ settings: { headings: { stories: "Anecdotes", questions: 7 }, questionsMin: 1 } }));
		const before = shownNotices.length;
		const { plugin } = await loadPlugin({ storage });
		expect(plugin.settings.current.headings.stories).toBe("Anecdotes");
		expect(plugin.settings.current.headings.questions).toBe("Questions");
		expect(plugin.settings.current.questionsMin).toBe(1);
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
