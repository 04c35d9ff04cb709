import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, loadPlugin, openNote, settle, sidebarOf, type Harness } from "../harness";
import { memoryStorage, shownNotices, type App, type TFile } from "../obsidian";
import { REFRESH_DELAY_MS } from "../../src/followed-note/active-note";
import { SETTINGS_PAUSE_MS } from "../../src/interview-process/process-index";

/**
 * The glue's guards, each as a person meets it: what they do, and what they would notice if the guard
 * were gone. Time comes from the faked clock alone.
 */
const MIN = 60_000;
const HOUR = 60 * MIN;
const DATA = "plugin:interview-prep";

const NOTE = [
	"# Acme call",
	"",
	"## Preparation",
	"",
	"- [ ] Read the handbook",
	"- [-] Print the post",
	"- [x] Pick questions",
	"- [ ] Rehearse the intro",
	"",
	"## Questions",
	"",
	"- Why is the role open?",
	"",
	"# Notes",
	"",
	"## Agenda",
	"",
	"- intro",
	"",
].join("\n");

const CALL = "Interviews/2026-12-03 Acme screen.md";
const callNote = (meeting: string, debrief = "") =>
	`---\ncompany: Acme\nround: Screen\nwith: Dana\nmeeting: ${meeting}\n---\n# Acme screen\n## Questions\n- Why is the role open?\n${debrief}`;
const DEBRIEF = "## Debrief\n\n- What went well: the system design part\n";
const offers = () => shownNotices.filter((n) => n.startsWith("Your Acme call"));

async function withCall(harness: Harness, text: string): Promise<TFile> {
	if (!harness.app.vault.getFolderByPath("Interviews")) await harness.app.vault.createFolder("Interviews");
	const file = await harness.app.vault.create(CALL, text);
	await settle();
	await harness.plugin.processes.ready;
	await settle();
	return file;
}

let h: Harness;
const flush = async () => {
	for (let i = 0; i < 6; i++) await settle();
};
const sidebar = () => sidebarOf(h.app);
const overall = () => sidebar().querySelector(".interview-prep-header .interview-prep-progress-count")?.textContent;
/** What the sidebar shows: the followed note's title, or its message when it follows no prep note. */
const shown = () => {
	const empty = sidebar().querySelector(".interview-prep-empty:not(.interview-prep-hidden)");
	return empty ? empty.textContent : sidebar().querySelector(".interview-prep-body:not(.interview-prep-hidden) .interview-prep-title")?.textContent;
};

beforeEach(() => {
	vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
	// 15:00 local time, so a capture is stamped [15:00].
	vi.setSystemTime(new Date(2026, 11, 3, 15, 0));
	shownNotices.length = 0;
});
afterEach(() => {
	h?.plugin.unload();
	activeDocument.body.empty();
	vi.restoreAllMocks();
	vi.useRealTimers();
});

/**
 * Sync, or another plugin, rewrites `file` while the plugin plans a write to it: right after each of the
 * plugin's next `times` reads of the note, before the plan is checked and written, the file takes the text
 * `next` makes of what it holds.
 */
function changeWhilePlanned(app: App, file: TFile, next: (text: string) => string, times = 1): void {
	const read = app.vault.read.bind(app.vault);
	let left = times;
	vi.spyOn(app.vault, "read").mockImplementation(async (f: TFile) => {
		const data = await read(f);
		if (f.path === file.path && left > 0) {
			left--;
			queueMicrotask(() => void app.vault.modify(file, next(data)));
		}
		return data;
	});
}

/** Every text the note held after a write, in order, each once. */
function heldTexts(app: App, path: string): string[] {
	const held: string[] = [];
	app.vault.on("modify", (file) => {
		const text = file.path === path ? app.vault.peek(path) : undefined;
		if (text !== undefined && held.at(-1) !== text) held.push(text);
	});
	return held;
}

/** The note followed by the sidebar, then its tab closed, so no editor shows it and writes go through the file. */
async function followedThenClosed(text = NOTE): Promise<TFile> {
	const { file, leaf } = await openNote(h.app, "Acme.md", text);
	await h.plugin.openSidebar();
	await flush();
	leaf.detach();
	await flush();
	return file;
}

describe("a background write while the note changes", () => {
	beforeEach(async () => {
		h = await loadPlugin();
	});

	it("plans a capture again on the synced text when sync changes the closed note mid-plan, and never writes at the old offsets", async () => {
		const file = await followedThenClosed();
		const held = heldTexts(h.app, file.path);
		const synced = NOTE.replace("# Acme call\n", "# Acme call\nMoved to Friday, says the recruiter.\n");
		changeWhilePlanned(h.app, file, () => synced);
		expect(await h.plugin.liveCall.capture("Agenda", "four-day week")).toBe(true);
		const captured = synced.replace("- intro\n", "- intro\n- [15:00] four-day week\n");
		expect(h.app.vault.peek(file.path)).toBe(captured);
		expect(held).toEqual([synced, captured]);
	});

	it("plans a sidebar toggle again on the synced text when sync lengthens a line above it mid-plan", async () => {
		const file = await followedThenClosed();
		const synced = NOTE.replace("# Acme call\n", "# Acme call (moved to Friday)\n");
		changeWhilePlanned(h.app, file, () => synced);
		sidebar().querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Preparation"]')?.click();
		sidebar().querySelector<HTMLInputElement>('.interview-prep-open-tasks input[data-line="5"]')?.click();
		await flush();
		expect(h.app.vault.peek(file.path)).toBe(synced.replace("- [ ] Read the handbook", "- [x] Read the handbook"));
	});

	it("refuses with a notice, and writes nothing, when the note keeps changing while each plan is made", async () => {
		const file = await followedThenClosed();
		let edits = 0;
		changeWhilePlanned(h.app, file, (text) => `${text}- synced line ${++edits}\n`, 3);
		expect(await h.plugin.liveCall.capture("Agenda", "four-day week")).toBe(false);
		expect(h.app.vault.peek(file.path)).toBe(`${NOTE}- synced line 1\n- synced line 2\n- synced line 3\n`);
		expect(shownNotices.at(-1)).toBe('Nothing was changed in "Acme": the note changed while the edit was planned. Try again.');
	});

	it("says so, and writes nothing, when sync deletes the note while a capture reads its template", async () => {
		await h.app.vault.createFolder("Templates");
		await h.app.vault.create("Templates/Notes.md", "# Notes\n\n## Agenda\n");
		await h.plugin.settings.update({ notesTemplatePath: "Templates/Notes.md" });
		const file = await followedThenClosed();
		const read = h.app.vault.read.bind(h.app.vault);
		vi.spyOn(h.app.vault, "read").mockImplementation(async (f: TFile) => {
			const data = await read(f);
			if (f.path === "Templates/Notes.md" && h.app.vault.getFileByPath(file.path)) await h.app.vault.delete(file);
			return data;
		});
		const writes = h.app.vault.writes.length;
		expect(await h.plugin.liveCall.capture("Agenda", "four-day week")).toBe(false);
		expect(h.app.vault.writes.slice(writes)).toEqual([["delete", "Acme.md"]]);
		expect(shownNotices.at(-1)).toBe('Nothing was changed in "Acme": it is no longer in the vault.');
	});
});

