import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chooseSuggestion, type Harness, loadPlugin, openNote, settle } from "../harness";
import { shownNotices } from "../obsidian";

const NOTE = "# Call\n## Preparation\n- [x] done\n- [ ] Research the team\n## Stories\n- Queue migration\n- Billing outage\n## Questions\n- Why this role?\n";

let h: Harness;
beforeEach(async () => {
	h = await loadPlugin();
});
afterEach(() => {
	h.plugin.unload();
	activeDocument.body.empty();
});


describe("the sidebar's commands", () => {
	it("are unavailable, not failing, when no prep note is followed", () => {
		expect(h.app.executeCommandById("interview-prep:jump-to-story")).toBe(false);
		expect(h.app.executeCommandById("interview-prep:toggle-next-prep-task")).toBe(false);
	});

	it("jump to a story and to a question through a fuzzy picker", async () => {
		const { editor } = await openNote(h.app, "Call.md", NOTE);
		expect(h.app.executeCommandById("interview-prep:jump-to-story")).toBe(true);
		await chooseSuggestion("billing");
		expect(editor.getCursor().line).toBe(6);
		expect(h.app.executeCommandById("interview-prep:jump-to-question")).toBe(true);
		await chooseSuggestion("why");
		expect(editor.getCursor().line).toBe(8);
	});

	it("check the first open preparation task, as one undo step, and say which", async () => {
		const { editor } = await openNote(h.app, "Call.md", NOTE);
		const before = shownNotices.length;
		expect(h.app.executeCommandById("interview-prep:toggle-next-prep-task")).toBe(true);
		await settle();
		expect(editor.getLine(3)).toBe("- [x] Research the team");
		expect(shownNotices.slice(before)).toEqual(["Checked: Research the team"]);
		expect(editor.getLine(2)).toBe("- [x] done");
		editor.undo();
		expect(editor.getValue()).toBe(NOTE);
	});

	it("reveal the sidebar when it is open but its split is collapsed, without opening a second one", async () => {
		await openNote(h.app, "Call.md", NOTE);
		expect(h.app.executeCommandById("interview-prep:open-sidebar")).toBe(true);
		await settle();
		const [sidebar] = h.app.workspace.getLeavesOfType("interview-prep-sidebar");
		h.app.workspace.rightSplit.collapse();
		expect(h.app.executeCommandById("interview-prep:open-sidebar")).toBe(true);
		await settle();
		expect(h.app.workspace.rightSplit.collapsed).toBe(false);
		expect(h.app.workspace.getLeavesOfType("interview-prep-sidebar")).toEqual([sidebar]);
		expect(h.app.workspace.revealed.at(-1)).toBe(sidebar);
	});

	it("open the sidebar once, however often they run", async () => {
		await openNote(h.app, "Call.md", NOTE);
		h.app.executeCommandById("interview-prep:open-sidebar");
		h.app.executeCommandById("interview-prep:open-sidebar");
		await settle();
		expect(h.app.workspace.getLeavesOfType("interview-prep-sidebar")).toHaveLength(1);
	});
});
