import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadPlugin, openNote, settle, type Harness } from "../harness";
import { shownNotices, type MarkdownView } from "../obsidian";
import { SEED_SHAPED_NOTES } from "../seed";

const NOTE = "---\ncompany: Acme\n---\n# Acme call\n\n## Preparation\n\n- [ ] Read up\n\n# Notes\n\nSome notes.\n";

let h: Harness;
beforeEach(async () => {
	h = await loadPlugin();
});
afterEach(() => h.plugin.unload());

const run = async (id: string) => {
	expect(h.app.executeCommandById(`interview-prep:${id}`)).toBe(true);
	for (let i = 0; i < 4; i++) await settle();
};

describe("Insert agenda and discrepancies", () => {
	it("adds both sections under Notes as one undo step, keeping the cursor on its line", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		editor.setCursor({ line: 7, ch: 3 });
		await run("insert-agenda-and-discrepancies");
		const text = editor.getValue();
		expect(text.startsWith(NOTE)).toBe(true);
		expect(text).toMatch(/# Notes\n\nSome notes\.\n\n## Agenda\n\n- 0–5 min/);
		expect(text).toContain("| Topic | What I was told before / the job post | What I was told today |");
		expect(editor.getCursor()).toEqual({ line: 7, ch: 3 });
		expect(shownNotices.at(-1)).toBe("Inserted Agenda, Discrepancies, What I said, Their questions.");
		editor.undo();
		expect(editor.getValue()).toBe(NOTE);
	});

	it("adds nothing the second time", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		await run("insert-agenda-and-discrepancies");
		const once = editor.getValue();
		const depth = editor.undoDepth;
		await run("insert-agenda-and-discrepancies");
		expect(editor.getValue()).toBe(once);
		expect(editor.undoDepth).toBe(depth);
		expect(shownNotices.at(-1)).toBe("Already there: Agenda, Discrepancies, What I said, Their questions.");
	});

	for (const source of SEED_SHAPED_NOTES) {
		it.skipIf(!source.present)(`fills the empty sections of ${source.label}`, async () => {
			const { editor } = await openNote(h.app, "Recruiter meeting.md", source.read());
			await run("insert-agenda-and-discrepancies");
			expect(shownNotices.at(-1)).toBe("Inserted What I said, Their questions. Filled Agenda, Discrepancies.");
			expect(editor.getValue()).toMatch(/## Agenda\n\n- 0–5 min[\s\S]*## Discrepancies\n\n\| Topic[\s\S]*## What I said\n\n## Their questions\n/);
		});
	}

	it("fills {{variables}} from the frontmatter and the note", async () => {
		await h.app.vault.createFolder("Templates");
		await h.app.vault.create("Templates/Call.md", "## Agenda\n\n- Call with {{company}} about {{title}} on {{date}}\n");
		await h.plugin.settings.update({ notesTemplatePath: "Templates/Call" });
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		await run("insert-agenda-and-discrepancies");
		expect(editor.getValue()).toMatch(/- Call with Acme about Acme call on \d{4}-\d{2}-\d{2}\n/);
	});

	it("fills {{date:FORMAT}} and {{time:FORMAT}} with their own formats, as Obsidian's Templates plugin does", async () => {
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(new Date(2026, 2, 9, 14, 5));
		try {
			await h.app.vault.createFolder("Templates");
			await h.app.vault.create("Templates/Call.md", "## Agenda\n\n- {{date:dddd, D MMMM YYYY}} at {{time:h:mm A}} ({{date}} {{ time }}, {{date:YYYY}})\n- {{nothing:x}} stays\n");
			await h.plugin.settings.update({ notesTemplatePath: "Templates/Call" });
			const { editor } = await openNote(h.app, "Acme.md", NOTE);
			await run("insert-agenda-and-discrepancies");
			expect(editor.getValue()).toContain("## Agenda\n\n- Monday, 9 March 2026 at 2:05 PM (2026-03-09 14:05, 2026)\n- {{nothing:x}} stays\n");
		} finally {
			vi.useRealTimers();
		}
	});

	it("reads a template open in an editor from that editor, so an edit not saved yet is in what it inserts", async () => {
		await h.app.vault.createFolder("Templates");
		const template = await h.app.vault.create("Templates/Call.md", "## Agenda\n\n- Introductions\n");
		await h.plugin.settings.update({ notesTemplatePath: "Templates/Call" });
		const { editor, leaf } = await openNote(h.app, "Acme.md", NOTE);
		// The template is open in a tab of its own; the user adds a line to it, and goes back to the note before the save.
		const templateLeaf = h.app.workspace.getLeaf("tab");
		await templateLeaf.openFile(template);
		const templateView = templateLeaf.view as MarkdownView;
		templateView.editor.replaceRange("- Ask about {{company}}'s roadmap\n", { line: 3, ch: 0 });
		h.app.workspace.setActiveLeaf(leaf);
		await settle();
		expect(h.app.vault.peek(template.path)).toBe("## Agenda\n\n- Introductions\n");
		await run("insert-agenda-and-discrepancies");
		expect(editor.getValue()).toContain("## Agenda\n\n- Introductions\n- Ask about Acme's roadmap\n");
	});

	it("leaves the note byte for byte unchanged, and says why, when the template file is missing", async () => {
		await h.plugin.settings.update({ notesTemplatePath: "Templates/Gone.md" });
		const { editor, file } = await openNote(h.app, "Acme.md", NOTE);
		await run("insert-agenda-and-discrepancies");
		expect(editor.getValue()).toBe(NOTE);
		expect(h.app.vault.peek(file.path)).toBe(NOTE);
		expect(editor.undoDepth).toBe(0);
		expect(shownNotices.at(-1)).toMatch(/Template file "Templates\/Gone\.md" was not found/);
	});

	it("says so, and changes nothing, when an empty template file is set", async () => {
		await h.app.vault.createFolder("Templates");
		await h.app.vault.create("Templates/Empty.md", "  \n");
		await h.plugin.settings.update({ notesTemplatePath: "Templates/Empty.md" });
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		await run("insert-agenda-and-discrepancies");
		expect(editor.getValue()).toBe(NOTE);
		expect(shownNotices.at(-1)).toMatch(/is empty/);
	});

	it("refuses, with the reason, when the note ends inside an unclosed code block", async () => {
		const odd = "# Call\n\n```\ncode that never closes\n";
		const { editor } = await openNote(h.app, "Odd.md", odd);
		await run("insert-agenda-and-discrepancies");
		expect(editor.getValue()).toBe(odd);
		expect(shownNotices.at(-1)).toMatch(/unclosed code block/);
	});

	it("writes a note that is not open through Vault.process, keeping CRLF", async () => {
		const crlf = NOTE.replace(/\n/g, "\r\n");
		const { file } = await openNote(h.app, "Acme.md", crlf);
		// Close the editor, so the sidebar keeps following the note in the background.
		h.app.workspace.getLeaf(false).detach();
		await settle();
		await run("insert-agenda-and-discrepancies");
		const text = h.app.vault.peek(file.path) ?? "";
		expect(text.startsWith(crlf)).toBe(true);
		expect(text).toContain("## Agenda\r\n");
		expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
		expect(h.app.vault.writes.at(-1)).toEqual(["process", "Acme.md"]);
	});
});