describe("a canvas or a PDF opened after a note", () => {
	beforeEach(async () => {
		h = await loadPlugin();
	});

	it("leaves the sidebar on the last note when a canvas opens in its tab, and captures and inserts go to that note", async () => {
		const { leaf } = await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		await flush();
		const board = await h.app.vault.create("Board.canvas", '{"nodes":[],"edges":[]}');
		await leaf.openFile(board);
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);
		expect(shown()).toBe("Acme call");
		expect(overall()).toBe("1/3");
		expect(await h.plugin.liveCall.capture("Agenda", "four-day week")).toBe(true);
		await h.plugin.templates.insertNotesSections();
		await flush();
		expect(h.app.vault.peek("Board.canvas")).toBe('{"nodes":[],"edges":[]}');
		expect(h.app.vault.peek("Acme.md")).toContain("- intro\n- [15:00] four-day week\n");
		expect(h.app.vault.peek("Acme.md")).toContain("## Discrepancies");
	});

	it("leaves the sidebar on the last note when a PDF opens in a new tab, and a capture goes to that note", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		await flush();
		const pdf = await h.app.vault.create("Job post.pdf", "%PDF-1.7 the job post");
		await h.app.workspace.getLeaf("tab").openFile(pdf);
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);
		expect(h.app.workspace.activeLeaf?.view.getViewType()).toBe("pdf");
		expect(shown()).toBe("Acme call");
		expect(overall()).toBe("1/3");
		expect(await h.plugin.liveCall.capture("Agenda", "four-day week")).toBe(true);
		expect(h.app.vault.peek("Job post.pdf")).toBe("%PDF-1.7 the job post");
		expect(editor.getValue()).toBe(NOTE.replace("- intro\n", "- intro\n- [15:00] four-day week\n"));
	});
});

describe("custom done characters", () => {
	beforeEach(async () => {
		h = await loadPlugin();
		await h.plugin.settings.update({ doneChars: "X" });
	});

	it("marks a question asked with X, so its box stays checked, it counts as asked, and the next round does not carry it", async () => {
		const path = "Interviews/2026-12-03 Acme screen.md";
		await h.app.vault.createFolder("Interviews");
		const { editor } = await openNote(h.app, path, callNote("2026-12-03T15:30", "- Who would I work with?\n"));
		await h.plugin.openSidebar();
		await h.plugin.processes.ready;
		await flush();
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]')?.click();
		await flush();
		expect(sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]')?.checked, "the Asked box, once the sidebar has read the note again").toBe(true);
		expect(sidebar().querySelector(".interview-prep-questions-part .interview-prep-count")?.textContent).toMatch(/^asked 1 of /);
		expect(editor.getLine(8)).toBe("- [X] Why is the role open?");
		const next = await h.plugin.processCommands.startNextRound("Round 2");
		const carried = h.app.vault.peek(next?.path ?? "") ?? "";
		expect(carried).toContain("Who would I work with?");
		expect(carried).not.toContain("Why is the role open?");
	});

	it("checks a task with X, so it counts as done", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE.replace("- [x] Pick questions", "- [X] Pick questions"));
		await h.plugin.openSidebar();
		await flush();
		expect(overall()).toBe("1/3");
		expect(h.app.executeCommandById("interview-prep:toggle-next-prep-task")).toBe(true);
		await flush();
		expect(editor.getLine(4)).toBe("- [X] Read the handbook");
		expect(overall()).toBe("2/3");
	});
});

describe("the debrief offer", () => {
	it("is made for a call without a debrief once its hours are up", async () => {
		h = await loadPlugin();
		await withCall(h, callNote("2026-12-03T15:30"));
		await vi.advanceTimersByTimeAsync(3 * HOUR);
		expect(offers()).toEqual(["Your Acme call with Dana (Screen) is over. Note how it went while it is fresh."]);
	});

	it("opens the call's note from its button and inserts the debrief there, and goes away", async () => {
		h = await loadPlugin();
		await withCall(h, callNote("2026-12-03T15:30"));
		await vi.advanceTimersByTimeAsync(3 * HOUR);
		const button = activeDocument.querySelector<HTMLButtonElement>(".interview-prep-notice-button");
		expect(button?.textContent).toBe("Insert debrief");
		button?.click();
		await flush();
		expect(h.app.workspace.getActiveFile()?.path).toBe(CALL);
		// Into the editor that opened, as one undo step; the file follows when the editor saves.
		expect(h.app.workspace.activeEditor?.editor?.getValue()).toContain("## Debrief\n\n- What went well:");
		expect(h.app.workspace.activeEditor?.editor?.getValue()).toContain("- [ ] Send a thank-you note to Dana\n");
		expect(activeDocument.querySelector(".interview-prep-notice-button")).toBeNull();
	});

	it("does nothing from its button once the call's note is gone", async () => {
		h = await loadPlugin();
		const file = await withCall(h, callNote("2026-12-03T15:30"));
		await vi.advanceTimersByTimeAsync(3 * HOUR);
		await h.app.vault.delete(file);
		activeDocument.querySelector<HTMLButtonElement>(".interview-prep-notice-button")?.click();
		await flush();
		expect(h.app.workspace.getActiveFile()).toBeNull();
		expect(activeDocument.querySelector(".interview-prep-notice-button")).toBeNull();
	});

	it("is made for the call whose timer was reset, once, however often it is reset, and the hours after it add none", async () => {
		h = await loadPlugin();
		await withCall(h, callNote("2026-12-03T15:30"));
		const globex = "Interviews/2026-12-03 Globex screen.md";
		await h.app.vault.create(globex, callNote("2026-12-03T16:00").replace("Acme", "Globex").replace("Dana", "Sam"));
		await settle();
		await h.plugin.processes.ready;
		await openNote(h.app, globex, h.app.vault.peek(globex) ?? "");
		// The call starts a few minutes late, and the timer is reset twice.
		vi.setSystemTime(new Date(2026, 11, 3, 16, 5));
		for (let i = 0; i < 2; i++) {
			h.app.executeCommandById("interview-prep:start-meeting-timer");
			await vi.advanceTimersByTimeAsync(10 * MIN);
			h.app.executeCommandById("interview-prep:reset-meeting-timer");
			await settle();
		}
		const fromGlobex = () => shownNotices.filter((n) => n.startsWith("Your Globex call"));
		expect(fromGlobex()).toEqual(["Your Globex call with Sam (Screen) is over. Note how it went while it is fresh."]);
		expect(offers()).toEqual([]);
		await vi.advanceTimersByTimeAsync(3 * HOUR);
		expect(fromGlobex()).toHaveLength(1);
	});

	it("names no one for a call with no one named", async () => {
		h = await loadPlugin();
		await withCall(h, callNote("2026-12-03T15:30").replace("with: Dana\n", ""));
		await vi.advanceTimersByTimeAsync(3 * HOUR);
		expect(offers()).toEqual(["Your Acme call (Screen) is over. Note how it went while it is fresh."]);
	});

	it("is not made for a call whose note already has a Debrief section, however long after", async () => {
		h = await loadPlugin();
		await withCall(h, callNote("2026-12-03T15:30", DEBRIEF));
		await vi.advanceTimersByTimeAsync(3 * HOUR);
		await h.plugin.debriefOffers.check();
		expect(offers()).toEqual([]);
	});

	it("is not made when the meeting timer is reset on a call whose note already has a Debrief section", async () => {
		h = await loadPlugin();
		const file = await withCall(h, callNote("2026-12-03T15:30", DEBRIEF));
		await openNote(h.app, file.path, h.app.vault.peek(file.path) ?? "");
		vi.setSystemTime(new Date(2026, 11, 3, 15, 30));
		h.app.executeCommandById("interview-prep:start-meeting-timer");
		await vi.advanceTimersByTimeAsync(30 * MIN);
		h.app.executeCommandById("interview-prep:reset-meeting-timer");
		await settle();
		expect(offers()).toEqual([]);
	});
});

