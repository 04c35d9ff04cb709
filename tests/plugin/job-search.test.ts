import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, loadPlugin, openNote, settle, type Harness } from "../harness";
import { FileSync, MarkdownView, shownNotices, type Editor, type SyncedDevice, type TFile } from "../obsidian";

const ACME = "Acme screen.md";
const GLOBEX = "Globex screen.md";
const READY = "\t- Situation: old queue\n\t- Task: move it\n\t- Action: dual writes\n\t- Result: 0 lost events";
const ACME_TEXT = `---\ncompany: Acme\nround: Screen\nwith: Dana\nmeeting: 2026-03-01T10:00\n---\n# Acme\n## Stories\n- [x] Queue migration\n${READY}\n- Outage\n## Questions\n- Why?\n`;
const GLOBEX_TEXT = "---\ncompany: Globex\nround: Screen\nwith: Sam\nmeeting: 2026-03-25T09:00\n---\n# Globex\n## Stories\n\n## Questions\n- Why now?\n# Notes\n## Agenda\n";

let h: Harness;
afterEach(() => h?.plugin.unload());

async function create(harness: Harness, path: string, text: string): Promise<TFile> {
	const file = await harness.app.vault.create(path, text);
	await settle();
	return file;
}

async function withNotes(): Promise<void> {
	h = await loadPlugin();
	await create(h, ACME, ACME_TEXT);
	await h.plugin.processes.ready;
}

function bankEl(): HTMLElement {
	const leaf = h.app.workspace.getLeavesOfType("interview-prep-story-bank")[0];
	if (!leaf) throw new Error("the story bank is not open");
	return leaf.view.containerEl;
}

const titles = () => Array.from(bankEl().querySelectorAll(".interview-prep-bank-story h4")).map((el) => el.textContent);

describe("the story bank view", () => {
	it("lists each story once with its tellings, filters it, and narrows to stories not told to the followed note's company", async () => {
		await withNotes();
		await create(h, GLOBEX, GLOBEX_TEXT.replace("## Stories\n\n", "## Stories\n- [x] queue  MIGRATION\n"));
		await h.plugin.processes.ready;
		await openNote(h.app, ACME, ACME_TEXT);
		expect(h.app.executeCommandById("interview-prep:open-story-bank")).toBe(true);
		await settle();
		expect(titles()).toEqual(["Outage", "queue  MIGRATION"]);
		const tellings = Array.from(bankEl().querySelectorAll(".interview-prep-telling-list button")).map((el) => el.textContent);
		expect(tellings).toEqual(["Acme · Screen · with Dana · 2026-03-01", "Globex · Screen · with Sam · 2026-03-25"]);

		const filter = bankEl().querySelector<HTMLInputElement>('input[aria-label="Filter stories"]');
		if (!filter) throw new Error("no filter");
		filter.value = "migr queue";
		filter.dispatchEvent(new Event("input"));
		expect(titles()).toEqual(["queue  MIGRATION"]);
		filter.value = "";
		filter.dispatchEvent(new Event("input"));

		const notTold = Array.from(bankEl().querySelectorAll("button")).find((b) => b.textContent === "Not yet told to Acme");
		notTold?.click();
		expect(notTold?.getAttribute("aria-pressed")).toBe("true");
		expect(titles()).toEqual(["Outage"]);
	});

	it("opens the note at a telling's line", async () => {
		await withNotes();
		await openNote(h.app, GLOBEX, GLOBEX_TEXT);
		await h.plugin.jobSearch.openView("interview-prep-story-bank", "main");
		await settle();
		bankEl().querySelector<HTMLElement>(".interview-prep-telling-list button")?.click();
		await settle();
		const view = h.app.workspace.getMostRecentLeaf()?.view as { file?: TFile; editor?: { getCursor(): { line: number } } };
		expect(view.file?.path).toBe(ACME);
		expect(view.editor?.getCursor().line).toBe(8);
	});
});

