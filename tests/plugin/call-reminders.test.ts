import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadPlugin, openNote, type Harness } from "../harness";
import { shownNotices } from "../obsidian";

const note = (company: string, round: string, meeting: string) =>
	`---\ncompany: ${company}\nround: ${round}\nmeeting: ${meeting}\n---\n# ${company} ${round}\n\n## Preparation\n\n- [x] Read the post\n- [ ] Pick questions\n\n## Stories\n\n- Outage\n`;

let h: Harness;

/** Reads the vault again; the index gives the UI a turn between notes on a busy machine, on the faked clock too. */
async function indexed(): Promise<void> {
	const done = h.plugin.processes.rebuild();
	await vi.advanceTimersByTimeAsync(1_000);
	await done;
}

describe("call reminders with three companies in flight", () => {
	beforeEach(async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		vi.setSystemTime(new Date("2026-12-07T09:00:00"));
		h = await loadPlugin();
		await h.app.vault.createFolder("Prep");
		await h.app.vault.create("Prep/Acme hiring manager.md", note("Acme", "Hiring manager", "2026-12-07T09:40"));
		await h.app.vault.create("Prep/Initech screen.md", note("Initech", "Screen", "2026-12-07T15:00"));
		await indexed();
	});
	afterEach(() => {
		h.plugin.unload();
		activeDocument.body.empty();
		vi.useRealTimers();
	});

	it("reminds of a call in another company's note, once at each threshold, naming the call and its readiness", async () => {
		await openNote(h.app, "Prep/Globex recruiter call.md", note("Globex", "Recruiter call", "2026-12-09T10:00"));
		const before = shownNotices.length;
		await vi.advanceTimersByTimeAsync(35 * 60_000);
		expect(shownNotices.slice(before)).toEqual([
			"Call with Acme (Hiring manager) in 30 min: prep 1/2, stories ready 0/1",
			"Call with Acme (Hiring manager) in 10 min: prep 1/2, stories ready 0/1",
		]);
	});

	it("opens the call's note when the reminder is clicked", async () => {
		await openNote(h.app, "Prep/Globex recruiter call.md", note("Globex", "Recruiter call", "2026-12-09T10:00"));
		await vi.advanceTimersByTimeAsync(11 * 60_000);
		const reminder = Array.from(activeDocument.querySelectorAll<HTMLElement>(".notice-message")).find((el) => el.textContent?.startsWith("Call with Acme"));
		reminder?.click();
		await vi.advanceTimersByTimeAsync(1_000);
		expect(h.app.workspace.getActiveFile()?.path).toBe("Prep/Acme hiring manager.md");
	});

	it("shows the reminder with a pointer, as a link to the call's note", async () => {
		await vi.advanceTimersByTimeAsync(11 * 60_000);
		const reminder = Array.from(activeDocument.querySelectorAll<HTMLElement>(".notice-message")).find((el) => el.textContent?.startsWith("Call with Acme"));
		expect(reminder?.classList.contains("interview-prep-notice-link")).toBe(true);
	});

	it("opens nothing when the reminder of a note deleted since is clicked", async () => {
		await openNote(h.app, "Prep/Globex recruiter call.md", note("Globex", "Recruiter call", "2026-12-09T10:00"));
		await vi.advanceTimersByTimeAsync(11 * 60_000);
		const acme = h.app.vault.getFileByPath("Prep/Acme hiring manager.md");
		if (acme) await h.app.vault.delete(acme);
		const reminder = Array.from(activeDocument.querySelectorAll<HTMLElement>(".notice-message")).find((el) => el.textContent?.startsWith("Call with Acme"));
		reminder?.click();
		await vi.advanceTimersByTimeAsync(1_000);
		expect(h.app.workspace.getActiveFile()?.path).toBe("Prep/Globex recruiter call.md");
	});

	it("reminds of two calls booked for the same minute, one each", async () => {
		await h.app.vault.create("Prep/Hooli screen.md", note("Hooli", "Screen", "2026-12-07T09:40"));
		await indexed();
		const before = shownNotices.length;
		await vi.advanceTimersByTimeAsync(35 * 60_000);
		expect(shownNotices.slice(before).filter((n) => n.includes("in 10 min")).sort()).toEqual([
			"Call with Acme (Hiring manager) in 10 min: prep 1/2, stories ready 0/1",
			"Call with Hooli (Screen) in 10 min: prep 1/2, stories ready 0/1",
		]);
	});

	it("does not remind twice of the call in the open note, which is also in the index", async () => {
		await openNote(h.app, "Prep/Acme hiring manager.md", note("Acme", "Hiring manager", "2026-12-07T09:40"));
		const before = shownNotices.length;
		await vi.advanceTimersByTimeAsync(35 * 60_000);
		expect(shownNotices.slice(before).filter((n) => n.includes("in 10 min"))).toHaveLength(1);
	});

	it("does not remind of the time a call was moved from while the change is not yet saved", async () => {
		const { editor } = await openNote(h.app, "Prep/Acme hiring manager.md", note("Acme", "Hiring manager", "2026-12-07T09:40"));
		// Just before the call's 10-minute reminder, the call is moved to 10:30.
		await vi.advanceTimersByTimeAsync(new Date("2026-12-07T09:29:59.900").getTime() - Date.now());
		const before = shownNotices.length;
		editor.setValue(note("Acme", "Hiring manager", "2026-12-07T10:30"));
		await vi.advanceTimersByTimeAsync(5_000);
		expect(shownNotices.slice(before)).toEqual([]);
	});

	it("names the open note's call by its company and round", async () => {
		await openNote(h.app, "Prep/Acme hiring manager.md", note("Acme", "Hiring manager", "2026-12-07T09:40"));
		const before = shownNotices.length;
		await vi.advanceTimersByTimeAsync(35 * 60_000);
		expect(shownNotices.slice(before)).toEqual([
			"Call with Acme (Hiring manager) in 30 min: prep 1/2, stories ready 0/1",
			"Call with Acme (Hiring manager) in 10 min: prep 1/2, stories ready 0/1",
		]);
	});

	it.each([
		["names no company", ""],
		["has a blank company", 'company: "  "\n'],
	])("names the call by the note's title when the open note %s", async (_case, company) => {
		const before = shownNotices.length;
		await openNote(h.app, "Prep/Recruiter call.md", `---\n${company}meeting: 2026-12-07T09:45\n---\n# Recruiter call\n\n## Preparation\n\n- [ ] Read the post\n`);
		await vi.advanceTimersByTimeAsync(35 * 60_000);
		expect(shownNotices.slice(before).filter((n) => !n.includes("Acme"))).toEqual([
			"Call with Recruiter call in 30 min: prep 0/1, stories ready 0/0",
			"Call with Recruiter call in 10 min: prep 0/1, stories ready 0/0",
		]);
	});

	it("names the open note's company by the key the settings give", async () => {
		await h.plugin.settings.update({ companyKey: "employer" });
		const before = shownNotices.length;
		await openNote(h.app, "Prep/Hooli screen.md", "---\nemployer: Hooli\nround: Screen\nmeeting: 2026-12-07T09:45\n---\n# Hooli screen\n");
		await vi.advanceTimersByTimeAsync(35 * 60_000);
		expect(shownNotices.slice(before).filter((n) => n.includes("Screen"))).toEqual(["Call with Hooli (Screen) in 30 min: prep 0/0, stories ready 0/0", "Call with Hooli (Screen) in 10 min: prep 0/0, stories ready 0/0"]);
	});

	it("names only the company when the round is named after it", async () => {
		await h.app.vault.create("Prep/Hooli.md", "---\ncompany: Hooli\nround: Hooli\nmeeting: 2026-12-07T09:45\n---\n# Hooli\n");
		await indexed();
		const before = shownNotices.length;
		await vi.advanceTimersByTimeAsync(35 * 60_000);
		expect(shownNotices.slice(before).filter((n) => n.includes("Hooli"))).toEqual(["Call with Hooli in 30 min: prep 0/0, stories ready 0/0", "Call with Hooli in 10 min: prep 0/0, stories ready 0/0"]);
	});
});

