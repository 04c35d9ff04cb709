import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterRefresh, chooseSuggestion, type Harness, loadPlugin, openNote, settle, sidebarOf } from "../harness";
import { shownNotices, type Events } from "../obsidian";
import { SEED_SHAPED_NOTES } from "../seed";
import { FIRST_CARDS } from "../../src/sidebar/story-cards";
import { LONG_NOTE_CHARS } from "../../src/parsing/parse-service";

const NOTE = [
	"# Acme call",
	"",
	"## Preparation",
	"",
	"- [ ] Read the handbook",
	"- [x] Pick questions",
	"- [-] Print the post",
	"",
	"## Questions",
	"",
	"### Chosen",
	"",
	"- What does a typical day look like?",
	"",
	"## Stories",
	"",
	"### Work",
	"",
	"- Queue migration",
	"  - Situation: nightly jobs overran",
	"  - Result: 3 hours earlier",
	"- Billing outage",
	"  - Caught by schema checks",
	"",
].join("\n");

const sidebar = sidebarOf;

const texts = (root: HTMLElement, selector: string) => Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? "");
const button = (root: HTMLElement, text: string) => {
	const found = Array.from(root.querySelectorAll("button")).find((b) => b.textContent === text);
	if (!found) throw new Error(`no button "${text}"`);
	return found;
};

/** Opens the note, then the sidebar beside it. */
async function withSidebar(text: string, path = "Acme.md") {
	const { editor } = await openNote(h.app, path, text);
	await h.plugin.openSidebar();
	return { editor, root: sidebar(h.app) };
}

let h: Harness;
beforeEach(async () => {
	h = await loadPlugin();
});
afterEach(() => h.plugin.unload());

for (const source of SEED_SHAPED_NOTES) {
	describe.skipIf(!source.present)(`the sidebar on ${source.label}`, () => {
		it("shows 1/8 overall, Preparation at 0/7, 6 story cards in 2 groups, and 4 chosen and 3 extra questions, 7 in the note", async () => {
			await openNote(h.app, "Recruiter meeting.md", source.read());
			await h.plugin.openSidebar();
			const root = sidebar(h.app);
			const header = root.querySelector(".interview-prep-header");
			expect(header?.querySelector(".interview-prep-progress-count")?.textContent).toBe("1/8");
			expect(header?.querySelector("progress")?.getAttribute("value")).toBe("1");
			expect(header?.querySelector("progress")?.getAttribute("max")).toBe("8");
			const prep = Array.from(root.querySelectorAll(".interview-prep-section")).find((row) => row.querySelector(".interview-prep-section-name")?.textContent === "Preparation");
			expect(prep?.querySelector(".interview-prep-progress-count")?.textContent).toBe("0/7");
			expect(root.querySelectorAll("article.interview-prep-story")).toHaveLength(6);
			expect(texts(root, ".interview-prep-stories > .interview-prep-group-title")).toEqual(["Work-related", "Standard"]);
			const groups = Array.from(root.querySelectorAll(".interview-prep-question-group"));
			expect(groups.map((g) => [g.querySelector(".interview-prep-group-title")?.textContent, g.querySelectorAll("li.interview-prep-question").length])).toEqual([
				["Chosen", 4],
				["Extra", 3],
			]);
			expect(texts(root, ".interview-prep-questions-part .interview-prep-count")).toEqual(["asked 0 of 2–3 planned · 7 in the note"]);
		});
	});
}