describe("a story bank restored with the workspace", () => {
	it("says the notes are being read, with a count, until the index has read them, and never that there are no stories", async () => {
		h = await loadPlugin({ layout: false });
		await create(h, ACME, ACME_TEXT);
		await create(h, GLOBEX, GLOBEX_TEXT);
		// The app restores the open bank before the layout is ready, when the plugin starts reading.
		await h.plugin.jobSearch.openView("interview-prep-story-bank", "main");
		const shown = () => bankEl().querySelector(".interview-prep-bank-list")?.textContent;
		expect(shown()).toBe("Reading your prep notes…");
		h.app.workspace.finishLayout();
		expect(shown()).toBe("Reading your prep notes… 0 of 2");
		await h.plugin.processes.ready;
		expect(shown()).not.toContain("Reading");
		// The bank redraws in a turn of its own once the index is complete.
		await vi.waitFor(() => expect(titles()).toEqual(["Outage", "Queue migration"]));
	});

	it("says there are no stories once the index has read every note and found none", async () => {
		h = await loadPlugin();
		await create(h, GLOBEX, GLOBEX_TEXT);
		await h.plugin.processes.ready;
		await h.plugin.jobSearch.openView("interview-prep-story-bank", "main");
		expect(bankEl().querySelector(".interview-prep-bank-list")?.textContent).toBe("No stories yet. The stories of every prep note with a company show up here.");
	});
});

describe("the upcoming calls view", () => {
	afterEach(() => vi.useRealTimers());

	it("lists the calls ahead with their readiness, the recent call without a debrief, and opens a call's note from its row", async () => {
		// Ten days after Acme's call and two weeks before Globex's; only the clock is faked, so the app's timers run.
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(new Date(2026, 2, 11, 9, 0));
		await withNotes();
		await create(h, GLOBEX, GLOBEX_TEXT);
		await h.plugin.processes.ready;
		await openNote(h.app, ACME, ACME_TEXT);
		expect(h.app.executeCommandById("interview-prep:open-upcoming-calls")).toBe(true);
		await settle();
		const calls = h.app.workspace.getLeavesOfType("interview-prep-calls")[0]?.view.containerEl;
		if (!calls) throw new Error("the calls view is not open");
		const rows = () => Array.from(calls.querySelectorAll("li.interview-prep-round")).map((li) => li.textContent);
		expect(rows()).toEqual([
			"Globex · Screen · with Sam2026-03-25 09:00 · in 14 daysprep 0/0stories ready 0/01 question planned",
			"Acme · Screen · with Dana10 days ago · no debrief yet",
		]);
		// A question added to Globex's note redraws its row alone: Acme's row is the same element, so focus on it stays.
		const acme = calls.querySelectorAll("li.interview-prep-round")[1];
		const globex = h.app.vault.getFileByPath(GLOBEX);
		if (!globex) throw new Error("no Globex note");
		await h.app.vault.modify(globex, GLOBEX_TEXT.replace("- Why now?\n", "- Why now?\n- Who owns the roadmap?\n"));
		await vi.waitFor(() => expect(rows()[0]).toContain("2 questions planned"));
		expect(calls.querySelectorAll("li.interview-prep-round")[1]).toBe(acme);
		calls.querySelector<HTMLElement>("li.is-upcoming button")?.click();
		await settle();
		expect((h.app.workspace.getMostRecentLeaf()?.view as { file?: TFile }).file?.path).toBe(GLOBEX);
	});
});

describe("the upcoming calls view on the day of a call", () => {
	afterEach(() => vi.useRealTimers());

	it("names a round without a name of its own once, and says a call has started rather than that it is under a minute away", async () => {
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(new Date(2026, 2, 25, 9, 5));
		h = await loadPlugin();
		await create(h, "Hooli.md", "---\ncompany: Hooli\nmeeting: 2026-03-25T09:00\n---\n# Hooli\n\n## Questions\n\n- Why now?\n");
		await h.plugin.processes.ready;
		expect(h.app.executeCommandById("interview-prep:open-upcoming-calls")).toBe(true);
		await settle();
		const calls = h.app.workspace.getLeavesOfType("interview-prep-calls")[0]?.view.containerEl;
		const row = calls?.querySelector("li.is-upcoming");
		expect(row?.querySelector("button")?.textContent).toBe("Hooli");
		expect(row?.querySelector(".interview-prep-round-facts span")?.textContent).toBe("2026-03-25 09:00 · started 5 min ago");
	});
});