describe("the debrief offer claimed by several devices", () => {
	const offerId = `debrief:${CALL}:${new Date(2026, 11, 3, 15, 30).getTime()}`;
	/** When the call's hours are up. */
	const DUE = new Date(2026, 11, 3, 17, 30).getTime();

	/**
	 * This device runs first at 15:00 and is closed; while it is, other devices' claims reach the data file,
	 * and it opens again at `reopenAt`.
	 */
	async function reopenWithClaims(claims: (own: string) => { id: string; at: number; device: string }[], reopenAt: number): Promise<void> {
		const shared = memoryStorage();
		const local = memoryStorage();
		h = await loadPlugin({ storage: shared, local });
		const own = h.app.loadLocalStorage("interview-prep-device") as string;
		h.plugin.unload();
		shared.write(DATA, JSON.stringify({ settings: {}, timer: null, offered: [], claims: claims(own), changes: { settings: { at: 0, device: "" }, timer: { at: 0, device: "" } } }));
		await vi.advanceTimersByTimeAsync(reopenAt - Date.now());
		h = await loadPlugin({ storage: shared, local });
		await withCall(h, callNote("2026-12-03T15:30"));
	}

	it("is left to the device that claimed it first, and shown here only once that device has not shown it for ten minutes", async () => {
		// Listed out of order, the first claim between later ones from devices of smaller ids, after an older claim to another call.
		await reopenWithClaims(() => [
			{ id: "debrief:Interviews/2026-11-20 Beta screen.md:1", at: DUE - 14 * 24 * HOUR, device: "ccc" },
			{ id: offerId, at: DUE + 3 * MIN, device: "bbb" },
			{ id: offerId, at: DUE, device: "zz-first" },
			{ id: offerId, at: DUE + 4 * MIN, device: "aaa" },
		], DUE + 5 * MIN);
		await vi.advanceTimersByTimeAsync(DUE + 9 * MIN - Date.now());
		expect(offers(), "offers while the first device may still show it").toEqual([]);
		await vi.advanceTimersByTimeAsync(2 * MIN);
		expect(offers()).toHaveLength(1);
	});

	it("on the same instant is left to the device of the smaller id, whichever order the file lists the claims in", async () => {
		for (const ownFirst of [true, false]) {
			vi.setSystemTime(new Date(2026, 11, 3, 15, 0));
			shownNotices.length = 0;
			await reopenWithClaims((own) => {
				const claims = [{ id: offerId, at: DUE, device: own }, { id: offerId, at: DUE, device: "0" }];
				return ownFirst ? claims : claims.reverse();
			}, DUE + MIN);
			await vi.advanceTimersByTimeAsync(8 * MIN);
			expect(offers(), `offers while the other device may still show it, this device's claim listed ${ownFirst ? "first" : "last"}`).toEqual([]);
			await vi.advanceTimersByTimeAsync(3 * MIN);
			expect(offers()).toHaveLength(1);
			h.plugin.unload();
		}
	});
});

describe("the once-only notices remembered past the cap", () => {
	const KEPT = 200;
	const older = Array.from({ length: KEPT }, (_, i) => `debrief:Interviews/old ${i}.md:${i}`);
	const offerId = `debrief:${CALL}:${new Date(2026, 11, 3, 15, 30).getTime()}`;
	const stored = (storage: ReturnType<typeof memoryStorage>) => (JSON.parse(storage.read(DATA) ?? "{}") as { offered: string[] }).offered;

	/** The app closes and opens again on the same data file, with the call's note in the vault. */
	async function restart(storage: ReturnType<typeof memoryStorage>): Promise<void> {
		h.plugin.unload();
		h = await loadPlugin({ storage, local: memoryStorage() });
		await withCall(h, callNote("2026-12-03T15:30"));
		await vi.advanceTimersByTimeAsync(10 * MIN);
	}

	it("keeps a new offer once the list is full, dropping the oldest, so the call is not offered again after a restart", async () => {
		const storage = memoryStorage();
		storage.write(DATA, JSON.stringify({ offered: older }));
		h = await loadPlugin({ storage, local: memoryStorage() });
		await withCall(h, callNote("2026-12-03T15:30"));
		await vi.advanceTimersByTimeAsync(3 * HOUR);
		expect(offers()).toHaveLength(1);
		await restart(storage);
		expect(offers(), "offers of the one call, after the app restarts").toHaveLength(1);
		expect(stored(storage)).toEqual([...older.slice(1), offerId]);
	});

	it("keeps this device's offer when a synced full list arrives without it, dropping the oldest", async () => {
		const shared = memoryStorage();
		h = await loadPlugin({ storage: shared, local: memoryStorage() });
		await withCall(h, callNote("2026-12-03T15:30"));
		await vi.advanceTimersByTimeAsync(3 * HOUR);
		expect(offers()).toHaveLength(1);
		// Another device's full list arrives, without this device's offer.
		const file = JSON.parse(shared.read(DATA) ?? "{}") as Record<string, unknown>;
		shared.write(DATA, JSON.stringify({ ...file, offered: older }));
		await h.plugin.onExternalSettingsChange();
		await restart(shared);
		expect(offers(), "offers of the one call, after the sync and a restart").toHaveLength(1);
		expect(stored(shared)).toEqual([...older.slice(1), offerId]);
	});
});

