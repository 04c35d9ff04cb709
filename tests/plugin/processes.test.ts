import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterRefresh, type Harness, loadPlugin, openNote, settle, sidebarOf } from "../harness";
import type { TFile } from "../obsidian";
import { NOTIFY_MS, SETTINGS_PAUSE_MS } from "../../src/interview-process/process-index";

const ROUND_1 = "Interviews/2026-12-03 Northwind recruiter call.md";
const ROUND_2 = "Interviews/2026-12-10 Northwind hiring manager.md";
const example = (path: string) => readFileSync(`example-vault/${path}`, "utf8");
const OTHER = "---\nrole: none\n---\n# Groceries\n\n## Questions\n\n- Milk?\n";

let h: Harness;
afterEach(() => h?.plugin.unload());

/** Every path the plugin read from the vault, in order. */
function countReads(harness: Harness): string[] {
	const reads: string[] = [];
	const { vault } = harness.app;
	const read = vault.read.bind(vault);
	// The double's cachedRead reads through read, so one spy sees both.
	vi.spyOn(vault, "read").mockImplementation((file: TFile) => (reads.push(file.path), read(file)));
	return reads;
}

async function create(harness: Harness, path: string, text: string): Promise<TFile> {
	const folder = path.slice(0, path.lastIndexOf("/"));
	if (folder && !harness.app.vault.getFolderByPath(folder)) await harness.app.vault.createFolder(folder);
	const file = await harness.app.vault.create(path, text);
	await settle();
	return file;
}

const rounds = (harness: Harness) => harness.plugin.processes.processes().map((p) => [p.company, p.rounds.map((r) => `${r.round}@${r.path}`)]);

