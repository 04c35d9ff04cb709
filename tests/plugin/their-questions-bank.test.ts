import { afterEach, describe, expect, it, vi } from "vitest";
import { loadPlugin, openNote, settle, type Harness } from "../harness";
import type { TFile } from "../obsidian";
import { NOTIFY_MS } from "../../src/interview-process/process-index";

const ACME = "Interviews/2026-03-01 Acme screen.md";
const GLOBEX = "Interviews/2026-03-05 Globex panel.md";
const ACME_TEXT = [
	"---",
	"company: Acme",
	"round: Screen",
	"with: Dana",
	"meeting: 2026-03-01T10:00",
	"---",
	"# Acme screen",
	"## Preparation",
	"- [ ] Read the post",
	"## Stories",
	"- [x] Materials debate over SPA versus MPA",
	"# Notes",
	"## Their questions",
	"- [+12:40] Tell me about a time you disagreed with your manager. 🔴",
	"  - Answered with: Materials debate over SPA versus MPA",
	"- Why are you leaving? 🟢",
	"- [+30:00] What are your salary expectations? 🟡",
	"",
].join("\n");
const GLOBEX_TEXT = "---\ncompany: Globex\nround: Panel\nwith: Sam\nmeeting: 2026-03-05T09:00\n---\n# Globex\n## Their questions\n- tell me about a time you  disagreed with your MANAGER.\n";

let h: Harness;
afterEach(() => {
	h?.plugin.unload();
	vi.useRealTimers();
});

async function withNotes(): Promise<void> {
	h = await loadPlugin();
	for (const [path, text] of [
		[ACME, ACME_TEXT],
		[GLOBEX, GLOBEX_TEXT],
	] as const) {
		if (!h.app.vault.getFolderByPath("Interviews")) await h.app.vault.createFolder("Interviews");
		await h.app.vault.create(path, text);
		await settle();
	}
	await h.plugin.processes.ready;
}

function viewEl(type: string): HTMLElement {
	const leaf = h.app.workspace.getLeavesOfType(type)[0];
	if (!leaf) throw new Error(`${type} is not open`);
	return leaf.view.containerEl;
}

const bank = () => viewEl("interview-prep-their-questions");
const titles = () => Array.from(bank().querySelectorAll(".interview-prep-their-bank-question h4"), (el) => el.textContent);
const toggle = (name: string) => Array.from(bank().querySelectorAll("button")).find((b) => b.textContent === name);