describe("a call with a date and no time", () => {
	const callsEl = () => {
		const leaf = h.app.workspace.getLeavesOfType("interview-prep-calls")[0];
		if (!leaf) throw new Error("the calls view is not open");
		return leaf.view.containerEl;
	};
	const rows = () => Array.from(callsEl().querySelectorAll("li.interview-prep-round")).map((li) => li.textContent);
	const counts = () => Array.from(callsEl().querySelectorAll(".interview-prep-count")).map((el) => el.textContent);

	it("stays upcoming from midnight to the end of its day, then waits for its debrief under Recent", async () => {
		vi.setSystemTime(new Date(2026, 11, 3, 0, 0, 30));
		h = await loadPlugin();
		await withCall(h, callNote("2026-12-03"));
		expect(h.app.executeCommandById("interview-prep:open-upcoming-calls")).toBe(true);
		await settle();
		const upcoming = "Acme · Screen · with Dana2026-12-03 · todayprep 0/0stories ready 0/01 question planned";
		expect(rows(), "the calls just after midnight on the call's day").toEqual([upcoming]);
		expect(counts()).toEqual(["1", "0"]);
		vi.setSystemTime(new Date(2026, 11, 3, 23, 58, 30));
		await vi.advanceTimersByTimeAsync(MIN);
		expect(rows(), "the calls a minute before the call's day ends").toEqual([upcoming]);
		vi.setSystemTime(new Date(2026, 11, 4, 0, 0, 30));
		await vi.advanceTimersByTimeAsync(MIN);
		expect(rows()).toEqual(["Acme · Screen · with Danayesterday · no debrief yet"]);
		expect(counts()).toEqual(["0", "1"]);
	});
});

describe("cancelled tasks in the sidebar", () => {
	it("are not listed among a section's open tasks, where a click would reopen them", async () => {
		h = await loadPlugin();
		await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		await flush();
		sidebar().querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Preparation"]')?.click();
		const listed = Array.from(sidebar().querySelectorAll(".interview-prep-open-tasks label")).map((label) => label.textContent);
		expect(listed).toEqual(["Read the handbook", "Rehearse the intro"]);
		expect(sidebar().querySelector(".interview-prep-cancelled")?.textContent).toBe("1 cancelled task not counted");
		// It sits in the overall bar's row, which it counts, not under the stories ready.
		expect(sidebar().querySelector(".interview-prep-cancelled")?.parentElement?.querySelector("progress")?.getAttribute("aria-label")).toBe("Overall prep progress");
	});

	it("leave no empty bar on a note that has no tasks", async () => {
		h = await loadPlugin();
		await openNote(h.app, "Acme.md", "# Acme call\n\n## Questions\n\n- Why is the role open?\n");
		await h.plugin.openSidebar();
		await flush();
		expect(sidebar().querySelector(".interview-prep-header progress")).toBeNull();
		expect(sidebar().querySelector(".interview-prep-title")?.textContent).toBe("Acme call");
	});
});

describe("the data file across devices", () => {
	/** A data file as another device saves it, with its stamps. */
	const fileFrom = (device: string, at: number, settings: Record<string, unknown>, offered: string[]) =>
		JSON.stringify({ settings, timer: null, offered, changes: { settings: { at, device }, timer: { at: 0, device: "" } } });

	it("is left as it is when a sync brings nothing this device lacks", async () => {
		const shared = memoryStorage();
		const a = await loadPlugin({ storage: shared, local: memoryStorage() });
		h = await loadPlugin({ storage: shared, local: memoryStorage() });
		await withCall(a, callNote("2026-12-03T15:30"));
		await withCall(h, callNote("2026-12-03T15:30"));
		await vi.advanceTimersByTimeAsync(3 * HOUR);
		await a.plugin.settings.update({ questionsMax: 5 });
		await h.plugin.onExternalSettingsChange();
		const synced = shared.read(DATA);
		// The same file arrives again, as sync services do: nothing is newer on either side, so nothing is written,
		// which would only send the file back to the other devices.
		const write = vi.spyOn(shared, "write");
		await h.plugin.onExternalSettingsChange();
		expect(write, "writes of the data file after a sync that brought nothing new").not.toHaveBeenCalled();
		expect(shared.read(DATA)).toBe(synced);
		expect((JSON.parse(synced ?? "{}") as { offered: string[] }).offered).toHaveLength(1);
		a.plugin.unload();
	});

	it("gets this device's newer settings back when an older file lands late", async () => {
		const shared = memoryStorage();
		h = await loadPlugin({ storage: shared, local: memoryStorage() });
		await h.plugin.settings.update({ questionsMax: 6 });
		// Another device's file from before that change arrives.
		shared.write(DATA, fileFrom("other", Date.now() - HOUR, { questionsMax: 2 }, []));
		await h.plugin.onExternalSettingsChange();
		expect(h.plugin.settings.current.questionsMax).toBe(6);
		expect((JSON.parse(shared.read(DATA) ?? "{}") as { settings: { questionsMax: number } }).settings.questionsMax, "the setting in the shared file").toBe(6);
	});

	it("names every part it could not read at load in one notice", async () => {
		const storage = memoryStorage();
		storage.write(DATA, JSON.stringify({ settings: { questionsMin: "two" }, timer: { startedAt: "soon" } }));
		h = await loadPlugin({ storage, local: memoryStorage() });
		expect(shownNotices.at(-1)).toBe("Interview prep: saved data that could not be read (questionsMin, timer) is back to its defaults.");
	});
});

describe("the followed note", () => {
	beforeEach(async () => {
		h = await loadPlugin();
	});
	const later = () => vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);

	it("is read again when sync changes it while no tab shows it", async () => {
		const file = await followedThenClosed();
		expect(overall()).toBe("1/3");
		await h.app.vault.modify(file, NOTE.replace("- [ ] Rehearse the intro", "- [x] Rehearse the intro"));
		await later();
		expect(overall(), "the sidebar's count after the synced change").toBe("2/3");
	});

	it("takes its new name when it is renamed, for a note whose title is its name", async () => {
		const { file } = await openNote(h.app, "Acme.md", "## Preparation\n\n- [ ] Read the handbook\n");
		await h.plugin.openSidebar();
		await flush();
		expect(shown()).toBe("Acme");
		await h.app.vault.rename(file, "Globex.md");
		await flush();
		expect(shown(), "the sidebar's title after the rename").toBe("Globex");
	});

	it("stays followed when another note is deleted", async () => {
		const other = await h.app.vault.create("Old call.md", "# Old call\n");
		await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		await flush();
		await h.app.vault.delete(other);
		await flush();
		expect(shown()).toBe("Acme call");
	});

	it("never shows an older reading over a newer one when an earlier parse answers last", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		await flush();
		const parser = h.plugin.activeNote.parser;
		const parse = parser.parse.bind(parser);
		let release = () => {};
		// The first parse after typing is slow, as a long note's is; the next one answers first.
		vi.spyOn(parser, "parse")
			.mockImplementationOnce((text, options, progress) => new Promise((resolve) => (release = () => resolve(parse(text, options, progress)))))
			.mockImplementation(parse);
		editor.replaceRange("- [x] Print the schedule\n", { line: 8, ch: 0 });
		await later();
		editor.replaceRange("- [x] Test the microphone\n", { line: 8, ch: 0 });
		await later();
		expect(overall()).toBe("3/5");
		release();
		await flush();
		expect(overall(), "the sidebar's count once the slow, older parse has answered").toBe("3/5");
	});

	it("shows the note opened while the last one was still being read", async () => {
		const file = await followedThenClosed();
		const cachedRead = h.app.vault.cachedRead.bind(h.app.vault);
		let release = () => {};
		vi.spyOn(h.app.vault, "cachedRead").mockImplementationOnce((f: TFile) => new Promise((resolve) => (release = () => resolve(cachedRead(f)))));
		// Sync changes the followed note, and the sidebar starts reading it from disk, slowly.
		await h.app.vault.modify(file, `${NOTE}- [ ] Book a room\n`);
		await later();
		const other = await h.app.vault.create("Globex.md", "# Globex call\n\n## Preparation\n\n- [ ] Read the post\n");
		// The slow read ends just as the user opens another note, while that one is being parsed.
		h.app.workspace.on("file-open", () => release());
		await h.app.workspace.getLeaf("tab").openFile(other);
		await flush();
		expect(shown(), "the sidebar's title once both reads are done").toBe("Globex call");
		expect(overall()).toBe("0/1");
	});

	it("lets go of a note deleted while it was being parsed", async () => {
		const { file } = await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		await flush();
		const parser = h.plugin.activeNote.parser;
		const parse = parser.parse.bind(parser);
		let release = () => {};
		vi.spyOn(parser, "parse").mockImplementationOnce((text, options, progress) => new Promise((resolve) => (release = () => resolve(parse(text, options, progress)))));
		// A setting the parse reads changes, so the note is read again, slowly; meanwhile sync deletes it.
		await h.plugin.settings.update({ cancelledChars: "-~" });
		await h.app.vault.delete(file);
		await flush();
		release();
		await flush();
		expect(shown(), "what the sidebar shows once the deleted note's parse has answered").toMatch(/^Open a prep note/);
	});
});