/** One turn of the event loop, as the app's UI thread gives between tasks, whatever timers a hidden window slows. */
function uiTurn(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

describe("the process index", () => {
	it("reads the vault while the window is hidden, where a timer waits a second or more", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		try {
			h = await loadPlugin({ layout: false });
			// Long notes, which the parser reads in slices, giving the UI a turn between them.
			const long = (company: string) => `---\ncompany: ${company}\n---\n# ${company} call\n## Stories\n- Queue migration\n${"\nSome notes about the team and the product.\n".repeat(1200)}`;
			for (const company of ["Acme", "Globex"]) await create(h, `${company}.md`, long(company));
			h.app.workspace.rootSplit.setHidden(true);
			h.app.workspace.finishLayout();
			for (let turn = 0; turn < 200 && h.plugin.processes.reading !== null; turn++) await uiTurn();
			expect(h.plugin.processes.reading).toBeNull();
			expect(h.plugin.processes.processes().map((p) => p.company)).toEqual(["Acme", "Globex"]);
		} finally {
			h.app.workspace.rootSplit.setHidden(false);
			vi.useRealTimers();
		}
	});


	it("reads each note once after a heading name is typed into the settings, not once a keystroke, and keeps its rounds meanwhile", async () => {
		h = await loadPlugin();
		const note = (company: string) => `---\ncompany: ${company}\n---\n# ${company} call\n## Anecdotes\n- Queue migration\n`;
		await create(h, "Acme.md", note("Acme"));
		await create(h, "Globex.md", note("Globex"));
		await h.plugin.processes.ready;
		const reads = countReads(h);
		for (let typed = 1; typed <= "Anecdotes".length; typed++) {
			await h.plugin.settings.update({ headings: { stories: "Anecdotes".slice(0, typed) } });
			await settle();
			expect(rounds(h)).toHaveLength(2);
		}
		await vi.waitFor(() => expect(h.plugin.processes.allRounds().map((r) => r.stories.map((s) => s.title))).toEqual([["Queue migration"], ["Queue migration"]]));
		await h.plugin.processes.ready;
		expect(reads.sort()).toEqual(["Acme.md", "Globex.md"]);
	});

	it("reads only the notes that name a company when the layout is ready", async () => {
		h = await loadPlugin({ layout: false });
		await create(h, ROUND_1, example(ROUND_1));
		await create(h, "Groceries.md", OTHER);
		await create(h, "Plain.md", "# Plain\n");
		const reads = countReads(h);
		h.app.workspace.finishLayout();
		await h.plugin.processes.ready;
		expect(reads).toEqual([ROUND_1]);
		expect(rounds(h)).toEqual([["Northwind Analytics", [`Northwind recruiter call@${ROUND_1}`]]]);
	});

	it("reads a vault of more notes than one message to the parser holds: every round, and the count to the end", async () => {
		h = await loadPlugin({ layout: false });
		// Fifteen notes of about 7 KB: more text than one batch.
		const filler = `${"A line of notes taken during the call, long enough to weigh. ".repeat(110)}\n`;
		for (let i = 1; i <= 15; i++) await create(h, `Vault/Company ${i}.md`, `---\ncompany: Company ${i}\n---\n# Screen\n\n## Questions\n\n- Why now?\n\n# Notes\n\n${filler}`);
		const counts: string[] = [];
		h.plugin.processes.onProgress(() => {
			const reading = h.plugin.processes.reading;
			if (reading) counts.push(`${reading.read} of ${reading.of}`);
		});
		h.app.workspace.finishLayout();
		await h.plugin.processes.ready;
		expect(h.plugin.processes.processes().map((p) => p.company).sort()).toEqual(Array.from({ length: 15 }, (_, i) => `Company ${i + 1}`).sort());
		expect(counts[0]).toBe("0 of 15");
		expect(counts.at(-1)).toBe("15 of 15");
	});

	it("follows a note created, changed, renamed and deleted, and never reads one without a company", async () => {
		h = await loadPlugin();
		await h.plugin.processes.ready;
		const reads = countReads(h);
		const two = await create(h, ROUND_2, example(ROUND_2));
		const other = await create(h, "Groceries.md", OTHER);
		await create(h, ROUND_1, example(ROUND_1));
		expect(rounds(h)).toEqual([["Northwind Analytics", [`Northwind recruiter call@${ROUND_1}`, `Hiring manager@${ROUND_2}`]]]);

		await h.app.vault.modify(two, example(ROUND_2).replace("round: Hiring manager", "round: Team lead"));
		await h.app.vault.modify(other, OTHER + "\n- Eggs?\n");
		await settle();
		expect(rounds(h)[0]?.[1]).toContain(`Team lead@${ROUND_2}`);

		// A rename fires no `changed`: the index moves the round itself.
		await h.app.vault.rename(two, "Interviews/Northwind team lead.md");
		await settle();
		expect(rounds(h)).toEqual([["Northwind Analytics", [`Northwind recruiter call@${ROUND_1}`, "Team lead@Interviews/Northwind team lead.md"]]]);

		await h.app.vault.delete(two);
		await settle();
		expect(rounds(h)).toEqual([["Northwind Analytics", [`Northwind recruiter call@${ROUND_1}`]]]);
		expect(reads.filter((path) => path === "Groceries.md")).toEqual([]);
	});

	it("reads the notes again after a heading no note uses changes without telling its views of a change, and the bank stops saying it is reading", async () => {
		h = await loadPlugin();
		const note = (company: string) => `---\ncompany: ${company}\n---\n# ${company} call\n## Their questions\n- Why ${company}?\n`;
		await create(h, "Acme.md", note("Acme"));
		await create(h, "Globex.md", note("Globex"));
		await h.plugin.processes.ready;
		await h.plugin.jobSearch.openTheirQuestionsBank();
		await new Promise((resolve) => window.setTimeout(resolve, NOTIFY_MS + 50));
		const changes = vi.fn();
		h.plugin.processes.onChange(changes);
		await h.plugin.settings.update({ headings: { stories: "Anecdotes" } });
		await new Promise((resolve) => window.setTimeout(resolve, SETTINGS_PAUSE_MS + 50));
		await h.plugin.processes.ready;
		await new Promise((resolve) => window.setTimeout(resolve, NOTIFY_MS + 50));
		expect(changes).not.toHaveBeenCalled();
		expect(rounds(h)).toHaveLength(2);
		const bank = h.app.workspace.getLeavesOfType("interview-prep-their-questions")[0]?.view.containerEl;
		expect(bank?.querySelector('[role="status"]')?.textContent).toBe("");
	});

	it("reads the vault in parts of 60,000 characters, each part's count told before the next part is read", async () => {
		h = await loadPlugin({ layout: false });
		// Notes of exactly 10,000 characters: six make one part.
		const note = (i: number) => {
			const head = `---\ncompany: Company ${i}\n---\n# Screen\n\n## Questions\n\n- Why now?\n\n# Notes\n\n`;
			return head + "x".repeat(10_000 - head.length);
		};
		for (let i = 1; i <= 8; i++) await create(h, `Vault/Company ${i}.md`, note(i));
		const events = countReads(h);
		h.plugin.processes.onProgress(() => {
			const reading = h.plugin.processes.reading;
			if (reading && reading.read > 0) events.push(`${reading.read} of ${reading.of}`);
		});
		h.app.workspace.finishLayout();
		await h.plugin.processes.ready;
		const read = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `Vault/Company ${from + i}.md`);
		const told = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${from + i} of 8`);
		expect(events).toEqual([...read(1, 6), ...told(1, 6), ...read(7, 8), ...told(7, 8)]);
	});

	it("gives the UI a turn once 8 ms of taking rounds have passed, not between every two notes", async () => {
		h = await loadPlugin({ layout: false });
		for (let i = 1; i <= 6; i++) await create(h, `Company ${i}.md`, `---\ncompany: Company ${i}\n---\n# Screen\n`);
		// A slow machine: each look at the clock finds 4 ms gone.
		let now = 0;
		const clock = vi.spyOn(performance, "now").mockImplementation(() => (now += 4));
		// The UI's turns, counted as they come: messages and timers, whichever the index's turn waits behind.
		let turns = 0;
		let ticking = true;
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			turns++;
			if (ticking) channel.port2.postMessage(null);
			else channel.port1.close();
		};
		channel.port2.postMessage(null);
		const tick = () => {
			turns++;
			if (ticking) window.setTimeout(tick, 0);
		};
		window.setTimeout(tick, 0);
		const turnsAt: number[] = [];
		h.plugin.processes.onProgress(() => {
			const reading = h.plugin.processes.reading;
			if (reading && reading.read > 0) turnsAt.push(turns);
		});
		try {
			h.app.workspace.finishLayout();
			await h.plugin.processes.ready;
		} finally {
			ticking = false;
			clock.mockRestore();
		}
		expect(turnsAt.slice(1).map((at, i) => at > turnsAt[i]!)).toEqual([true, false, true, false, true]);
	});

	it("leaves out a round read under the company key the settings named before the reading started again", async () => {
		h = await loadPlugin({ layout: false });
		const note = (key: string, company: string) => `---\n${key}: ${company}\n---\n# ${company} screen\n`;
		await create(h, "Acme.md", note("company", "Acme"));
		await create(h, "Beta.md", note("company", "Beta"));
		await create(h, "Globex.md", note("employer", "Globex"));
		let restarted = false;
		h.plugin.processes.onProgress(() => {
			if (restarted || h.plugin.processes.reading?.read !== 1) return;
			// The company key changes after the first note is read: the index reads again under the new one.
			restarted = true;
			void h.plugin.settings.update({ companyKey: "employer" });
			void h.plugin.processes.rebuild();
		});
		h.app.workspace.finishLayout();
		await h.plugin.processes.ready;
		await settle();
		expect(restarted).toBe(true);
		expect(rounds(h).map(([company]) => company)).toEqual(["Globex"]);
	});

	it("leaves out a note whose change it was reading when the company key changed", async () => {
		h = await loadPlugin();
		const note = (key: string, company: string) => `---\n${key}: ${company}\n---\n# ${company} screen\n`;
		const beta = await create(h, "Beta.md", note("company", "Beta"));
		await create(h, "Globex.md", note("employer", "Globex"));
		await h.plugin.processes.ready;
		h.app.metadataCache.on("changed", (file) => {
			if (file.path !== beta.path) return;
			// As the note's change is read, the company key changes and the index reads every note again.
			void h.plugin.settings.update({ companyKey: "employer" });
			void h.plugin.processes.rebuild();
		});
		await h.app.vault.modify(beta, note("company", "Beta") + "\n- More\n");
		await settle();
		await h.plugin.processes.ready;
		await settle();
		expect(rounds(h).map(([company]) => company)).toEqual(["Globex"]);
	});

	it("leaves out a note deleted while its change was being read", async () => {
		h = await loadPlugin();
		const one = await create(h, ROUND_1, example(ROUND_1));
		expect(rounds(h)).toHaveLength(1);
		h.app.metadataCache.on("changed", (file) => {
			// Sync deletes the note as its change is read.
			if (file.path === ROUND_1) void h.app.vault.delete(one);
		});
		await h.app.vault.modify(one, example(ROUND_1).replace("round: Recruiter call", "round: Screen"));
		await settle();
		expect(rounds(h)).toEqual([]);
	});

	it("never reads a note whose company is blank, nor a note made as the vault is read again that names none", async () => {
		h = await loadPlugin();
		await create(h, ROUND_1, example(ROUND_1));
		await create(h, "Blank.md", '---\ncompany: "  "\n---\n# Blank\n');
		await h.plugin.processes.ready;
		const reads = countReads(h);
		await h.plugin.processes.rebuild();
		// Made as the reading starts, before the metadata cache has it.
		void h.app.vault.create("Groceries.md", OTHER);
		await h.plugin.processes.rebuild();
		await settle();
		expect(reads.filter((path) => path !== ROUND_1)).toEqual([]);
		expect(rounds(h)).toEqual([["Northwind Analytics", [`Northwind recruiter call@${ROUND_1}`]]]);
	});

	it("leaves a note that loses its company key as the notes are read again after a heading changes", async () => {
		h = await loadPlugin();
		const one = await create(h, ROUND_1, example(ROUND_1));
		await create(h, ROUND_2, example(ROUND_2));
		expect(rounds(h)[0]?.[1]).toHaveLength(2);
		h.app.metadataCache.on("changed", (file) => {
			// A heading setting's pause ends as the change comes: the index reads the notes again, keeping its rounds meanwhile.
			if (file.path === ROUND_1) void h.plugin.processes.rebuild({ keep: true });
		});
		await h.app.vault.modify(one, example(ROUND_1).replace("company: Northwind Analytics\n", ""));
		await settle();
		await h.plugin.processes.ready;
		await settle();
		expect(rounds(h)).toEqual([["Northwind Analytics", [`Hiring manager@${ROUND_2}`]]]);
	});

	it("takes a company named by a number as a round", async () => {
		h = await loadPlugin({ layout: false });
		await create(h, "1984.md", "---\ncompany: 1984\nround: Screen\n---\n# Screen\n");
		h.app.workspace.finishLayout();
		await h.plugin.processes.ready;
		expect(rounds(h)).toEqual([["1984", ["Screen@1984.md"]]]);
	});

	it("keeps no round for a note whose unreadable frontmatter names no company", async () => {
		h = await loadPlugin();
		await create(h, ROUND_1, example(ROUND_1));
		await create(h, "Broken.md", "---\nwith: Sam (CTO): hiring manager\n---\n# Broken\n");
		await h.plugin.processes.rebuild();
		expect(rounds(h)).toEqual([["Northwind Analytics", [`Northwind recruiter call@${ROUND_1}`]]]);
	});

	it("tells its views nothing of an autosave of text the round does not read", async () => {
		h = await loadPlugin();
		const one = await create(h, ROUND_1, example(ROUND_1));
		await new Promise((resolve) => window.setTimeout(resolve, NOTIFY_MS + 50));
		const changes = vi.fn();
		h.plugin.processes.onChange(changes);
		await h.app.vault.modify(one, `${example(ROUND_1)}\nA thought after the call.\n`);
		await settle();
		await new Promise((resolve) => window.setTimeout(resolve, NOTIFY_MS + 50));
		expect(changes).not.toHaveBeenCalled();
	});

	it("tells its views of many changes close together once at once and once at the end of a short wait, and nothing after it is unloaded", async () => {
		h = await loadPlugin();
		await h.plugin.processes.ready;
		await new Promise((resolve) => window.setTimeout(resolve, NOTIFY_MS + 50));
		const changes = vi.fn();
		h.plugin.processes.onChange(changes);
		for (let i = 1; i <= 5; i++) await create(h, `Company ${i}.md`, `---\ncompany: Company ${i}\n---\n# Screen\n`);
		expect(changes).toHaveBeenCalledTimes(1);
		await new Promise((resolve) => window.setTimeout(resolve, NOTIFY_MS + 50));
		expect(changes).toHaveBeenCalledTimes(2);
		expect(rounds(h)).toHaveLength(5);
		// Another burst, and the plugin is unloaded before its wait ends.
		for (let i = 6; i <= 7; i++) await create(h, `Company ${i}.md`, `---\ncompany: Company ${i}\n---\n# Screen\n`);
		h.plugin.unload();
		await new Promise((resolve) => window.setTimeout(resolve, 2 * NOTIFY_MS + 50));
		expect(changes).toHaveBeenCalledTimes(2);
	});

	it("leaves a note that loses its company key", async () => {
		h = await loadPlugin();
		const one = await create(h, ROUND_1, example(ROUND_1));
		expect(rounds(h)).toHaveLength(1);
		await h.app.vault.modify(one, example(ROUND_1).replace("company: Northwind Analytics\n", ""));
		await settle();
		expect(rounds(h)).toEqual([]);
	});
});