describe("autosaves of a prep note while the story bank and the calls view are open", () => {
	afterEach(() => vi.useRealTimers());

	async function typingInGlobex(): Promise<{ editor: Editor; story: Element; row: Element }> {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		vi.setSystemTime(new Date(2026, 2, 11, 9, 0));
		await withNotes();
		await create(h, GLOBEX, GLOBEX_TEXT);
		await h.plugin.processes.ready;
		const { editor } = await openNote(h.app, GLOBEX, GLOBEX_TEXT);
		await h.plugin.jobSearch.openView("interview-prep-story-bank", "right");
		await h.plugin.jobSearch.openView("interview-prep-calls", "right");
		const story = bankEl().querySelector(".interview-prep-bank-story");
		const row = h.app.workspace.getLeavesOfType("interview-prep-calls")[0]?.view.containerEl.querySelector("li.interview-prep-round");
		if (!story || !row) throw new Error("the views show nothing");
		return { editor, story, row };
	}

	/** Types at the end of the note, then waits for the autosave, as the editor saves two seconds after typing. */
	async function typeAndAutosave(editor: Editor, text: string): Promise<void> {
		editor.replaceRange(text, { line: editor.lastLine(), ch: 0 });
		await vi.advanceTimersByTimeAsync(2_500);
	}

	it("leave them as they are, with the text selected in them, while what they show is unchanged", async () => {
		const { editor, story, row } = await typingInGlobex();
		activeDocument.getSelection()?.selectAllChildren(story);
		for (let i = 1; i <= 10; i++) await typeAndAutosave(editor, `- Agenda point ${i}\n`);
		expect(h.app.vault.peek(GLOBEX)).toContain("- Agenda point 10\n");
		expect(story.isConnected).toBe(true);
		expect(row.isConnected).toBe(true);
		expect(activeDocument.getSelection()?.toString()).toContain("Outage");
	});

	it("show a story the note gains once it is saved", async () => {
		const { editor } = await typingInGlobex();
		editor.replaceRange("- Pricing rework\n", { line: 9, ch: 0 });
		await vi.advanceTimersByTimeAsync(2_500);
		expect(titles()).toEqual(["Outage", "Pricing rework", "Queue migration"]);
	});
});

describe("Insert story from bank", () => {
	it("copies the story with its details and without its told mark into the empty Stories section, as one undo step", async () => {
		await withNotes();
		const { editor } = await openNote(h.app, GLOBEX, GLOBEX_TEXT);
		expect(h.app.executeCommandById("interview-prep:insert-story-from-bank")).toBe(true);
		await settle();
		await chooseSuggestion("queue");
		await settle();
		expect(editor.getValue()).toBe(GLOBEX_TEXT.replace("## Stories\n\n", `## Stories\n\n- [ ] Queue migration\n${READY}\n\n`));
		editor.undo();
		expect(editor.getValue()).toBe(GLOBEX_TEXT);
	});

	it("makes the Stories heading for a note that has none, under its title, and one undo takes both back", async () => {
		await withNotes();
		const text = "---\ncompany: Globex\n---\n# Globex screen\n\n## Questions\n\n- Why now?\n\n# Notes\n\n## Agenda\n";
		const { editor } = await openNote(h.app, GLOBEX, text);
		expect(h.app.executeCommandById("interview-prep:insert-story-from-bank")).toBe(true);
		await settle();
		await chooseSuggestion("queue");
		await settle();
		expect(editor.getValue()).toBe(text.replace("- Why now?\n", `- Why now?\n\n## Stories\n\n- [ ] Queue migration\n${READY}\n`));
		editor.undo();
		expect(editor.getValue()).toBe(text);
	});

	it("asks for the group when the note has groups, and Enter takes the first", async () => {
		await withNotes();
		const text = GLOBEX_TEXT.replace("## Stories\n\n", "## Stories\n### Work\n- Mentoring\n\n### Standard\n- Conflict\n\n");
		const { editor } = await openNote(h.app, GLOBEX, text);
		h.app.executeCommandById("interview-prep:insert-story-from-bank");
		await settle();
		await chooseSuggestion("outage");
		const groups = Array.from(activeDocument.querySelectorAll(".modal-container .suggestion-item")).map((el) => el.textContent);
		expect(groups).toEqual(["Work", "Standard"]);
		activeDocument.querySelector<HTMLInputElement>(".modal-container .prompt-input")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await settle();
		await settle();
		expect(editor.getValue()).toBe(text.replace("- Mentoring\n", "- Mentoring\n- Outage\n"));
	});

	it("refuses a story the note already has, and the picker says so", async () => {
		await withNotes();
		const { editor } = await openNote(h.app, ACME, ACME_TEXT);
		h.app.executeCommandById("interview-prep:insert-story-from-bank");
		await settle();
		const items = Array.from(activeDocument.querySelectorAll(".modal-container .suggestion-item"));
		expect(items.map((el) => el.textContent)).toEqual(["OutageAlready in this note · not ready · not told yet", "Queue migrationAlready in this note · ready · told 1×"]);
		(items[0] as HTMLElement).click();
		await settle();
		expect(shownNotices).toContain('"Outage" is already in this note.');
		expect(editor.getValue()).toBe(ACME_TEXT);
	});
});