describe("asked and told marks, and their memory of plain bullets", () => {
	beforeEach(async () => {
		h = await loadPlugin();
	});
	const QUESTIONS = "# Acme call\n\n## Questions\n\n- Why is the role open?\n- [ ] How is on-call shared?\n";
	const asked = (question: string) => sidebar().querySelector<HTMLInputElement>(`input[aria-label="Asked: ${question}"]`);

	it("unchecks a question that was always a task back into a task", async () => {
		const { editor } = await openNote(h.app, "Acme.md", QUESTIONS);
		await h.plugin.openSidebar();
		await flush();
		asked("How is on-call shared?")?.click();
		await flush();
		expect(editor.getLine(5)).toBe("- [x] How is on-call shared?");
		asked("How is on-call shared?")?.click();
		await flush();
		expect(editor.getLine(5)).toBe("- [ ] How is on-call shared?");
	});

	it("forgets a plain bullet once it is one again, so a task typed on its line later unchecks into a task", async () => {
		const { editor } = await openNote(h.app, "Acme.md", QUESTIONS);
		await h.plugin.openSidebar();
		await flush();
		asked("Why is the role open?")?.click();
		await flush();
		asked("Why is the role open?")?.click();
		await flush();
		expect(editor.getLine(4)).toBe("- Why is the role open?");
		// The user makes it a checked task by hand, then unchecks it in the sidebar.
		editor.replaceRange("[x] ", { line: 4, ch: 2 });
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);
		asked("Why is the role open?")?.click();
		await flush();
		expect(editor.getLine(4)).toBe("- [ ] Why is the role open?");
	});

	it("copies a story told from a plain bullet into another round as the plain bullet it was", async () => {
		const acme = "---\ncompany: Acme\n---\n# Acme screen\n## Stories\n- Billing outage\n\t- Situation: invoices stopped\n";
		const globex = "---\ncompany: Globex\n---\n# Globex screen\n## Stories\n\n## Questions\n- Why now?\n";
		const { editor } = await openNote(h.app, "Acme screen.md", acme);
		await h.plugin.openSidebar();
		await flush();
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Told: Billing outage"]')?.click();
		await flush();
		expect(editor.getLine(5)).toBe("- [x] Billing outage");
		// The editor saves, and the index reads the told story.
		await vi.advanceTimersByTimeAsync(2000);
		await h.plugin.processes.ready;
		const other = await openNote(h.app, "Globex screen.md", globex);
		expect(h.app.executeCommandById("interview-prep:insert-story-from-bank")).toBe(true);
		await flush();
		await chooseSuggestion("billing");
		await flush();
		expect(other.editor.getValue()).toBe(globex.replace("## Stories\n\n", "## Stories\n\n- Billing outage\n\t- Situation: invoices stopped\n\n"));
	});

	it("keeps the first of two clicks on an Asked box, with no notice, when the second comes before the sidebar has read the first", async () => {
		const { editor } = await openNote(h.app, "Acme.md", QUESTIONS);
		await h.plugin.openSidebar();
		await flush();
		const notices = shownNotices.length;
		const box = asked("Why is the role open?");
		box?.click();
		// The second click comes once the first is written, while the sidebar still reads the note.
		for (let turns = 0; turns < 200 && editor.getValue() === QUESTIONS; turns++) await Promise.resolve();
		expect(box?.isConnected, "the box of the first click, not yet drawn again").toBe(true);
		box?.click();
		await flush();
		expect(editor.getValue()).toBe(QUESTIONS.replace("- Why is the role open?", "- [x] Why is the role open?"));
		expect(shownNotices.slice(notices)).toEqual([]);
	});

	it("gives back the [X] of a question it unchecked when the line is checked again as a task, once its heading no longer names questions", async () => {
		const note = "# Acme call\n\n## Preparation\n\n- [ ] Book a room\n\n## Questions\n\n- [X] Why is the role open?\n";
		const { editor } = await openNote(h.app, "Acme.md", note);
		await h.plugin.openSidebar();
		await flush();
		asked("Why is the role open?")?.click();
		await flush();
		expect(editor.getLine(8)).toBe("- [ ] Why is the role open?");
		// The user renames the heading: the line is a task of the section under its new name.
		editor.replaceRange("Before the call", { line: 6, ch: 3 }, { line: 6, ch: 12 });
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);
		sidebar().querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Before the call"]')?.click();
		sidebar().querySelector<HTMLInputElement>('.interview-prep-open-tasks input[data-line="9"]')?.click();
		await flush();
		expect(editor.getValue()).toBe(note.replace("## Questions", "## Before the call"));
	});

	/** The user renames the Preparation heading to Questions; the sidebar reads it, and the line's Asked box is unchecked. */
	async function uncheckAsQuestion(editor: { replaceRange: (text: string, from: { line: number; ch: number }, to: { line: number; ch: number }) => void }, question: string): Promise<void> {
		editor.replaceRange("Questions", { line: 2, ch: 3 }, { line: 2, ch: 14 });
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 10);
		asked(question)?.click();
		await flush();
	}

	it("gives back the [/] a preparation task had when it was checked, once its heading names questions and it is unchecked", async () => {
		const note = "# Acme call\n\n## Preparation\n\n- [/] Draft the intro\n";
		const { editor } = await openNote(h.app, "Acme.md", note);
		await h.plugin.openSidebar();
		await flush();
		expect(h.app.executeCommandById("interview-prep:toggle-next-prep-task")).toBe(true);
		await flush();
		expect(editor.getLine(4)).toBe("- [x] Draft the intro");
		await uncheckAsQuestion(editor, "Draft the intro");
		expect(editor.getValue()).toBe(note.replace("## Preparation", "## Questions"));
	});

	it("leaves no trace of a task box click that wrote nothing, the task being checked by hand already: unchecked as a question later, it opens to [ ]", async () => {
		const note = "# Acme call\n\n## Preparation\n\n- [/] Draft the intro\n";
		const { editor } = await openNote(h.app, "Acme.md", note);
		await h.plugin.openSidebar();
		await flush();
		sidebar().querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Preparation"]')?.click();
		// The user checks it in the editor, then its box in the sidebar, which has not read the change yet.
		editor.replaceRange("x", { line: 4, ch: 3 }, { line: 4, ch: 4 });
		sidebar().querySelector<HTMLInputElement>('.interview-prep-open-tasks input[data-line="5"]')?.click();
		await flush();
		expect(editor.getLine(4)).toBe("- [x] Draft the intro");
		await uncheckAsQuestion(editor, "Draft the intro");
		expect(editor.getValue()).toBe(note.replace("## Preparation", "## Questions").replace("[/]", "[ ]"));
	});

	it("gives a question its plain bullet back when unchecked, though other done characters were set and set back between its marks", async () => {
		const { editor } = await openNote(h.app, "Acme.md", QUESTIONS);
		await h.plugin.openSidebar();
		await flush();
		asked("Why is the role open?")?.click();
		await flush();
		expect(editor.getLine(4)).toBe("- [x] Why is the role open?");
		// With v the only done character, its [x] reads as open: checking it writes [v], and unchecking gives the [x] back.
		await h.plugin.settings.update({ doneChars: "v" });
		await flush();
		asked("Why is the role open?")?.click();
		await flush();
		expect(editor.getLine(4)).toBe("- [v] Why is the role open?");
		asked("Why is the role open?")?.click();
		await flush();
		expect(editor.getLine(4)).toBe("- [x] Why is the role open?");
		await h.plugin.settings.update({ doneChars: "xX" });
		await flush();
		asked("Why is the role open?")?.click();
		await flush();
		expect(editor.getValue()).toBe(QUESTIONS);
	});

	it("says which task it checked, and passes over an empty box a template left", async () => {
		const view = await openNote(h.app, "Acme.md", "# Acme call\n\n## Preparation\n\n- [ ]\n- [ ] Read the post\n");
		await h.plugin.openSidebar();
		await flush();
		expect(h.app.executeCommandById("interview-prep:toggle-next-prep-task")).toBe(true);
		await flush();
		expect(shownNotices.at(-1)).toBe("Checked: Read the post");
		expect(view.editor.getValue()).toBe("# Acme call\n\n## Preparation\n\n- [ ]\n- [x] Read the post\n");
	});
});