describe("the process part of the sidebar", () => {
	async function openRound2(): Promise<HTMLElement> {
		h = await loadPlugin();
		await create(h, ROUND_1, example(ROUND_1));
		await openNote(h.app, ROUND_2, example(ROUND_2));
		await h.plugin.openSidebar();
		await afterRefresh();
		return sidebarOf(h.app);
	}
	const texts = (root: HTMLElement, selector: string) => Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? "");

	it("lists the rounds in date order with the current one marked, and what round 1 heard", async () => {
		const root = await openRound2();
		expect(texts(root, ".interview-prep-round-link")).toEqual(["Northwind recruiter call with Dana from the talent team", "Hiring manager with Priya Raman, engineering manager"]);
		expect(root.querySelector(".interview-prep-round.is-current .interview-prep-round-link")?.textContent).toBe("Hiring manager with Priya Raman, engineering manager");
		expect(texts(root, ".interview-prep-said-topic-title")).toEqual(["pay: 135–150k (said once)", "notice: 6 weeks (said once)", "Other"]);
		// When in its call a line was said is no news to the next round.
		expect(texts(root, ".interview-prep-said-before li > span:first-child")).toEqual([
			"My range is 135 to 150k base; I am flexible on the split with equity.",
			"I can start six weeks after an offer.",
			"I am looking for a senior backend role with real ownership of a platform.",
		]);
		expect(texts(root, ".interview-prep-said-before .interview-prep-earlier-source")[0]).toBe("Northwind recruiter call, to Dana from the talent team");
		expect(texts(root, ".interview-prep-discrepancies-before li > span:first-child")).toEqual(["Remote work · Fully remote · Two office days a month in Rotterdam"]);
		expect(texts(root, ".interview-prep-story .interview-prep-mark")).toEqual(["Told in Northwind recruiter call (Dana from the talent team)"]);
	});

	it("opens a round's note from its row", async () => {
		const root = await openRound2();
		root.querySelector<HTMLButtonElement>(".interview-prep-round-link")?.click();
		await afterRefresh();
		expect(h.app.workspace.getActiveFile()?.path).toBe(ROUND_1);
	});

	it("stays out of the way for a note without a company", async () => {
		h = await loadPlugin();
		await openNote(h.app, "Groceries.md", OTHER);
		await h.plugin.openSidebar();
		await afterRefresh();
		expect(sidebarOf(h.app).querySelector(".interview-prep-process-part")?.classList.contains("interview-prep-hidden")).toBe(true);
	});
});