describe("the sidebar", () => {
	it("jumps the editor to a section, a story and a question", async () => {
		const { editor, root } = await withSidebar(NOTE);
		button(root, "Preparation").click();
		await settle();
		expect(editor.getCursor().line).toBe(2);
		expect(editor.lastScrolledTo?.from.line).toBe(2);
		button(root, "Billing outage").click();
		await settle();
		expect(editor.getCursor().line).toBe(21);
		button(root, "What does a typical day look like?").click();
		await settle();
		expect(editor.getCursor().line).toBe(12);
	});

	it("toggles exactly the clicked task through the editor, and one undo reverts it", async () => {
		const { editor, root } = await withSidebar(NOTE);
		root.querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Preparation"]')?.click();
		const box = root.querySelector<HTMLInputElement>('.interview-prep-open-tasks input[data-line="5"]');
		expect(box).not.toBeNull();
		box?.click();
		await settle();
		expect(editor.getValue()).toBe(NOTE.replace("- [ ] Read the handbook", "- [x] Read the handbook"));
		expect(root.querySelector(".interview-prep-header .interview-prep-progress-count")?.textContent).toBe("2/2");
		editor.undo();
		expect(editor.getValue()).toBe(NOTE);
	});

	it("refuses a toggle when the line changed since the sidebar read it", async () => {
		const { editor, root } = await withSidebar(NOTE);
		root.querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Preparation"]')?.click();
		editor.replaceRange("Skim", { line: 4, ch: 6 }, { line: 4, ch: 10 });
		const changed = editor.getValue();
		const before = shownNotices.length;
		root.querySelector<HTMLInputElement>('.interview-prep-open-tasks input[data-line="5"]')?.click();
		await settle();
		expect(editor.getValue()).toBe(changed);
		expect(shownNotices.slice(before).join()).toMatch(/changed since the sidebar read it/);
	});

	it("follows typing after a pause, and keeps collapsed cards collapsed", async () => {
		const { editor, root } = await withSidebar(NOTE);
		root.querySelector<HTMLButtonElement>('[aria-label="Collapse Queue migration"]')?.click();
		const filter = root.querySelector<HTMLInputElement>(".interview-prep-filter");
		editor.replaceRange("- [ ] Test the microphone\n", { line: 7, ch: 0 });
		await afterRefresh();
		expect(root.querySelector(".interview-prep-header .interview-prep-progress-count")?.textContent).toBe("1/3");
		const card = Array.from(root.querySelectorAll("article")).find((a) => a.textContent?.includes("Queue migration"));
		expect(card?.classList.contains("is-collapsed")).toBe(true);
		expect(card?.querySelector(".interview-prep-story-details")).toBeNull();
		expect(root.querySelector(".interview-prep-filter")).toBe(filter);
	});

	it("redraws only the card whose story changed, and a card kept while lines above it moved acts on the story's new line", async () => {
		const { editor, root } = await withSidebar(NOTE);
		const card = (title: string) => Array.from(root.querySelectorAll("article")).find((a) => a.querySelector("h4")?.textContent === title);
		const queue = card("Queue migration");
		const billing = card("Billing outage");
		editor.replaceRange("  - Action: one more detail\n", { line: 23, ch: 0 });
		await afterRefresh();
		// The changed card is new and shows the detail; the other is the same element, so what was selected in it stays.
		expect(card("Billing outage")).not.toBe(billing);
		expect(card("Billing outage")?.textContent).toContain("one more detail");
		expect(card("Queue migration")).toBe(queue);
		// A task typed above every story moves them all down a line and redraws no card.
		editor.replaceRange("- [ ] Test the microphone\n", { line: 7, ch: 0 });
		await afterRefresh();
		expect(card("Queue migration")).toBe(queue);
		queue?.querySelector<HTMLButtonElement>("h4 button")?.click();
		await settle();
		expect(editor.getCursor().line).toBe(19);
		queue?.querySelector<HTMLInputElement>("input.interview-prep-told")?.click();
		await settle();
		expect(editor.getLine(19)).toBe("- [x] Queue migration");
	});

	it("narrows the cards with the filter, by title or detail", async () => {
		const { root } = await withSidebar(NOTE);
		const filter = root.querySelector<HTMLInputElement>(".interview-prep-filter");
		if (!filter) throw new Error("no filter");
		const visible = () => Array.from(root.querySelectorAll("article:not(.interview-prep-hidden) h4")).map((el) => el.textContent);
		filter.value = "schema";
		filter.dispatchEvent(new Event("input"));
		expect(visible()).toEqual(["Billing outage"]);
		expect(root.querySelector(".interview-prep-stories-part .interview-prep-count")?.textContent).toBe("1 of 2");
		filter.value = "";
		filter.dispatchEvent(new Event("input"));
		expect(visible()).toEqual(["Queue migration", "Billing outage"]);
	});

	it("draws a long note's parts each in a turn of its own when it opens, and an edit to it at once", async () => {
		const stories = Array.from({ length: 700 }, (_, i) => `- Long story ${i + 1}\n  - Situation: the setting of long story ${i + 1}, told at some length`).join("\n");
		const long = `# Long\n## Preparation\n- [ ] Read\n## Stories\n${stories}\n`;
		expect(long.length).toBeGreaterThan(LONG_NOTE_CHARS);
		const { root } = await withSidebar(NOTE);
		await openNote(h.app, "Long.md", long);
		await h.plugin.activeNote.refresh();
		// Its model has come; its cards come in later turns, not in the task that brought it.
		expect(texts(root, "article h4")).toEqual(["Queue migration", "Billing outage"]);
		await vi.waitFor(() => expect(texts(root, "article h4")[0]).toBe("Long story 1"));
		await vi.waitFor(() => expect(root.querySelectorAll("article")).toHaveLength(60));
		// Once drawn, an edit redraws what it changed at once.
		const file = h.app.vault.getFileByPath("Long.md");
		if (!file) throw new Error("no note");
		await h.app.vault.modify(file, long.replace("Long story 1\n", "Long story one\n"));
		await h.plugin.activeNote.refresh();
		expect(texts(root, "article h4")[0]).toBe("Long story one");
	});

	it("draws a huge note's first 60 cards, a screenful at once and the rest in slices, shows more on request, and filters across all of them", async () => {
		const stories = Array.from({ length: 75 }, (_, i) => `- Story ${i + 1}\n  - detail ${i + 1}`).join("\n");
		const { root } = await withSidebar(`# Big\n## Stories\n${stories}\n`);
		// The group's title and the cards after it up to a screenful come in the first slice, whatever the time.
		expect(root.querySelectorAll("article").length).toBeGreaterThanOrEqual(FIRST_CARDS - 1);
		await vi.waitFor(() => expect(root.querySelectorAll("article")).toHaveLength(60));
		expect(texts(root, "article h4").slice(0, 3)).toEqual(["Story 1", "Story 2", "Story 3"]);
		button(root, "Show 15 more stories").click();
		await vi.waitFor(() => expect(root.querySelectorAll("article")).toHaveLength(75));
		expect(texts(root, "article h4").at(-1)).toBe("Story 75");
		const filter = root.querySelector<HTMLInputElement>(".interview-prep-filter");
		if (!filter) throw new Error("no filter");
		filter.value = "detail 72";
		filter.dispatchEvent(new Event("input"));
		expect(texts(root, "article h4")).toEqual(["Story 72"]);
	});

	it("reads a long note in the background, with a progress line, and ends with the same model", async () => {
		const sections = Array.from({ length: 400 }, (_, i) => `## Part ${i}\n- [ ] task ${i}\n${"Some transcript text. ".repeat(8)}\n`).join("\n");
		const note = `# Long\n## Preparation\n- [ ] first\n${sections}`;
		expect(note.length).toBeGreaterThan(50_000);
		const progress: number[] = [];
		h.plugin.activeNote.onProgress((share) => progress.push(share));
		const { root } = await withSidebar(note, "Long.md");
		await vi.waitFor(() => expect(root.querySelector(".interview-prep-header .interview-prep-progress-count")?.textContent).toBe("0/401"), { timeout: 5000 });
		expect(progress.at(-1)).toBe(1);
		expect(root.querySelector(".interview-prep-status-line")?.classList.contains("interview-prep-hidden")).toBe(true);
	});

	it("says so when no note is open, and what it looks for in a note without prep headings", async () => {
		await h.plugin.openSidebar();
		const root = sidebar(h.app);
		expect(root.querySelector(".interview-prep-empty")?.textContent).toMatch(/Open a prep note/);
		await openNote(h.app, "Shopping.md", "# Shopping\n\n- milk\n");
		await settle();
		expect(root.querySelector(".interview-prep-empty")?.textContent).toMatch(/no Preparation, Stories or Questions heading/);
		expect(root.querySelector(".interview-prep-body")?.classList.contains("interview-prep-hidden")).toBe(true);
	});

	it("keeps showing the last prep note when focus moves to the sidebar", async () => {
		await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		const leaf = h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0];
		if (leaf) h.app.workspace.setActiveLeaf(leaf);
		await settle();
		expect(sidebar(h.app).querySelector(".interview-prep-title")?.textContent).toBe("Acme call");
	});

	it("shows HTML and script in the note as literal text, never as markup", async () => {
		const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
		const note = `# ${payload}\n## Preparation\n- [ ] ${payload}\n## Stories\n- ${payload}\n  - [link](javascript:alert(1))\n## Questions\n- ${payload}\n`;
		await openNote(h.app, "Evil.md", note);
		await h.plugin.openSidebar();
		const root = sidebar(h.app);
		expect(root.querySelectorAll("img, script, a")).toHaveLength(0);
		expect(root.querySelector(".interview-prep-title")?.textContent).toBe(payload);
		expect(root.querySelector("article h4")?.textContent).toBe(payload);
		expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
	});

	it("releases every listener when the view closes", async () => {
		await openNote(h.app, "Acme.md", NOTE);
		const activeNote = h.plugin.activeNote as unknown as Events;
		const timer = h.plugin.timer as unknown as Events;
		const before = { note: activeNote.listenerCount(), timer: timer.listenerCount(), workspace: h.app.workspace.listenerCount() };
		await h.plugin.openSidebar();
		expect(activeNote.listenerCount()).toBeGreaterThan(before.note);
		expect(timer.listenerCount()).toBeGreaterThan(before.timer);
		h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.detach();
		await settle();
		expect({ note: activeNote.listenerCount(), timer: timer.listenerCount(), workspace: h.app.workspace.listenerCount() }).toEqual(before);
	});
});