describe("a picker whose note is deleted while it is open", () => {
	const CALL_NOTE = "---\ncompany: Acme\n---\n# Acme screen\n## Questions\n### Chosen\n- Why is the role open?\n### Extra\n## Stories\n- Queue migration\n## Their questions\n- Why us?\n";
	beforeEach(async () => {
		h = await loadPlugin();
	});

	/** Opens the note with the sidebar, opens a picker with `open`, then sync deletes the note and the user picks `query`. */
	async function pickAfterDelete(open: () => void, query: string): Promise<void> {
		const { file } = await openNote(h.app, "Acme screen.md", CALL_NOTE);
		await h.plugin.openSidebar();
		await flush();
		open();
		await settle();
		expect(activeDocument.querySelector(".modal-container .suggestion-item"), "a suggestion in the picker").not.toBeNull();
		await h.app.vault.delete(file);
		await flush();
		await chooseSuggestion(query);
		await flush();
	}

	it("opens nothing from Jump to story", async () => {
		await pickAfterDelete(() => h.app.executeCommandById("interview-prep:jump-to-story"), "queue");
		expect(h.app.workspace.getActiveFile()).toBeNull();
		expect(shownNotices).toEqual([]);
	});

	it("writes nothing from Move question", async () => {
		await pickAfterDelete(() => h.app.executeCommandById("interview-prep:move-question"), "role");
		expect(h.app.vault.getFileByPath("Acme screen.md")).toBeNull();
		expect(shownNotices).toEqual([]);
	});

	it("writes nothing from Answered with", async () => {
		await pickAfterDelete(() => sidebar().querySelector<HTMLButtonElement>('button[aria-label="Answered with a story: Why us?"]')?.click(), "queue");
		expect(h.app.vault.getFileByPath("Acme screen.md")).toBeNull();
		expect(shownNotices).toEqual([]);
	});
});