describe("Insert prep sections", () => {
	it("gives a note without prep headings the prep skeleton, under its title", async () => {
		const { editor } = await openNote(h.app, "Plain.md", "# Globex\n\nMet at a meetup.\n\n# Notes\n");
		await run("insert-prep-sections");
		const headings = editor.getValue().split("\n").filter((l) => l.startsWith("#"));
		expect(headings).toEqual([
			"# Globex", "## Preparation", "## Ice breakers", "## Questions", "### Chosen", "### Extra", "## Highlights", "## Concerns", "## Stories", "### Work-related", "### Standard", "# Notes",
		]);
	});

	it("is what the sidebar's empty state offers", async () => {
		const { editor } = await openNote(h.app, "Plain.md", "# Globex\n");
		await h.plugin.openSidebar();
		const root = h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl;
		const button = Array.from(root?.querySelectorAll("button") ?? []).find((b) => b.textContent === "Insert prep sections");
		button?.click();
		for (let i = 0; i < 4; i++) await settle();
		expect(editor.getValue()).toContain("## Preparation");
		expect(root?.querySelector(".interview-prep-empty")?.classList.contains("interview-prep-hidden")).toBe(true);
	});
});

describe("New prep note", () => {
	it("creates <folder>/<date> <company> <round>.md from the template, the company and the round in its properties, and opens it", async () => {
		const file = await h.plugin.templates.createNote("Initech: Inc", "Screening");
		expect(file?.path).toMatch(/^Interviews\/\d{4}-\d{2}-\d{2} Initech Inc Screening\.md$/);
		const text = h.app.vault.peek(file?.path ?? "") ?? "";
		expect(text).toMatch(/^---\ncompany: Initech Inc\nround: Screening\n/);
		expect(text).toContain("# Initech Inc Screening");
		expect(h.app.workspace.getActiveFile()?.path).toBe(file?.path);
	});

	it("asks for the company, offering the vault's, and files one typed in another case under the vault's company", async () => {
		await h.app.vault.createFolder("Interviews");
		await h.app.vault.create("Interviews/2026-12-01 Acme recruiter call.md", "---\ncompany: Acme\nround: Recruiter call\n---\n# Acme recruiter call\n\n## Preparation\n");
		await h.plugin.processes.rebuild();
		expect(h.app.executeCommandById("interview-prep:new-prep-note")).toBe(true);
		const modal = activeDocument.querySelector(".modal");
		expect(Array.from(modal?.querySelectorAll("datalist option") ?? []).map((o) => o.getAttribute("value"))).toEqual(["Acme"]);
		const [company, round] = Array.from(modal?.querySelectorAll<HTMLInputElement>("input") ?? []);
		expect(round?.placeholder).toBe("Recruiter call");
		if (!company) throw new Error("no company field");
		company.value = " acme ";
		company.dispatchEvent(new Event("input"));
		// The default round follows the company: Acme has had one.
		expect(round?.placeholder).toBe("Round 2");
		company.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await settle();
		const path = h.app.workspace.getActiveFile()?.path ?? "";
		expect(path).toMatch(/^Interviews\/\d{4}-\d{2}-\d{2} Acme Round 2\.md$/);
		expect(h.app.vault.peek(path)).toMatch(/^---\ncompany: Acme\nround: Round 2\n/);
		await h.plugin.processes.rebuild();
		expect(h.plugin.processes.processOf("Acme")?.rounds.map((r) => r.round)).toEqual(["Recruiter call", "Round 2"]);
	});

	it("opens an existing note instead of overwriting it", async () => {
		const first = await h.plugin.templates.createNote("Initech");
		const path = first?.path ?? "";
		await h.app.vault.modify(first as never, "my own words\n");
		const second = await h.plugin.templates.createNote("Initech");
		expect(second?.path).toBe(path);
		expect(h.app.vault.peek(path)).toBe("my own words\n");
		expect(shownNotices.at(-1)).toMatch(/already exists/);
	});

	it("makes the folders a date format with / asks for", async () => {
		await h.plugin.settings.update({ dateFormat: "YYYY/MM/DD" });
		const file = await h.plugin.templates.createNote("Initech");
		expect(file?.path).toMatch(/^Interviews\/\d{4}\/\d{2}\/\d{2} Initech\.md$/);
		expect(h.app.vault.peek(file?.path ?? "")).toContain("# Initech");
	});

	it("opens a note whose name differs only in case, as a disk that ignores case would", async () => {
		h.app.vault.caseInsensitive = true;
		const first = await h.plugin.templates.createNote("initech");
		const second = await h.plugin.templates.createNote("Initech");
		expect(second?.path).toBe(first?.path);
		expect(h.app.vault.getMarkdownFiles()).toHaveLength(1);
		expect(shownNotices.at(-1)).toMatch(/already exists/);
	});

	it("says why in a notice when the note cannot be created", async () => {
		await h.app.vault.create("Interviews", "a file where the folder should be\n");
		const before = shownNotices.length;
		expect(await h.plugin.templates.createNote("Initech")).toBeNull();
		expect(shownNotices.slice(before).join()).toMatch(/Could not create .*Interviews.* is a file/);
		expect(h.app.vault.peek("Interviews")).toBe("a file where the folder should be\n");
	});
});