describe("Insert debrief", () => {
	it("adds the debrief under Notes with the person and round, once; its tasks are not prep", async () => {
		await withNotes();
		const { editor } = await openNote(h.app, GLOBEX, GLOBEX_TEXT);
		h.app.executeCommandById("interview-prep:insert-debrief");
		await settle();
		await settle();
		const once = editor.getValue();
		expect(once).toBe(
			`${GLOBEX_TEXT}\n## Debrief\n\n- What went well:\n- What to improve:\n- What they said about next steps and timeline:\n- [ ] Send a thank-you note to Sam\n- [ ] Write down the questions I want to answer better next time\n`,
		);
		h.app.executeCommandById("interview-prep:insert-debrief");
		await settle();
		await settle();
		expect(editor.getValue()).toBe(once);
		await h.plugin.activeNote.refresh();
		expect(h.plugin.activeNote.state?.note.prep).toMatchObject({ done: 0, total: 0 });
	});
});

describe("the debrief offer", () => {
	const HOUR = 3_600_000;
	const MIN = 60_000;
	let a: Harness | null = null;
	let b: Harness | null = null;
	/** Every debrief notice shown so far, by its first line. */
	const offers = () => shownNotices.filter((n) => n.startsWith("Your ") || n.includes(" calls are over"));
	/** The notices on screen now. */
	const onScreen = () => Array.from(activeDocument.querySelectorAll<HTMLElement>(".notice"));
	const call = (company: string, meeting: string) => `---\ncompany: ${company}\nround: Screen\nwith: Dana\nmeeting: ${meeting}\n---\n# ${company}\n# Notes\n`;

	beforeEach(() => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		vi.setSystemTime(new Date("2026-03-01T09:00:00"));
		shownNotices.length = 0;
		for (const notice of onScreen()) notice.remove();
	});
	afterEach(() => {
		a?.plugin.unload();
		b?.plugin.unload();
		a = b = null;
		vi.useRealTimers();
	});

	/** Opens a device's app on its own files, with the vault's notes; sync runs there from then on. */
	async function open(device: SyncedDevice, notes: [string, string][] = [[ACME, ACME_TEXT]]): Promise<Harness> {
		const harness = await loadPlugin({ storage: device.storage, local: device.local, layout: false });
		for (const [path, text] of notes) {
			const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
			if (folder !== "" && !harness.app.vault.getFolderByPath(folder)) await harness.app.vault.createFolder(folder);
			await create(harness, path, text);
		}
		device.connect(harness.plugin);
		harness.app.workspace.finishLayout();
		return harness;
	}

	it("brings no pile of notices when a vault with 20 past calls without a debrief is opened the first time, and offers a call that comes due after", async () => {
		const sync = new FileSync(5_000);
		const past = Array.from({ length: 20 }, (_, i): [string, string] => [`Calls/Company ${i}.md`, call(`Company ${i}`, `2026-02-${String(15 + (i % 13)).padStart(2, "0")}T10:00`)]);
		a = await open(sync.addDevice(), [...past, ["Later.md", call("Later", "2026-03-01T10:00")]]);
		await vi.advanceTimersByTimeAsync(5 * MIN);
		expect(offers()).toEqual([]);
		expect(onScreen()).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(3 * HOUR);
		expect(offers()).toEqual(["Your Later call with Dana (Screen) is over. Note how it went while it is fresh."]);
		expect(onScreen()).toHaveLength(1);
	});

	it("lists the calls that came due while the app was closed in one notice, each opening its note with the debrief inserted", async () => {
		const device = new FileSync(5_000).addDevice();
		const notes: [string, string][] = [
			["Acme.md", call("Acme", "2026-03-01T10:00")],
			["Globex.md", call("Globex", "2026-03-01T11:00")],
		];
		a = await open(device, notes);
		await vi.advanceTimersByTimeAsync(MIN);
		a.plugin.unload();
		// The next morning.
		await vi.advanceTimersByTimeAsync(24 * HOUR);
		a = await open(device, notes);
		await vi.advanceTimersByTimeAsync(3 * MIN);
		expect(onScreen()).toHaveLength(1);
		expect(onScreen()[0]?.querySelector(".notice-message")?.firstChild?.textContent).toBe("2 calls are over. Note how each went while it is fresh:");
		const buttons = () => onScreen().flatMap((notice) => Array.from(notice.querySelectorAll(".interview-prep-notice-button")).map((button) => button.textContent));
		expect(buttons()).toEqual(["Acme call with Dana (Screen)", "Globex call with Dana (Screen)"]);
		onScreen()[0]?.querySelector<HTMLElement>("button")?.click();
		for (let i = 0; i < 6; i++) await settle();
		const view = a.app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.file?.path).toBe("Acme.md");
		expect(view?.editor.getValue()).toContain("- [ ] Send a thank-you note to Dana");
		// Beside the notice that says what was inserted, the debriefs' notice, with the call still to do.
		expect(onScreen().filter((notice) => notice.querySelector(".interview-prep-notice-button"))).toHaveLength(1);
		expect(buttons()).toEqual(["Insert debrief"]);
	});

	it("is shown on one of two devices open at once, each with its own data file, which sync copies to the other seconds later", async () => {
		const sync = new FileSync(5_000);
		a = await open(sync.addDevice());
		b = await open(sync.addDevice());
		await vi.advanceTimersByTimeAsync(3 * HOUR + 10 * MIN);
		expect(offers()).toEqual(["Your Acme call with Dana (Screen) is over. Note how it went while it is fresh."]);
	});

	it("is not shown on a device that opens after another showed it, though that device reads its own older data file first", async () => {
		const sync = new FileSync(20_000);
		const later = sync.addDevice();
		a = await open(sync.addDevice());
		b = await open(later);
		// B is closed while A passes the hours after the call.
		b.plugin.unload();
		await vi.advanceTimersByTimeAsync(3 * HOUR + 5 * MIN);
		expect(offers()).toHaveLength(1);
		b = await open(later);
		await vi.advanceTimersByTimeAsync(10 * MIN);
		expect(offers()).toHaveLength(1);
	});

	it("offers it when the meeting timer is reset after running, before the hours are up, and only then", async () => {
		a = await open(new FileSync(5_000).addDevice());
		await openNote(a.app, ACME, ACME_TEXT);
		vi.setSystemTime(new Date("2026-03-01T10:00:00"));
		a.app.executeCommandById("interview-prep:start-meeting-timer");
		await vi.advanceTimersByTimeAsync(30 * MIN);
		expect(offers()).toHaveLength(0);
		a.app.executeCommandById("interview-prep:reset-meeting-timer");
		await settle();
		expect(offers()).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(3 * HOUR);
		expect(offers()).toHaveLength(1);
	});
});
