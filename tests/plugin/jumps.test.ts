import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chooseSuggestion, type Harness, loadPlugin, openNote, settle } from "../harness";
import { MarkdownView, Platform, type WorkspaceLeaf } from "../obsidian";

const NOTE = [
	"# Acme call", // 1
	"",
	"## Preparation", // 3
	"",
	"- [ ] Read the handbook",
	"",
	"## Questions", // 7
	"",
	"- What does a typical day look like?", // 9
	"",
	"## Stories", // 11
	"",
	"- Queue migration", // 13
	"  - Result: 3 hours earlier",
	"- Billing outage", // 15
	"",
].join("\n");

let h: Harness;
beforeEach(async () => {
	h = await loadPlugin();
});
afterEach(() => {
	h.plugin.unload();
	activeDocument.body.empty();
});

function sidebarButton(text: string): HTMLButtonElement {
	const leaf = h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0];
	const found = Array.from(leaf?.view.containerEl.querySelectorAll("button") ?? []).find((b) => b.textContent === text);
	if (!found) throw new Error(`no button "${text}" in the sidebar`);
	return found;
}

async function noteWithSidebar(): Promise<{ leaf: WorkspaceLeaf; view: MarkdownView }> {
	const { leaf } = await openNote(h.app, "Acme.md", NOTE);
	await h.plugin.openSidebar();
	return { leaf, view: leaf.view as MarkdownView };
}

/** Lets a jump finish: opening a note takes a few turns of the event loop. */
async function flush(): Promise<void> {
	for (let i = 0; i < 4; i++) await settle();
}


describe("jumps from the sidebar and the commands", () => {
	it("scroll Reading view to the line, and leave the note in Reading view", async () => {
		const { leaf, view } = await noteWithSidebar();
		await leaf.setViewState({ type: "markdown", state: { file: "Acme.md", mode: "preview" } });
		expect(view.getMode()).toBe("preview");

		sidebarButton("Billing outage").click();
		await settle();
		// The preview scrolls by 0-based line, as setEphemeralState({ line }) takes it.
		expect(view.previewScrolledTo).toBe(14);
		sidebarButton("What does a typical day look like?").click();
		await settle();
		expect(view.previewScrolledTo).toBe(8);
		sidebarButton("Preparation").click();
		await settle();
		expect(view.previewScrolledTo).toBe(2);
		expect(view.getMode()).toBe("preview");

		expect(h.app.executeCommandById("interview-prep:jump-to-story")).toBe(true);
		await chooseSuggestion("queue");
		expect(view.previewScrolledTo).toBe(12);
	});

	it("bring back the timer's note in Reading view at its top, from Go to its note", async () => {
		const { leaf, view } = await noteWithSidebar();
		await leaf.setViewState({ type: "markdown", state: { mode: "preview" } });
		expect(h.app.executeCommandById("interview-prep:start-meeting-timer")).toBe(true);
		view.setEphemeralState({ line: 12 });
		const other = await h.app.vault.create("Other.md", "# Other call\n## Preparation\n- [ ] x\n");
		await h.app.workspace.getLeaf("tab").openFile(other);
		await flush();
		sidebarButton("Go to its note").click();
		await flush();
		expect(h.app.workspace.getActiveViewOfType(MarkdownView)).toBe(view);
		expect(view.getMode()).toBe("preview");
		expect(view.previewScrolledTo).toBe(0);
		h.plugin.timer.reset();
	});

	it("put the cursor on the line in the editor, scroll it into view and focus the editor", async () => {
		const { view } = await noteWithSidebar();
		sidebarButton("Billing outage").click();
		await settle();
		expect(view.editor.getCursor()).toEqual({ line: 14, ch: 0 });
		expect(view.editor.lastScrolledTo?.from.line).toBe(14);
		expect(view.editor.hasFocus()).toBe(true);
		expect(view.previewScrolledTo).toBeNull();
	});

	it("open a note that is no longer open at the line, in a leaf of the main area", async () => {
		const { leaf } = await noteWithSidebar();
		leaf.detach();
		await settle();
		sidebarButton("Billing outage").click();
		await flush();
		const view = h.app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.file?.path).toBe("Acme.md");
		expect(view?.editor.getCursor()).toEqual({ line: 14, ch: 0 });
	});

	it("on a phone, move the cursor without focusing the editor, so the keyboard stays down", async () => {
		// The phone's flag, set for this test alone.
		const platform = Platform as { isMobile: boolean };
		const wasMobile = platform.isMobile;
		platform.isMobile = true;
		try {
			const { view } = await noteWithSidebar();
			view.editor.blur();
			sidebarButton("Billing outage").click();
			await settle();
			expect(view.editor.getCursor()).toEqual({ line: 14, ch: 0 });
			expect(view.editor.lastScrolledTo?.from.line).toBe(14);
			expect(view.editor.hasFocus()).toBe(false);
		} finally {
			platform.isMobile = wasMobile;
		}
	});
});

describe("a note in a background tab that the app restored at start-up and has not shown since", () => {
	it("is brought forward at the story's line by a click in the story bank, and the note in view keeps its tab", async () => {
		const { leaf } = await noteWithSidebar();
		await h.app.vault.create("Globex.md", "---\ncompany: Globex\n---\n# Globex call\n## Stories\n- Pricing rework\n");
		await settle();
		const background = h.app.workspace.restoreBackgroundTab({ type: "markdown", state: { file: "Globex.md" } });
		expect(background.isDeferred).toBe(true);
		await h.plugin.processes.ready;
		const bank = await h.plugin.jobSearch.openView("interview-prep-story-bank", "right");
		Array.from(bank?.view.containerEl.querySelectorAll("button") ?? []).find((b) => b.textContent === "Pricing rework")?.click();
		await flush();
		const tabs = h.app.workspace.leaves.filter((l) => l.side === "main").map((l) => l.getViewState().state?.file);
		expect(tabs).toEqual(["Acme.md", "Globex.md"]);
		expect((leaf.view as MarkdownView).file?.path).toBe("Acme.md");
		expect(h.app.workspace.getActiveViewOfType(MarkdownView)?.leaf).toBe(background);
		expect((background.view as MarkdownView).editor.getCursor()).toEqual({ line: 5, ch: 0 });
	});
});