describe("Start next round", () => {
	it("creates the next round with the unasked questions and the latest stories, opens it, and never overwrites", async () => {
		h = await loadPlugin();
		await create(h, ROUND_1, example(ROUND_1));
		await openNote(h.app, ROUND_2, example(ROUND_2));
		const file = await h.plugin.processCommands.startNextRound("Round 3");
		expect(file?.path).toMatch(/^Interviews\/\d{4}-\d{2}-\d{2} Northwind Analytics Round 3\.md$/);
		expect(h.app.workspace.getActiveFile()?.path).toBe(file?.path);
		const text = h.app.vault.peek(file?.path ?? "") ?? "";
		expect(text).toMatch(/^---\ncompany: Northwind Analytics\n/);
		expect(text).toContain('previous: "[[Interviews/2026-12-10 Northwind hiring manager]]"');
		expect(text).toContain("### Chosen\n\n* How are technical decisions written down and reviewed?\n* How does the platform team decide what to build next?\n\n### Extra\n\n* How often do teams change their roadmap mid-quarter?\n* What does growth to staff level look like here?\n");
		expect(text).toContain("![[Interviews/2026-12-03 Northwind recruiter call#What I said]]");
		if (!file) throw new Error("no note was made");
		await h.app.vault.modify(file, "kept");
		const again = await h.plugin.processCommands.startNextRound("Round 3");
		expect(again).toBe(file);
		expect(h.app.vault.peek(file?.path ?? "")).toBe("kept");
	});
});