describe("call reminders when every call in the vault is behind", () => {
	beforeEach(async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		vi.setSystemTime(new Date("2026-12-07T09:00:00"));
		h = await loadPlugin();
		await h.app.vault.createFolder("Prep");
		await h.app.vault.create("Prep/Umbrella screen.md", note("Umbrella", "Screen", "2026-12-04T10:00"));
		await indexed();
	});
	afterEach(() => {
		h.plugin.unload();
		activeDocument.body.empty();
		vi.useRealTimers();
	});

	it("reminds of a call booked in a new note, not open, 40 minutes ahead", async () => {
		await h.app.vault.create("Prep/Acme hiring manager.md", note("Acme", "Hiring manager", "2026-12-07T09:40"));
		await indexed();
		const before = shownNotices.length;
		await vi.advanceTimersByTimeAsync(35 * 60_000);
		expect(shownNotices.slice(before)).toEqual([
			"Call with Acme (Hiring manager) in 30 min: prep 1/2, stories ready 0/1",
			"Call with Acme (Hiring manager) in 10 min: prep 1/2, stories ready 0/1",
		]);
	});

	it("reminds of the call in a note as it opens, 40 minutes ahead", async () => {
		const before = shownNotices.length;
		await openNote(h.app, "Prep/Acme hiring manager.md", note("Acme", "Hiring manager", "2026-12-07T09:40"));
		await vi.advanceTimersByTimeAsync(35 * 60_000);
		expect(shownNotices.slice(before)).toEqual([
			"Call with Acme (Hiring manager) in 30 min: prep 1/2, stories ready 0/1",
			"Call with Acme (Hiring manager) in 10 min: prep 1/2, stories ready 0/1",
		]);
	});

	it("checks the calls ahead on one clock however many there are, and stops once none is left", async () => {
		const idle = vi.getTimerCount();
		await h.app.vault.create("Prep/Acme hiring manager.md", note("Acme", "Hiring manager", "2026-12-07T09:40"));
		await indexed();
		expect(vi.getTimerCount()).toBe(idle + 1);
		await h.app.vault.create("Prep/Initech screen.md", note("Initech", "Screen", "2026-12-07T15:00"));
		await indexed();
		expect(vi.getTimerCount()).toBe(idle + 1);
		for (const path of ["Prep/Acme hiring manager.md", "Prep/Initech screen.md"]) {
			const file = h.app.vault.getFileByPath(path);
			if (file) await h.app.vault.delete(file);
		}
		await indexed();
		expect(vi.getTimerCount()).toBe(idle);
	});

	it("reminds of nothing for a call that is past", async () => {
		const before = shownNotices.length;
		await openNote(h.app, "Prep/Umbrella screen.md", note("Umbrella", "Screen", "2026-12-04T10:00"));
		await vi.advanceTimersByTimeAsync(35 * 60_000);
		expect(shownNotices.slice(before)).toEqual([]);
	});
});
