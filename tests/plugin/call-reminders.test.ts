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
});