describe("the their questions bank", () => {
	it("lists each question once, newest round first, with how often and where it was asked, its ratings and its story", async () => {
		await withNotes();
		expect(h.app.executeCommandById("interview-prep:open-their-questions-bank")).toBe(true);
		await settle();
		expect(titles()).toEqual(["Tell me about a time you disagreed with your manager.", "Why are you leaving?", "What are your salary expectations?"]);
		const first = bank().querySelector(".interview-prep-their-bank-question");
		expect(first?.querySelector(".interview-prep-their-bank-facts")?.textContent).toBe("Latest: weak");
		expect(first?.querySelector(".interview-prep-tellings .interview-prep-mark")?.textContent).toBe("Asked 2 times");
		expect(first?.querySelector(".interview-prep-answered")?.textContent).toBe("Answered with: Materials debate over SPA versus MPA");
		expect(Array.from(first?.querySelectorAll(".interview-prep-telling-list button") ?? [], (b) => b.textContent)).toEqual([
			"Acme · Screen · with Dana · 2026-03-01 · weak",
			"Globex · Panel · with Sam · 2026-03-05",
		]);
		expect(bank().querySelector(".interview-prep-count")?.textContent).toBe("3");
	});

	it("keeps its rows, and the text selected in them, through autosaves that change no question they asked", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		await withNotes();
		const { editor } = await openNote(h.app, GLOBEX, GLOBEX_TEXT);
		await h.plugin.jobSearch.openTheirQuestionsBank();
		// Typing goes under What I said, after Their questions: the round changes, the bank does not.
		editor.replaceRange("## What I said\n", { line: editor.lastLine(), ch: 0 });
		await vi.advanceTimersByTimeAsync(2_500 + NOTIFY_MS);
		const row = bank().querySelector(".interview-prep-their-bank-question");
		if (!row) throw new Error("no row");
		for (let i = 1; i <= 5; i++) {
			editor.replaceRange(`- Said point ${i}\n`, { line: editor.lastLine(), ch: 0 });
			await vi.advanceTimersByTimeAsync(2_500 + NOTIFY_MS);
		}
		expect(h.app.vault.peek(GLOBEX)).toContain("- Said point 5\n");
		expect(h.plugin.processes.processOf("Globex")?.rounds[0]?.said).toHaveLength(5);
		expect(row.isConnected).toBe(true);
		// A new question is drawn.
		editor.replaceRange("## Their questions\n\n- Why Globex? 🟢\n", { line: editor.lastLine(), ch: 0 });
		await vi.advanceTimersByTimeAsync(2_500 + NOTIFY_MS);
		expect(titles()).toContain("Why Globex?");
	});

	it("filters by text, by weak or unrated, and by asked more than once", async () => {
		await withNotes();
		await h.plugin.jobSearch.openTheirQuestionsBank();
		await settle();
		const filter = bank().querySelector<HTMLInputElement>('input[aria-label="Filter questions"]');
		if (!filter) throw new Error("no filter");
		expect(activeDocument.activeElement).toBe(filter);
		filter.value = "salary";
		filter.dispatchEvent(new Event("input"));
		expect(titles()).toEqual(["What are your salary expectations?"]);
		expect(bank().querySelector(".interview-prep-count")?.textContent).toBe("1 of 3");
		filter.value = "";
		filter.dispatchEvent(new Event("input"));
		toggle("Weak or unrated")?.click();
		expect(toggle("Weak or unrated")?.getAttribute("aria-pressed")).toBe("true");
		expect(titles()).toEqual(["Tell me about a time you disagreed with your manager."]);
		toggle("Weak or unrated")?.click();
		toggle("Asked more than once")?.click();
		expect(titles()).toEqual(["Tell me about a time you disagreed with your manager."]);
	});

	it("opens the note at the line where a round asked it", async () => {
		await withNotes();
		await h.plugin.jobSearch.openTheirQuestionsBank();
		await settle();
		bank().querySelectorAll<HTMLButtonElement>(".interview-prep-telling-list button")[1]?.click();
		await settle();
		const view = h.app.workspace.getMostRecentLeaf()?.view as { file?: TFile; editor?: { getCursor(): { line: number } } };
		expect(view.file?.path).toBe(GLOBEX);
		expect(view.editor?.getCursor().line).toBe(8);
	});

	it("follows the index: a question rated in a note shows its new rating", async () => {
		await withNotes();
		await h.plugin.jobSearch.openTheirQuestionsBank();
		await settle();
		const file = h.app.vault.getFileByPath(GLOBEX);
		if (!file) throw new Error("no note");
		await h.app.vault.modify(file, GLOBEX_TEXT.replace("MANAGER.", "MANAGER. 🟢"));
		await settle();
		await h.plugin.processes.ready;
		// The index tells its views of changes that come close together once, at the end of a short wait.
		await new Promise((resolve) => window.setTimeout(resolve, NOTIFY_MS + 50));
		await settle();
		expect(bank().querySelector(".interview-prep-their-bank-facts")?.textContent).toBe("Latest: wellbefore: weak");
	});
});

describe("the stories and the calls", () => {
	it("shows under each story of the story bank the questions it answered, each opening where it was asked", async () => {
		await withNotes();
		await h.plugin.jobSearch.openStoryBank();
		await settle();
		const answered = viewEl("interview-prep-story-bank").querySelector(".interview-prep-story-answered");
		expect(answered?.textContent).toBe("Answered 1 questionTell me about a time you disagreed with your manager.");
		answered?.querySelector<HTMLButtonElement>("button")?.click();
		await settle();
		const view = h.app.workspace.getMostRecentLeaf()?.view as { file?: TFile; editor?: { getCursor(): { line: number } } };
		expect(view.file?.path).toBe(ACME);
		expect(view.editor?.getCursor().line).toBe(13);
	});

	it("counts on each upcoming call the weak and so-so answers to prepare across the vault", async () => {
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(new Date(2026, 2, 6, 9, 0));
		await withNotes();
		await h.app.vault.create("Interviews/Initech.md", "---\ncompany: Initech\nmeeting: 2026-03-20T10:00\n---\n# Initech\n## Preparation\n- [ ] x\n");
		await settle();
		await h.plugin.processes.ready;
		h.app.executeCommandById("interview-prep:open-upcoming-calls");
		await settle();
		const row = viewEl("interview-prep-calls").querySelector("li.is-upcoming");
		expect(row?.textContent).toContain("Prepare 2 weak answers");
	});

	it("carries each weak and so-so answer of the company into the next round's Preparation", async () => {
		await withNotes();
		await openNote(h.app, ACME, ACME_TEXT);
		const file = await h.plugin.processCommands.startNextRound("Team");
		const text = h.app.vault.peek(file?.path ?? "") ?? "";
		expect(text).toContain(
			"- [ ] Choose one to three stories and their short versions\n" +
				"- [ ] Prepare a better answer: Tell me about a time you disagreed with your manager.\n" +
				"- [ ] Prepare a better answer: What are your salary expectations?\n\n## Ice breakers",
		);
		expect(text).not.toContain("Prepare a better answer: Why are you leaving?");
		expect(text).toContain("## Their questions\n");
	});
});
