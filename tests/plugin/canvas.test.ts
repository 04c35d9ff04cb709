import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Harness, loadPlugin, settle, sidebarOf } from "../harness";
import { CanvasView, MarkdownView, type CanvasCard } from "../obsidian";
import { REFRESH_DELAY_MS } from "../../src/followed-note/active-note";

const NOTE = "# Acme call\n\n## Preparation\n\n- [ ] Read the handbook\n- [x] Pick questions\n\n## Stories\n\n- Billing outage\n";

let h: Harness;
beforeEach(async () => {
	vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
	h = await loadPlugin();
});
afterEach(() => {
	h.plugin.unload();
	activeDocument.body.empty();
	vi.useRealTimers();
});

const sidebar = () => sidebarOf(h.app);
const overall = () => sidebar().querySelector(".interview-prep-header .interview-prep-progress-count")?.textContent;

/** The sidebar open, and a canvas in the main area with the note's card being edited. */
async function editingCard(): Promise<{ card: CanvasCard; canvas: CanvasView }> {
	const note = await h.app.vault.create("Acme.md", NOTE);
	const board = await h.app.vault.create("Board.canvas", "{}");
	await h.plugin.openSidebar();
	const leaf = h.app.workspace.getLeaf(false);
	await leaf.openFile(board);
	const canvas = leaf.view as CanvasView;
	const card = await canvas.editCard(note);
	await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);
	return { card, canvas };
}

describe("a note edited in a canvas card", () => {
	it("is followed by the sidebar from the card's live text, before the card saves it", async () => {
		const { card } = await editingCard();
		// No markdown view shows the note: the card's editor is the only one.
		expect(h.app.workspace.getLeavesOfType("markdown")).toEqual([]);
		expect(h.app.workspace.activeEditor).toBe(card);
		expect(overall()).toBe("1/2");
		card.editor.replaceRange("- [x] Print the post\n", { line: 6, ch: 0 });
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);
		expect(h.app.vault.peek("Acme.md")).toBe(NOTE);
		expect(overall()).toBe("2/3");
	});

	it("takes a task toggle through the card's editor, so one undo reverts it and nothing is written under it", async () => {
		const { card } = await editingCard();
		card.editor.replaceRange("- [ ] Rehearse the intro\n", { line: 6, ch: 0 });
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);
		const typed = card.editor.getValue();
		const writes = h.app.vault.writes.length;
		sidebar().querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Preparation"]')?.click();
		// The task typed a moment ago, which the file on disk does not have yet.
		sidebar().querySelector<HTMLInputElement>('.interview-prep-open-tasks input[data-line="7"]')?.click();
		await settle();
		expect(card.editor.getLine(6)).toBe("- [x] Rehearse the intro");
		expect(h.app.vault.writes.slice(writes)).toEqual([]);
		card.editor.undo();
		expect(card.editor.getValue()).toBe(typed);
		// The card saves its own text, as the app's editors do.
		await vi.advanceTimersByTimeAsync(2000);
		expect(h.app.vault.peek("Acme.md")).toBe(typed);
	});

	it("takes a task toggle through the card's editor also where a click in the sidebar leaves no active editor", async () => {
		h.app.workspace.sidebarClickClearsActiveEditor = true;
		const { card } = await editingCard();
		card.editor.replaceRange("- [ ] Rehearse the intro\n", { line: 6, ch: 0 });
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);
		const typed = card.editor.getValue();
		const writes = h.app.vault.writes.length;
		sidebar().querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Preparation"]')?.click();
		expect(h.app.workspace.activeEditor).toBeNull();
		sidebar().querySelector<HTMLInputElement>('.interview-prep-open-tasks input[data-line="7"]')?.click();
		await settle();
		expect(card.editor.getLine(6)).toBe("- [x] Rehearse the intro");
		expect(h.app.vault.writes.slice(writes)).toEqual([]);
		expect(overall()).toBe("2/3");
		card.editor.undo();
		expect(card.editor.getValue()).toBe(typed);
	});

	it("is followed again when the user comes back to the canvas from another tab", async () => {
		const { canvas } = await editingCard();
		const other = await h.app.vault.create("Other.md", "# Other call\n\n## Preparation\n\n- [ ] One\n- [ ] Two\n- [ ] Three\n");
		await h.app.workspace.getLeaf("tab").openFile(other);
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);
		expect(overall()).toBe("0/3");
		h.app.workspace.setActiveLeaf(canvas.leaf);
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);
		expect(overall()).toBe("1/2");
	});

	it("jumps within the card, and leaves the canvas open", async () => {
		const { card, canvas } = await editingCard();
		[...sidebar().querySelectorAll("button")].find((b) => b.textContent === "Billing outage")?.click();
		await settle();
		expect(card.editor.getCursor()).toEqual({ line: 9, ch: 0 });
		expect(h.app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
		expect(canvas.leaf.view).toBe(canvas);
	});

	it("types the meeting timer's stamp into the card, from the palette, as one undo step", async () => {
		const { card } = await editingCard();
		expect(h.app.executeCommandById("interview-prep:start-meeting-timer")).toBe(true);
		await vi.advanceTimersByTimeAsync(5000);
		card.editor.setCursor({ line: 2, ch: "## Preparation".length });
		expect(h.app.executeCommandById("interview-prep:insert-elapsed-time")).toBe(true);
		await settle();
		expect(card.editor.getLine(2)).toBe("## Preparation [+00:05]");
		expect(h.app.vault.peek("Acme.md")).toBe(NOTE);
		card.editor.undo();
		expect(card.editor.getValue()).toBe(NOTE);
	});
});