describe("keyboard focus across refreshes", () => {
	it("stays on the same story toggle when the stories redraw", async () => {
		const { editor, root } = await withSidebar(NOTE);
		const toggle = root.querySelector<HTMLButtonElement>('[aria-label="Collapse Billing outage"]');
		toggle?.focus();
		expect(activeDocument.activeElement).toBe(toggle);
		editor.replaceRange("  - Caught it in staging\n", { line: 23, ch: 0 });
		await afterRefresh();
		const again = root.querySelector<HTMLButtonElement>('[aria-label="Collapse Billing outage"]');
		expect(again).not.toBe(toggle);
		expect(activeDocument.activeElement).toBe(again);
	});
});

describe("a note whose headings are in another language", () => {
	const GERMAN = "# Anruf bei Acme\n\n## Vorbereitung\n\n- [ ] Stellenanzeige lesen\n\n## Fragen\n\n- Wie sieht ein typischer Tag aus?\n";

	it("says the heading names are a setting, and its button opens the plugin's settings", async () => {
		const { root } = await withSidebar(GERMAN, "Acme.md");
		expect(root.querySelector(".interview-prep-empty")?.textContent).toContain("set the heading names in the settings");
		button(root, "Set heading names").click();
		const shown = h.app.settingsEl.querySelector(".vertical-tab-content");
		expect(shown?.textContent).toContain("Preparation heading");
	});

	it("shows the note once the heading names are set to its language", async () => {
		const { root } = await withSidebar(GERMAN, "Acme.md");
		await h.plugin.settings.update({ headings: { ...h.plugin.settings.current.headings, preparation: "Vorbereitung", questions: "Fragen" } });
		await settle();
		await afterRefresh();
		expect(root.querySelector(".interview-prep-header .interview-prep-progress-count")?.textContent).toBe("0/1");
		expect(texts(root, "li.interview-prep-question > .interview-prep-link")).toEqual(["Wie sieht ein typischer Tag aus?"]);
	});
});

