import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPlugin, openNote, settle, type Harness } from "../harness";
import { shownNotices } from "../obsidian";

/** Every kind of write the plugin makes to a note goes through one path; each is checked the same ways here. */
const NOTE = [
	"---",
	"duration: 30m",
	"---",
	"# Acme call",
	"",
	"## Preparation",
	"",
	"- [ ] Read the post",
	"",
	"## Questions",
	"",
	"- Why is the role open?",
	"",
	"## Stories",
	"",
	"- Queue migration",
	"  - Situation: jobs overran",
	"",
	"# Notes",
	"",
	"## Agenda",
	"",
	"- intro",
	"",
].join("\n");

let h: Harness;
const flush = async () => {
	for (let i = 0; i < 6; i++) await settle();
};
const run = (id: string) => h.app.executeCommandById(`interview-prep:${id}`);
const sidebar = () => h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl ?? createDiv();

/** The writes, each as a person makes it, and what the note looks like after. */
const WRITES: { name: string; make: () => Promise<void> | void; expect: (text: string) => string }[] = [
	{
		name: "a task toggle",
		make: () => {
			run("toggle-next-prep-task");
		},
		expect: (t) => t.replace("- [ ] Read the post", "- [x] Read the post"),
	},
	{
		name: "an asked mark",
		make: async () => {
			await h.plugin.openSidebar();
			sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]')?.click();
		},
		expect: (t) => t.replace("- Why is the role open?", "- [x] Why is the role open?"),
	},
	{
		name: "a told mark",
		make: async () => {
			await h.plugin.openSidebar();
			sidebar().querySelector<HTMLInputElement>('input[aria-label="Told: Queue migration"]')?.click();
		},
		expect: (t) => t.replace("- Queue migration", "- [x] Queue migration"),
	},
	{
		name: "a section insert",
		make: () => h.plugin.templates.insertNotesSections(),
		expect: (t) => t.replace("- intro\n", "- intro\n\n## Discrepancies\n\n| Topic | What I was told before / the job post | What I was told today |\n| --- | --- | --- |\n|  |  |  |\n\n## What I said\n\n## Their questions\n"),
	},
	{
		name: "a capture",
		make: async () => {
			await h.plugin.liveCall.capture("Agenda", "four-day week");
		},
		expect: (t) => t.replace("- intro\n", `- intro\n- [${clock()}] four-day week\n`),
	},
	{
		name: "a capture that creates its section",
		make: async () => {
			await h.plugin.liveCall.capture("Discrepancies", "hybrid, not remote", false);
		},
		expect: (t) =>
			t.replace(
				"- intro\n",
				`- intro\n\n## Discrepancies\n\n| Topic | What I was told before / the job post | What I was told today |\n| --- | --- | --- |\n| [${clock()}] hybrid, not remote | | |\n`,
			),
	},
];

function clock(): string {
	const now = new Date();
	return `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
}

beforeEach(async () => {
	h = await loadPlugin();
});
afterEach(() => {
	h.plugin.unload();
	activeDocument.body.empty();
});

describe.each(WRITES)("$name, through the one edit path", (write) => {
	it("changes an open note as one undo step, keeping the cursor", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		editor.setCursor({ line: 4, ch: 0 });
		await write.make();
		await flush();
		expect(editor.getValue()).toBe(write.expect(NOTE));
		expect(editor.getCursor()).toEqual({ line: 4, ch: 0 });
		editor.undo();
		expect(editor.getValue()).toBe(NOTE);
	});

	it("changes a note that no editor shows through Vault.process, on the file's own text", async () => {
		const { file, leaf } = await openNote(h.app, "Acme.md", NOTE);
		// The sidebar read the note; then the note's tab closes, and the file gains a line from elsewhere.
		await h.plugin.openSidebar();
		await flush();
		leaf.detach();
		const outside = NOTE.replace("# Acme call\n", "# Acme call\nA line from another device.\n");
		await h.app.vault.modify(file, outside);
		const writesBefore = h.app.vault.writes.length;
		await write.make();
		await flush();
		const text = h.app.vault.peek(file.path) ?? "";
		// The line-checked writes refuse a note whose lines moved; the others land around the new line.
		if (text === outside) expect(shownNotices.at(-1)).toMatch(/changed since the sidebar read it/);
		else {
			expect(text).toBe(write.expect(outside));
			expect(h.app.vault.writes.slice(writesBefore).map(([kind]) => kind)).toContain("process");
		}
	});

	it("writes nothing, and says so, when the note left the vault first", async () => {
		const { file } = await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		await flush();
		h.app.workspace.getLeaf(false).detach();
		// Another app, or another device through sync, deletes the note.
		await h.app.vault.delete(file);
		const before = shownNotices.length;
		const writes = h.app.vault.writes.length;
		await write.make();
		await flush();
		expect(h.app.vault.writes.slice(writes)).toEqual([]);
		expect(shownNotices.length).toBeGreaterThanOrEqual(before);
	});
});

describe("the elapsed-time stamp, through the one edit path", () => {
	it("is one undo step, with the cursor after it", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		run("start-meeting-timer");
		editor.setCursor({ line: 4, ch: 0 });
		run("insert-elapsed-time");
		await flush();
		expect(editor.getLine(4)).toMatch(/^\[\+00:0\d\]$/);
		expect(editor.getCursor()).toEqual({ line: 4, ch: editor.getLine(4).length });
		editor.undo();
		expect(editor.getValue()).toBe(NOTE);
	});
});