describe("what each device keeps", () => {
	/** This device's local storage, with its install id already chosen. */
	const localOf = (id: string) => {
		const local = memoryStorage();
		local.write("local:interview-prep-device", JSON.stringify(id));
		return local;
	};

	it("lets two devices that change a setting at the same instant agree on one value, whichever syncs first", async () => {
		const shared = memoryStorage();
		const a = await loadPlugin({ storage: shared, local: localOf("device-a") });
		h = await loadPlugin({ storage: shared, local: localOf("device-b") });
		// The clock stands still: both changes carry the same instant.
		await h.plugin.settings.update({ questionsMax: 5 });
		await a.plugin.settings.update({ questionsMax: 4 });
		await h.plugin.onExternalSettingsChange();
		await a.plugin.onExternalSettingsChange();
		expect([a.plugin.settings.current.questionsMax, h.plugin.settings.current.questionsMax], "A's and B's questions at most").toEqual([5, 5]);
		a.plugin.unload();
	});

	it("ignores a synced file whose change time is not a time, with a warning, and keeps syncing after it", async () => {
		const shared = memoryStorage();
		h = await loadPlugin({ storage: shared, local: localOf("device-b") });
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		// 1e999 reads as Infinity, which would win every merge from then on.
		shared.write(DATA, '{"settings":{"questionsMax":7},"timer":null,"offered":[],"changes":{"settings":{"at":1e999,"device":"z"},"timer":{"at":0,"device":""}}}');
		await h.plugin.onExternalSettingsChange();
		expect(h.plugin.settings.current.questionsMax).toBe(3);
		expect(warn).toHaveBeenCalledTimes(1);
		shared.write(DATA, '{"settings":{"questionsMax":7},"timer":null,"offered":[],"changes":{"settings":{"at":"later","device":"z"},"timer":{"at":0,"device":""}}}');
		await h.plugin.onExternalSettingsChange();
		expect(h.plugin.settings.current.questionsMax).toBe(3);
		expect(warn).toHaveBeenCalledTimes(2);
		// A stamp that is no object, or names its device by a number.
		shared.write(DATA, '{"settings":{"questionsMax":7},"timer":null,"offered":[],"changes":{"settings":null,"timer":{"at":0,"device":""}}}');
		await expect(h.plugin.onExternalSettingsChange()).resolves.toBeUndefined();
		shared.write(DATA, '{"settings":{"questionsMax":7},"timer":null,"offered":[],"changes":{"settings":{"at":9e15,"device":7},"timer":{"at":0,"device":""}}}');
		await h.plugin.onExternalSettingsChange();
		expect(h.plugin.settings.current.questionsMax).toBe(3);
		expect(warn).toHaveBeenCalledTimes(4);
		shared.write(DATA, JSON.stringify({ settings: { questionsMax: 6 }, timer: null, offered: [], changes: { settings: { at: Date.now() + MIN, device: "z" }, timer: { at: 0, device: "" } } }));
		await h.plugin.onExternalSettingsChange();
		expect(h.plugin.settings.current.questionsMax).toBe(6);
	});

	it("keeps one id per install across restarts, and makes one where an empty one was saved", async () => {
		const local = memoryStorage();
		local.write("local:interview-prep-device", JSON.stringify(""));
		h = await loadPlugin({ local });
		const id = h.app.loadLocalStorage("interview-prep-device");
		expect(typeof id === "string" && id !== "").toBe(true);
		h.plugin.unload();
		h = await loadPlugin({ local });
		expect(h.app.loadLocalStorage("interview-prep-device")).toBe(id);
	});

	it("starts Capture note on the section it used last, after a restart too, and on Agenda when what it kept is empty", async () => {
		const local = memoryStorage();
		local.write("local:interview-prep-capture-target", JSON.stringify(""));
		h = await loadPlugin({ local });
		await openNote(h.app, "Acme.md", NOTE);
		const startsOn = () => {
			h.app.executeCommandById("interview-prep:capture-note");
			const modal = activeDocument.querySelector(".interview-prep-capture")?.closest(".modal");
			const checked = modal?.querySelector('[role="radio"][aria-checked="true"]')?.textContent;
			modal?.querySelector<HTMLElement>(".modal-close-button")?.click();
			return checked;
		};
		expect(startsOn()).toBe("Agenda");
		expect(await h.plugin.liveCall.capture("Notes", "Salary band is 120-140")).toBe(true);
		h.plugin.unload();
		h = await loadPlugin({ local });
		await openNote(h.app, "Acme.md", NOTE);
		expect(startsOn(), "the section Capture note starts on after a restart").toBe("Notes");
	});

	it("remembers the newest plain bullets turned into tasks past its cap, so one asked last still unchecks into a bullet after a restart", async () => {
		const KEPT = 500;
		const local = memoryStorage();
		const older = Array.from({ length: KEPT }, (_, i) => `Old ${i}.md\u00000\u0000- [x] question ${i}`);
		local.write("local:interview-prep-plain-items", JSON.stringify(older));
		h = await loadPlugin({ local });
		const note = "# Acme call\n\n## Questions\n\n- Why is the role open?\n";
		await openNote(h.app, "Acme.md", note);
		await h.plugin.openSidebar();
		await flush();
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]')?.click();
		await flush();
		const kept = h.app.loadLocalStorage("interview-prep-plain-items") as string[];
		expect(kept).toHaveLength(KEPT);
		expect(kept[0]).toBe(older[1]);
		const asked = h.app.workspace.activeEditor?.editor?.getValue() ?? "";
		h.plugin.unload();
		h = await loadPlugin({ local });
		const reopened = await openNote(h.app, "Acme.md", asked);
		await h.plugin.openSidebar();
		await flush();
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]')?.click();
		await flush();
		expect(reopened.editor.getValue()).toBe(note);
	});
});

