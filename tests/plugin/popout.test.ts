import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadPlugin, openNote, settle, type Harness } from "../harness";
import { WorkspaceWindow, type WorkspaceLeaf } from "../obsidian";

const MIN = 60_000;
const NOTE = "---\nduration: 45m\n---\n# Acme call\n## Preparation\n- [ ] Read up\n";

let h: Harness;
beforeEach(async () => {
	vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
	vi.setSystemTime(new Date("2026-12-03T15:00:00Z"));
	h = await loadPlugin();
	await openNote(h.app, "Acme.md", NOTE);
	expect(h.app.executeCommandById("interview-prep:start-meeting-timer")).toBe(true);
	await settle();
});
afterEach(() => {
	h.plugin.unload();
	h.app.workspace.rootSplit.setHidden(false);
	activeDocument.body.empty();
	vi.useRealTimers();
});

/** A sidebar in a new popout window, and that window. */
async function sidebarInPopout(): Promise<{ leaf: WorkspaceLeaf; popout: WorkspaceWindow }> {
	const leaf = h.app.workspace.openPopoutLeaf();
	await leaf.setViewState({ type: "interview-prep-sidebar" });
	const popout = leaf.getContainer();
	if (!(popout instanceof WorkspaceWindow)) throw new Error("the leaf is not in a popout");
	return { leaf, popout };
}

const clock = (leaf: WorkspaceLeaf) => leaf.view.containerEl.querySelector('[role="timer"]')?.textContent;
const status = () => h.app.statusBarEl.querySelector(".interview-prep-status")?.textContent;

describe("the timer with the sidebar in a popout window", () => {
	it("keeps ticking while the main window is hidden and the popout shows, stops when both are hidden, and redraws at once when the popout shows again", async () => {
		const { leaf, popout } = await sidebarInPopout();
		// The sidebar lives in the popout's own document.
		expect(leaf.view.containerEl.doc).toBe(popout.doc);
		expect(popout.doc).not.toBe(h.app.workspace.rootSplit.doc);

		h.app.workspace.rootSplit.setHidden(true);
		await vi.advanceTimersByTimeAsync(2 * MIN);
		expect(clock(leaf)).toBe("43:00");
		// It ticks on the popout's own timers, which the hidden main window would slow down.
		expect(popout.intervals.size).toBe(1);

		popout.setHidden(true);
		await vi.advanceTimersByTimeAsync(MIN);
		expect(clock(leaf)).toBe("43:00");
		expect(popout.intervals.size).toBe(0);

		popout.setHidden(false);
		expect(clock(leaf)).toBe("42:00");
		// The main window's status bar catches up as soon as that window shows again.
		h.app.workspace.rootSplit.setHidden(false);
		expect(status()).toBe("42:00");
	});

	it("follows the sidebar into a popout it moves to after the timer started", async () => {
		await h.plugin.openSidebar();
		const [leaf] = h.app.workspace.getLeavesOfType("interview-prep-sidebar");
		if (!leaf) throw new Error("the sidebar is not open");
		const popout = h.app.workspace.moveLeafToPopout(leaf);
		expect(leaf.view.containerEl.doc).toBe(popout.doc);

		h.app.workspace.rootSplit.setHidden(true);
		popout.setHidden(true);
		await vi.advanceTimersByTimeAsync(MIN);
		popout.setHidden(false);
		expect(clock(leaf)).toBe("44:00");
		await vi.advanceTimersByTimeAsync(MIN);
		expect(clock(leaf)).toBe("43:00");
	});

	it("stops ticking for a closed popout, and leaves no interval behind", async () => {
		// Past the moment the process index gathers its notices in, so that only the timer's own timers count.
		await vi.advanceTimersByTimeAsync(1000);
		const idle = vi.getTimerCount();
		const { popout } = await sidebarInPopout();
		h.app.workspace.rootSplit.setHidden(true);
		expect(vi.getTimerCount()).toBe(idle);
		expect(popout.intervals.size).toBe(1);
		h.app.workspace.closeWindow(popout);
		expect(vi.getTimerCount()).toBe(idle - 1);
		h.app.workspace.rootSplit.setHidden(false);
		expect(vi.getTimerCount()).toBe(idle);
		h.plugin.unload();
		expect(vi.getTimerCount()).toBe(idle - 1);
	});
});

describe("the upcoming calls view in a popout window", () => {
	it("counts down to the call on the popout's own timers, and leaves none behind when the popout closes", async () => {
		await h.app.vault.create("Globex.md", "---\ncompany: Globex\nmeeting: 2026-12-03T16:30\n---\n# Globex call\n");
		await settle();
		await h.plugin.processes.ready;
		const leaf = h.app.workspace.openPopoutLeaf();
		await leaf.setViewState({ type: "interview-prep-calls" });
		const popout = leaf.getContainer();
		if (!(popout instanceof WorkspaceWindow)) throw new Error("the leaf is not in a popout");
		const timeLeft = () => leaf.view.containerEl.querySelector(".is-upcoming .interview-prep-round-facts span")?.textContent;
		const before = timeLeft();
		expect(popout.intervals.size).toBe(1);
		await vi.advanceTimersByTimeAsync(MIN);
		expect(timeLeft()).not.toBe(before);
		h.app.workspace.closeWindow(popout);
		expect(popout.intervals.size).toBe(0);
	});
});