describe("undo from the sidebar", () => {
	const QUESTIONS = "# Acme call\n\n## Questions\n\n### Chosen\n\n- Why is the role open?\n- What does a typical day look like?\n\n### Extra\n\n- How is the team split?\n";
	const press = (el: Element, init: KeyboardEventInit) => el.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init }));

	it("undoes a click on an asked box with Ctrl+Z while focus stays on the box, one step per action, and redoes it", async () => {
		const { editor, root } = await withSidebar(QUESTIONS);
		const box = root.querySelector<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]');
		box?.focus();
		box?.click();
		await afterRefresh();
		expect(editor.getValue()).toContain("- [x] Why is the role open?");
		const focused = activeDocument.activeElement ?? root;
		press(focused, { key: "z", ctrlKey: true });
		await afterRefresh();
		expect(editor.getValue()).toBe(QUESTIONS);
		press(activeDocument.activeElement ?? root, { key: "z", ctrlKey: true, shiftKey: true });
		await afterRefresh();
		expect(editor.getValue()).toContain("- [x] Why is the role open?");
	});

	it("keeps focus with a question moved to Extra, so a second Enter moves the same question back", async () => {
		const { editor, root } = await withSidebar(QUESTIONS);
		const move = root.querySelector<HTMLButtonElement>('button[aria-label="Move to Extra: Why is the role open?"]');
		move?.focus();
		move?.click();
		await afterRefresh();
		expect(activeDocument.activeElement?.getAttribute("aria-label")).toBe("Move to Chosen: Why is the role open?");
		(activeDocument.activeElement as HTMLButtonElement | null)?.click();
		await afterRefresh();
		const chosen = Array.from(root.querySelectorAll<HTMLElement>(".interview-prep-question-group")).find((g) => g.querySelector(".interview-prep-group-title")?.textContent === "Chosen");
		expect(texts(chosen ?? root, "li.interview-prep-question > .interview-prep-link")).toEqual(["What does a typical day look like?", "Why is the role open?"]);
		press(activeDocument.activeElement ?? root, { key: "z", ctrlKey: true });
		await afterRefresh();
		press(activeDocument.activeElement ?? root, { key: "z", ctrlKey: true });
		await afterRefresh();
		expect(editor.getValue()).toBe(QUESTIONS);
	});

	it("leaves Ctrl+Z to a text field in the sidebar", async () => {
		const story = "# Acme call\n\n## Stories\n\n- Outage\n  - Situation: down\n";
		const { editor, root } = await withSidebar(`${QUESTIONS}\n${story.slice("# Acme call\n\n".length)}`);
		root.querySelector<HTMLInputElement>('.interview-prep-story input[type="checkbox"]')?.click();
		await afterRefresh();
		const told = editor.getValue();
		const filter = root.querySelector<HTMLInputElement>("input[type=search], input[type=text]");
		if (!filter) throw new Error("no filter field");
		press(filter, { key: "z", ctrlKey: true });
		await afterRefresh();
		expect(editor.getValue()).toBe(told);
	});
});