describe("the sidebar's lists", () => {
	beforeEach(async () => {
		h = await loadPlugin();
	});
	const texts = (selector: string) => Array.from(sidebar().querySelectorAll(selector)).map((el) => el.textContent);
	const withSidebar = async (text: string, path = "Acme.md") => {
		const opened = await openNote(h.app, path, text);
		await h.plugin.openSidebar();
		await flush();
		return opened;
	};

	it("lists a section's first 50 open tasks, the rest on request, with the keyboard on the first that was hidden", async () => {
		const tasks = Array.from({ length: 55 }, (_, i) => `- [ ] Task ${i + 1}`).join("\n");
		await withSidebar(`# Big call\n\n## Preparation\n\n${tasks}\n`);
		sidebar().querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Preparation"]')?.click();
		expect(sidebar().querySelectorAll(".interview-prep-open-tasks input")).toHaveLength(50);
		const more = Array.from(sidebar().querySelectorAll<HTMLButtonElement>(".interview-prep-more")).find((b) => b.textContent === "Show all 55 open tasks");
		more?.click();
		expect(sidebar().querySelectorAll(".interview-prep-open-tasks input")).toHaveLength(55);
		expect(activeDocument.activeElement?.getAttribute("data-line")).toBe("55");
		expect(texts(".interview-prep-more")).toEqual([]);
		// Hidden again, the section lists its first 50 when it is shown next.
		sidebar().querySelector<HTMLButtonElement>('[aria-label="Hide open tasks in Preparation"]')?.click();
		expect(sidebar().querySelectorAll(".interview-prep-open-tasks input")).toHaveLength(0);
		sidebar().querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Preparation"]')?.click();
		expect(sidebar().querySelectorAll(".interview-prep-open-tasks input")).toHaveLength(50);
	});

	it("shows the first 20 sections with tasks, and all on request; a section with none open cannot be expanded", async () => {
		const sections = Array.from({ length: 45 }, (_, i) => `### Part ${i + 1}\n\n- [${i === 0 ? "x" : " "}] Task ${i + 1}\n`).join("\n");
		await withSidebar(`# Big call\n\n## Preparation\n\n${sections}\n## Empty\n\nNo tasks here.\n`);
		const rows = () => texts(".interview-prep-section-name");
		expect(rows()).toHaveLength(20);
		expect(rows().slice(0, 3)).toEqual(["Preparation", "Part 1", "Part 2"]);
		expect(sidebar().querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Part 1"]')?.disabled).toBe(true);
		expect(sidebar().querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Part 2"]')?.disabled).toBe(false);
		expect(sidebar().querySelector(".interview-prep-section.interview-prep-depth-3 .interview-prep-section-name")?.textContent).toBe("Part 1");
		Array.from(sidebar().querySelectorAll<HTMLButtonElement>(".interview-prep-more")).find((b) => b.textContent === "Show all 46 sections")?.click();
		expect(rows()).toHaveLength(46);
		expect(rows()).not.toContain("Empty");
		expect(rows()).not.toContain("Big call");
	});

	it("names an untitled note and question, and counts questions against the plan in words", async () => {
		await h.plugin.settings.update({ questionsMin: 2, questionsMax: 2 });
		await withSidebar("## Preparation\n\n- [ ] Read the post\n\n## Questions\n\n- [x] Why is the role open?\n- [ ]\n");
		expect(sidebar().querySelector(".interview-prep-title")?.textContent).toBe("Acme");
		const count = () => sidebar().querySelector(".interview-prep-questions-part .interview-prep-count");
		expect(count()?.textContent).toBe("asked 1 of 2 planned · 2 in the note");
		expect(count()?.classList.contains("is-short")).toBe(false);
		await h.plugin.settings.update({ questionsMin: 3, questionsMax: 4 });
		await flush();
		expect(count()?.textContent).toBe("asked 1 of 3–4 planned · 2 in the note");
		expect(count()?.classList.contains("is-short"), "the count marked short of the plan").toBe(true);
		expect(texts(".interview-prep-question-group .interview-prep-group-title")).toEqual(["Questions"]);
		expect(texts("li.interview-prep-question > .interview-prep-link")).toEqual(["Why is the role open?", "Untitled question"]);
		expect(Array.from(sidebar().querySelectorAll("li.interview-prep-question")).map((li) => li.classList.contains("is-asked"))).toEqual([true, false]);
		expect(sidebar().querySelector(".interview-prep-ready")).toBeNull();
		expect(sidebar().querySelector(".interview-prep-cancelled")).toBeNull();
	});

	it("reads as headings, labelled progress and checkboxes to a screen reader, and expands one section at a time", async () => {
		await withSidebar("## Preparation\n\n- [ ]\n- [ ] Print the post\n- [x] Pick questions\n\n## Research\n\n- [ ] Read the post\n\n## Questions\n\n- Why is the role open?\n");
		const title = sidebar().querySelector(".interview-prep-title");
		expect([title?.textContent, title?.getAttribute("role"), title?.getAttribute("aria-level")]).toEqual(["Acme", "heading", "2"]);
		expect(Array.from(sidebar().querySelectorAll(".interview-prep-header progress, .interview-prep-sections progress")).map((bar) => bar.getAttribute("aria-label"))).toEqual([
			"Overall prep progress",
			"Preparation progress",
			"Research progress",
		]);
		expect(sidebar().querySelector("ul.interview-prep-sections")?.getAttribute("aria-label")).toBe("Progress by section");
		// A note without a title heading keeps its first section's row.
		expect(texts(".interview-prep-section-name")).toEqual(["Preparation", "Research"]);
		expect(texts(".interview-prep-part-title")).toContain("Questions");
		expect(texts(".interview-prep-next")).toEqual(["Check next open task"]);
		sidebar().querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Preparation"]')?.click();
		expect(sidebar().querySelectorAll(".interview-prep-open-tasks")).toHaveLength(1);
		expect(Array.from(sidebar().querySelectorAll<HTMLInputElement>(".interview-prep-open-tasks input")).map((box) => box.type)).toEqual(["checkbox"]);
		// The empty box a template left is no task: it is neither listed nor counted.
		expect(texts(".interview-prep-open-tasks label")).toEqual(["Print the post"]);
		expect(texts(".interview-prep-header .interview-prep-progress-count")).toEqual(["1/3"]);
	});

	it("offers no next task once every preparation task is done", async () => {
		await withSidebar("# Acme call\n\n## Preparation\n\n- [x] Read the post\n- [-] Print it\n\n## Research\n\n- [ ] Find the team\n");
		expect(sidebar().querySelector(".interview-prep-next")).toBeNull();
		expect(h.app.executeCommandById("interview-prep:toggle-next-prep-task")).toBe(false);
	});

	it("says every preparation task is done when Check next open task is clicked while the note is read again for a renamed Preparation heading whose section has none open", async () => {
		const text = "# Acme call\n\n## Preparation\n\n- [ ] Read the post\n\n## Before the call\n\n- [x] Book a room\n";
		const { editor } = await withSidebar(text);
		void h.plugin.settings.update({ headings: { preparation: "Before the call" } });
		// The button drawn for the old name is still there until the note is read again under the new one.
		const next = sidebar().querySelector<HTMLButtonElement>(".interview-prep-next");
		expect(next, "the button drawn for the old name").not.toBeNull();
		next?.click();
		await flush();
		expect(shownNotices.at(-1)).toBe("Every preparation task is done.");
		expect(editor.getValue()).toBe(text);
		expect(sidebar().querySelector(".interview-prep-next")).toBeNull();
	});

	it("says which questions an earlier round asked, and offers each question's move to the other group", async () => {
		await h.app.vault.createFolder("Interviews");
		await h.app.vault.create("Interviews/2026-11-20 Acme recruiter call.md", "---\ncompany: Acme\nround: Recruiter call\n---\n# Recruiter call\n## Questions\n- [x] Why is the role open?\n");
		await settle();
		await h.plugin.processes.ready;
		await withSidebar("---\ncompany: Acme\nround: Team lead\n---\n# Team lead\n## Questions\n### Chosen\n- why is the ROLE open?\n### Extra\n- What is on-call like?\n", "Interviews/2026-12-03 Acme team lead.md");
		expect(texts(".interview-prep-question .interview-prep-mark")).toEqual(["Asked in Recruiter call"]);
		expect(texts(".interview-prep-question .interview-prep-move")).toEqual(["To extra", "To chosen"]);
	});
});

/** Lets the pause in typing a setting pass, after which the index reads the notes again; on whichever clock the test runs. */
async function settingsPaused(): Promise<void> {
	if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(SETTINGS_PAUSE_MS + 50);
	else await new Promise((resolve) => window.setTimeout(resolve, SETTINGS_PAUSE_MS + 50));
}

describe("the process index", () => {
	beforeEach(async () => {
		h = await loadPlugin();
	});
	const companies = () => h.plugin.processes.processes().map((p) => `${p.company}: ${p.rounds.map((r) => r.round).join(", ")}`);
	const note = (key: string, company: string, round: string) => `---\n${key}: ${company}\nround: ${round}\n---\n# ${round}\n## Questions\n- Why?\n`;

	it("reads the notes again under the company key the settings name, and leaves a blank company out", async () => {
		await h.app.vault.create("Acme screen.md", note("company", "Acme", "Screen"));
		await h.app.vault.create("Globex screen.md", note("employer", "Globex", "Screen"));
		await h.app.vault.create("Blank.md", note("company", '"  "', "Blank"));
		await settle();
		await h.plugin.processes.ready;
		expect(companies()).toEqual(["Acme: Screen"]);
		await h.plugin.settings.update({ companyKey: "employer" });
		// The index reads the notes again once typing in the setting pauses.
		await settingsPaused();
		await h.plugin.processes.ready;
		expect(companies()).toEqual(["Globex: Screen"]);
	});

	it("leaves out a note deleted while it was being read", async () => {
		const file = await h.app.vault.create("Acme screen.md", note("company", "Acme", "Screen"));
		await settle();
		await h.plugin.processes.ready;
		// A setting the index reads changes, so it reads every note again; sync deletes this one meanwhile.
		await h.plugin.settings.update({ cancelledChars: "-~" });
		await settingsPaused();
		await h.app.vault.delete(file);
		await h.plugin.processes.ready;
		await flush();
		expect(companies()).toEqual([]);
	});

	it("moves a round to its new name when its note is renamed, and ignores the rename of another file", async () => {
		const file = await h.app.vault.create("Acme screen.md", note("company", "Acme", "Screen"));
		const other = await h.app.vault.create("Shopping.md", "# Shopping\n");
		await settle();
		await h.plugin.processes.ready;
		const changes = vi.fn();
		h.plugin.processes.onChange(changes);
		await h.app.vault.rename(other, "Groceries.md");
		await flush();
		expect(changes).not.toHaveBeenCalled();
		await h.app.vault.rename(file, "Acme first call.md");
		await flush();
		expect(h.plugin.processes.allRounds().map((r) => r.path)).toEqual(["Acme first call.md"]);
	});
});