describe("Start next round from an older round", () => {
	it("says it follows the latest round, and makes the round after it, linked to it, not a second round after the older one", async () => {
		h = await loadPlugin();
		await create(h, ROUND_2, example(ROUND_2));
		await openNote(h.app, ROUND_1, example(ROUND_1));
		await h.plugin.processes.rebuild();
		await afterRefresh();
		expect(h.app.executeCommandById("interview-prep:start-next-round")).toBe(true);
		expect(activeDocument.querySelector(".modal .setting-item-name")?.textContent).toBe("Round, after Hiring manager, the latest");
		const input = activeDocument.querySelector<HTMLInputElement>(".modal input[type=text]");
		expect(input?.value).toBe("Round 3");
		input?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		for (let i = 0; i < 5; i++) await settle();
		const path = h.app.workspace.getActiveFile()?.path ?? "";
		expect(path).toMatch(/Northwind Analytics Round 3\.md$/);
		expect(h.app.vault.peek(path)).toContain('previous: "[[Interviews/2026-12-10 Northwind hiring manager]]"');
	});
});

describe("Start next round from a note without a company", () => {
	it("is offered, asks for the company, writes it into the note's properties and goes on to ask for the round", async () => {
		h = await loadPlugin();
		const body = "# Recruiter Meeting\n\n* Time: \n* Recruiter: \n\n## Questions\n\n- Why is the role open?\n";
		const { file } = await openNote(h.app, "Interviews/Recruiter meeting.md", body);
		await afterRefresh();
		expect(h.app.executeCommandById("interview-prep:start-next-round")).toBe(true);
		const field = () => activeDocument.querySelector<HTMLInputElement>(".modal input[type=text]");
		expect(activeDocument.querySelector(".modal .setting-item-name")?.textContent).toBe("Company of this note");
		const input = field();
		if (!input) throw new Error("no company field");
		input.value = "Acme";
		input.dispatchEvent(new Event("input"));
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await settle();
		await afterRefresh();
		expect(await h.app.vault.read(file)).toBe(`---\ncompany: Acme\n---\n${body}`);
		expect(activeDocument.querySelector(".modal .setting-item-name")?.textContent).toBe("Round");
		expect(field()?.value).toBe("Round 2");
	});
});