for (const source of SEED_SHAPED_NOTES) {
	describe.skipIf(!source.present)(`at a glance, on ${source.label}`, () => {
		it("shows the ice breakers, highlights and concerns, with the salary range under its concern, and jumps to a section", async () => {
			const { editor, root } = await withSidebar(source.read(), "Recruiter meeting.md");
			const part = root.querySelector<HTMLElement>(".interview-prep-glance-part");
			expect(part?.classList.contains("interview-prep-hidden")).toBe(false);
			expect(texts(part ?? root, ".interview-prep-group-title")).toEqual(["Ice breakers", "Highlights", "Concerns"]);
			expect(texts(part ?? root, ".interview-prep-glance > li")[0]).toMatch(/^Time ?zone/);
			const concern = Array.from(part?.querySelectorAll(".interview-prep-glance > li") ?? []).find((li) => li.firstChild?.textContent === "Salary range");
			expect(concern?.querySelector(".interview-prep-glance-nested li")?.textContent).toMatch(/^(\$120k - \$140k|Not in the job post)/);
			button(part ?? root, "Concerns").click();
			await settle();
			expect(editor.getLine(editor.getCursor().line)).toBe("## Concerns");
		});
	});
}

it("leaves out the glance part for a note without those sections", async () => {
	const { root } = await withSidebar(NOTE);
	expect(root.querySelector(".interview-prep-glance-part")?.classList.contains("interview-prep-hidden")).toBe(true);
});

describe("what is nested more than one level", () => {
	const DEEP = [
		"# Acme call",
		"",
		"## Questions",
		"",
		"### Chosen",
		"",
		"* What does a typical day look like for the role?",
		"\t* How does Elixir play into it?",
		"\t\t* Elixir doesn't have a super robust package ecosystem.",
		"",
		"## Stories",
		"",
		"### Standard",
		"",
		"* What challenging situation have you encountered at work?",
		"\t* Materials debate over SPA versus MPA with coworker.",
		"\t\t* Eventually I won as I demonstrated how we could progressively load data.",
		"",
	].join("\n");

	it("shows a story's outcome nested under its detail on the card and on the cue card", async () => {
		const { root } = await withSidebar(DEEP);
		const card = root.querySelector(".interview-prep-story");
		expect(Array.from(card?.querySelectorAll(".interview-prep-story-details li") ?? []).map((li) => [li.textContent, li.className])).toEqual([
			["Materials debate over SPA versus MPA with coworker.", "interview-prep-nest-1"],
			["Eventually I won as I demonstrated how we could progressively load data.", "interview-prep-nest-2"],
		]);
		expect(h.app.executeCommandById("interview-prep:story-cue-card")).toBe(true);
		await chooseSuggestion("challenging");
		await settle();
		expect(texts(activeDocument.body, ".interview-prep-cue-details li")).toContain("Eventually I won as I demonstrated how we could progressively load data.");
	});

	it("lists a question's follow-ups under it, and Jump to question finds the question by a follow-up", async () => {
		const { editor, root } = await withSidebar(DEEP);
		expect(texts(root, ".interview-prep-question-nested li")).toEqual(["How does Elixir play into it?", "Elixir doesn't have a super robust package ecosystem."]);
		expect(h.app.executeCommandById("interview-prep:jump-to-question")).toBe(true);
		await chooseSuggestion("elixir play");
		await settle();
		expect(editor.getCursor().line).toBe(6);
	});

	it("filters story cards by a line nested two levels down", async () => {
		const { root } = await withSidebar(DEEP);
		const filter = root.querySelector<HTMLInputElement>(".interview-prep-filter");
		if (!filter) throw new Error("no filter");
		filter.value = "progressively";
		filter.dispatchEvent(new Event("input"));
		expect(root.querySelectorAll("article.interview-prep-story")).toHaveLength(1);
	});
});