describe("Move question to Chosen/Extra", () => {
	it("moves the sidebar's question with its nested lines to the end of Extra, and one undo restores it", async () => {
		h = await loadPlugin();
		const note = "# Q\n\n## Questions\n\n### Chosen\n\n- One\n- Two\n\t- why\n\n### Extra\n\n- Three\n";
		const { editor } = await openNote(h.app, "Q.md", note);
		await h.plugin.openSidebar();
		await afterRefresh();
		const move = sidebarOf(h.app).querySelector<HTMLButtonElement>('button[aria-label="Move to Extra: Two"]');
		move?.click();
		await settle();
		expect(editor.getValue()).toBe("# Q\n\n## Questions\n\n### Chosen\n\n- One\n\n### Extra\n\n- Three\n- Two\n\t- why\n");
		editor.undo();
		expect(editor.getValue()).toBe(note);
	});

	it("moves the question under the cursor, even from a line nested under it, when run from the palette", async () => {
		h = await loadPlugin();
		const note = "# Q\n\n## Questions\n\n### Chosen\n\n- One\n- Two\n\t- why\n\n### Extra\n\n- Three\n";
		const { editor } = await openNote(h.app, "Q.md", note);
		await afterRefresh();
		editor.setCursor({ line: 8, ch: 2 });
		expect(h.app.executeCommandById("interview-prep:move-question")).toBe(true);
		await settle();
		expect(editor.getValue()).toBe("# Q\n\n## Questions\n\n### Chosen\n\n- One\n\n### Extra\n\n- Three\n- Two\n\t- why\n");
		// Back again from Extra, with the cursor on the question's own line.
		editor.setCursor({ line: 11, ch: 0 });
		h.app.executeCommandById("interview-prep:move-question");
		await settle();
		expect(editor.getValue()).toBe("# Q\n\n## Questions\n\n### Chosen\n\n- One\n- Two\n\t- why\n\n### Extra\n\n- Three\n");
	});
});

describe("Capture what I said", () => {
	it("writes a time-stamped bullet under What I said, creating the section under Notes", async () => {
		h = await loadPlugin();
		const { editor } = await openNote(h.app, "Acme.md", "# Acme\n\n# Notes\n\n## Agenda\n");
		await h.plugin.liveCall.capture("What I said", "I can start in May", false);
		expect(editor.getValue()).toMatch(/^# Acme\n\n# Notes\n\n## Agenda\n[\s\S]*## What I said\n\n- \[\d\d:\d\d\] I can start in May\n$/);
	});

	/** Types into the open capture field as a person does, key by key; returns what shows under it. */
	async function type(text: string): Promise<string | null> {
		const input = activeDocument.querySelector<HTMLInputElement>(".interview-prep-capture-input");
		if (!input) throw new Error("no capture field");
		input.value = text;
		input.dispatchEvent(new Event("input"));
		await settle();
		const warning = activeDocument.querySelector<HTMLElement>(".interview-prep-capture-warning");
		return warning && !warning.classList.contains("interview-prep-hidden") ? warning.textContent : null;
	}

	it("shows under the field the earlier round's figure a typed line differs from, and Enter still writes what was typed", async () => {
		h = await loadPlugin();
		await create(h, ROUND_1, example(ROUND_1));
		const { editor } = await openNote(h.app, ROUND_2, example(ROUND_2));
		await afterRefresh();
		expect(h.app.executeCommandById("interview-prep:capture-said")).toBe(true);
		expect(await type("I'd want 1")).toBeNull();
		expect(await type("I'd want 170k")).toBe("Earlier: 135–150k, to Dana from the talent team (Northwind recruiter call, 3 Dec)");
		expect(await type("I'd want 140k")).toBeNull();
		expect(await type("I'd want 170k")).not.toBeNull();
		activeDocument.querySelector(".interview-prep-capture-input")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await vi.waitFor(() => expect(editor.getValue()).toMatch(/## What I said\n\n- \[\d\d:\d\d\] I'd want 170k\n/));
	});

	it("checks Capture note only while its section is What I said", async () => {
		h = await loadPlugin();
		await create(h, ROUND_1, example(ROUND_1));
		await openNote(h.app, ROUND_2, example(ROUND_2));
		await afterRefresh();
		expect(h.app.executeCommandById("interview-prep:capture-note")).toBe(true);
		expect(await type("They said 170k is the top of the band")).toBeNull();
		const input = activeDocument.querySelector<HTMLInputElement>(".interview-prep-capture-input");
		for (let i = 0; i < 3; i++) input?.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab" }));
		expect(activeDocument.querySelector(".interview-prep-capture-targets [aria-checked=true]")?.textContent).toBe("What I said");
		expect(activeDocument.querySelector(".interview-prep-capture-warning")?.textContent).toBe("Earlier: 135–150k, to Dana from the talent team (Northwind recruiter call, 3 Dec)");
		activeDocument.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
		expect(activeDocument.querySelector(".interview-prep-capture")).toBeNull();
	});
});

describe("a round whose frontmatter Obsidian cannot read", () => {
	const BAD = "---\ncompany: Northwind Analytics\nwith: Sam (CTO): hiring manager\nmeeting: 2026-12-12T10:00\n---\n# Northwind team round\n\n## Questions\n\n### Chosen\n\n- Who is on the team?\n";

	it("stays a round of its company, and the sidebar names the line Obsidian rejects", async () => {
		h = await loadPlugin();
		await create(h, ROUND_1, example(ROUND_1));
		await create(h, "Interviews/2026-12-12 Northwind team round.md", BAD);
		await h.plugin.processes.rebuild();
		expect(h.app.metadataCache.getFileCache(h.app.vault.getFileByPath("Interviews/2026-12-12 Northwind team round.md")!)?.frontmatter).toBeUndefined();
		expect(rounds(h)).toEqual([["Northwind Analytics", [`Northwind recruiter call@${ROUND_1}`, "Northwind team round@Interviews/2026-12-12 Northwind team round.md"]]]);
		await h.plugin.openSidebar();
		await openNote(h.app, "Interviews/2026-12-12 Northwind team round.md", BAD);
		await afterRefresh();
		await settle();
		const warning = sidebarOf(h.app).querySelector(".interview-prep-yaml-problem");
		expect(warning?.classList.contains("interview-prep-hidden")).toBe(false);
		expect(warning?.textContent).toContain('line 3 ("with: Sam (CTO): hiring manager")');
	});
});
