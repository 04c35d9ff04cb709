import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadPlugin, openNote, settle, type Harness } from "../harness";
import { memoryStorage, shownNotices } from "../obsidian";

const NOTE = [
	"---",
	"meeting: 2026-12-03T15:00:00Z",
	"---",
	"# Acme call",
	"",
	"## Preparation",
	"",
	"- [x] Read the post",
	"- [ ] Pick questions",
	"",
	"## Questions",
	"",
	"- Why is the role open?",
	"- [ ] How is on-call shared?",
	"",
	"## Stories",
	"",
	"- Queue migration",
	"  - Situation: nightly jobs overran",
	"  - Task: finish before reports",
	"  - Action: moved to a queue",
	"  - Result: 3 hours earlier",
	"- Billing outage",
	"  - S: a provider changed payloads",
	"  - R: the team was happier",
	"",
	"# Notes",
	"",
	"## Agenda",
	"",
	"- intro",
	"",
	"## Discrepancies",
	"",
	"| Topic | Before | Today |",
	"| --- | --- | --- |",
	"",
].join("\n");

let h: Harness;
const flush = async () => {
	for (let i = 0; i < 6; i++) await settle();
};
const sidebar = () => h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl ?? createDiv();

async function captureViaModal(command: string, text: string, tabs = 0): Promise<void> {
	expect(h.app.executeCommandById(`interview-prep:${command}`)).toBe(true);
	const input = activeDocument.querySelector<HTMLInputElement>(".interview-prep-capture-input");
	if (!input) throw new Error("no capture field");
	for (let i = 0; i < tabs; i++) input.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab" }));
	input.value = text;
	input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
	await flush();
}

describe("live-call mode", () => {
	beforeEach(async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		vi.setSystemTime(new Date("2026-12-03T14:00:00Z"));
		h = await loadPlugin();
	});
	afterEach(() => {
		h.plugin.unload();
		activeDocument.body.empty();
		vi.useRealTimers();
	});

	it("captures into Agenda with the clock time when no timer runs, as one undo step, keeping the cursor", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		editor.setCursor({ line: 12, ch: 4 });
		await captureViaModal("capture-note", "They use a four-day week");
		expect(editor.getValue()).toBe(NOTE.replace("- intro\n", "- intro\n- [14:00] They use a four-day week\n").replace(/\[14:00\]/, `[${new Date("2026-12-03T14:00:00Z").getHours().toString().padStart(2, "0")}:00]`));
		expect(editor.getCursor()).toEqual({ line: 12, ch: 4 });
		editor.undo();
		expect(editor.getValue()).toBe(NOTE);
	});

	it("stamps the running timer's elapsed time, remembers the last target, and Tab cycles targets", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		h.app.executeCommandById("interview-prep:start-meeting-timer");
		await flush();
		await vi.advanceTimersByTimeAsync(3 * 60_000 + 7000);
		await captureViaModal("capture-note", "Salary band is 120-140", 2);
		expect(editor.getValue()).toMatch(/# Notes\n\n- \[\+03:07\] Salary band is 120-140\n\n## Agenda/);
		// Remembered by this device, and not in the synced settings.
		expect(h.app.loadLocalStorage("interview-prep-capture-target")).toBe("Notes");
		expect(h.app.storage.read("plugin:interview-prep") ?? "").not.toContain("captureTarget");
		await captureViaModal("capture-note", "Second note");
		expect(editor.getValue()).toMatch(/- \[\+03:07\] Salary band is 120-140\n- \[\+03:07\] Second note\n/);
	});

	it("gives Capture discrepancy its own title and no section choice, and leaves Capture note's remembered section alone", async () => {
		await openNote(h.app, "Acme.md", NOTE);
		expect(h.app.executeCommandById("interview-prep:capture-discrepancy")).toBe(true);
		const modal = activeDocument.querySelector(".interview-prep-capture")?.closest(".modal");
		expect(modal?.querySelector(".modal-title")?.textContent).toBe("Capture discrepancy");
		expect(modal?.querySelectorAll('[role="radio"]')).toHaveLength(0);
		expect(modal?.querySelector(".interview-prep-capture-hint")?.textContent).not.toMatch(/Tab/);
		const input = modal?.querySelector<HTMLInputElement>(".interview-prep-capture-input");
		if (input) input.value = "Hybrid, not remote";
		input?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await flush();
		expect(h.app.loadLocalStorage("interview-prep-capture-target")).toBeNull();
		expect(h.app.executeCommandById("interview-prep:capture-note")).toBe(true);
		const general = activeDocument.querySelector(".interview-prep-capture")?.closest(".modal");
		expect(general?.querySelector(".modal-title")?.textContent).toBe("Capture note");
		expect(general?.querySelector('[role="radio"][aria-checked="true"]')?.textContent).toBe("Agenda");
	});

	it("writes a discrepancy as a row of the section's table", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		await captureViaModal("capture-discrepancy", "Hybrid, not remote");
		expect(editor.getValue()).toMatch(/\| --- \| --- \| --- \|\n\| \[\d\d:\d\d\] Hybrid, not remote \| \| \|\n$/);
	});

	it("fills a discrepancy's columns: Tab in the field moves to the next one, and the hint says so", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		expect(h.app.executeCommandById("interview-prep:capture-discrepancy")).toBe(true);
		const input = activeDocument.querySelector<HTMLInputElement>(".interview-prep-capture-input");
		if (!input) throw new Error("no capture field");
		expect(activeDocument.querySelector(".modal")?.textContent).toContain("Tab moves to the next column.");
		const type = (text: string) => {
			input.setRangeText(text, input.value.length, input.value.length, "end");
		};
		const tab = () => input.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", cancelable: true }));
		type("Salary");
		tab();
		type("120k–140k");
		tab();
		type("150k");
		// The last column reached, Tab leaves the field as anywhere else.
		const last = new KeyboardEvent("keydown", { key: "Tab", cancelable: true });
		input.dispatchEvent(last);
		expect(last.defaultPrevented).toBe(false);
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await flush();
		expect(editor.getValue()).toMatch(/\| --- \| --- \| --- \|\n\| \[\d\d:\d\d\] Salary \| 120k–140k \| 150k \|\n$/);
	});

	it("creates a missing section through the template, then captures into it", async () => {
		const { editor } = await openNote(h.app, "Bare.md", "# Bare call\n\n- [ ] prep\n");
		await captureViaModal("capture-note", "First thing");
		expect(editor.getValue()).toMatch(/# Notes\n\n## Agenda\n\n(- .*\n)+- \[\d\d:\d\d\] First thing\n/);
		expect(shownNotices.at(-1)).toBe("Added the Agenda section for the capture.");
	});

	it("captures into a note that is not open through Vault.process", async () => {
		const { file } = await openNote(h.app, "Acme.md", NOTE);
		h.app.workspace.getLeaf(false).detach();
		await flush();
		await h.plugin.liveCall.capture("Agenda", "background");
		expect(h.app.vault.peek(file.path)).toContain("- intro\n- [");
		expect(h.app.vault.writes.at(-1)).toEqual(["process", "Acme.md"]);
	});

	it("marks a plain question asked and back, byte for byte, and counts it against the plan", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		const box = () => sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]');
		box()?.click();
		await flush();
		expect(editor.getLine(12)).toBe("- [x] Why is the role open?");
		expect(sidebar().querySelector(".interview-prep-questions-part .interview-prep-count")?.textContent).toBe("asked 1 of 2–3 planned · 2 in the note");
		box()?.click();
		await flush();
		expect(editor.getValue()).toBe(NOTE);
	});

	it("restores the plain bullet after a restart too", async () => {
		const local = memoryStorage();
		h.plugin.unload();
		h = await loadPlugin({ local });
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]')?.click();
		await flush();
		const asked = editor.getValue();
		h.plugin.unload();
		h = await loadPlugin({ local });
		const reopened = await openNote(h.app, "Acme.md", asked);
		await h.plugin.openSidebar();
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]')?.click();
		await flush();
		expect(reopened.editor.getValue()).toBe(NOTE);
	});

	it("unchecks a question that was always a task into a task, though a plain one with the same text was checked", async () => {
		const twins = NOTE.replace("- Why is the role open?\n", "- Why is the role open?\n- [x] Why is the role open?\n");
		const { editor } = await openNote(h.app, "Acme.md", twins);
		await h.plugin.openSidebar();
		const boxes = () => Array.from(sidebar().querySelectorAll<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]'));
		boxes()[0]?.click();
		await flush();
		expect(editor.getLine(12)).toBe("- [x] Why is the role open?");
		boxes()[1]?.click();
		await flush();
		expect(editor.getLine(13)).toBe("- [ ] Why is the role open?");
		boxes()[0]?.click();
		await flush();
		expect(editor.getLine(12)).toBe("- Why is the role open?");
	});

	it("gives an asked mark back the box it had, when it is unchecked and checked again", async () => {
		const upper = NOTE.replace("- [ ] How is on-call shared?", "- [X] How is on-call shared?");
		const { editor } = await openNote(h.app, "Acme.md", upper);
		await h.plugin.openSidebar();
		const box = () => sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: How is on-call shared?"]');
		box()?.click();
		await flush();
		expect(editor.getLine(13)).toBe("- [ ] How is on-call shared?");
		box()?.click();
		await flush();
		expect(editor.getValue()).toBe(upper);
	});

	it("gives a question marked [/], [-] or [?] its mark back when it is asked and cleared again", async () => {
		for (const box of ["/", "-", "?"]) {
			const marked = NOTE.replace("- [ ] How is on-call shared?", `- [${box}] How is on-call shared?`);
			const { editor } = await openNote(h.app, `Acme ${box === "/" ? "a" : box === "-" ? "b" : "c"}.md`, marked);
			await h.plugin.openSidebar();
			const asked = () => sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: How is on-call shared?"]');
			asked()?.click();
			await flush();
			expect(editor.getLine(13)).toBe("- [x] How is on-call shared?");
			asked()?.click();
			await flush();
			expect(editor.getValue()).toBe(marked);
		}
	});

	it("checks a question that is already a task, and marks a story told, with a filter that hides told stories", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: How is on-call shared?"]')?.click();
		await flush();
		expect(editor.getLine(13)).toBe("- [x] How is on-call shared?");
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Told: Billing outage"]')?.click();
		await flush();
		expect(editor.getLine(22)).toBe("- [x] Billing outage");
		expect(sidebar().querySelectorAll("article.is-told")).toHaveLength(1);
		sidebar().querySelector<HTMLButtonElement>(".interview-prep-hide-told")?.click();
		expect(Array.from(sidebar().querySelectorAll("article h4")).map((e) => e.textContent)).toEqual(["Queue migration"]);
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Told: Queue migration"]')?.click();
		await flush();
		sidebar().querySelector<HTMLButtonElement>(".interview-prep-hide-told")?.click();
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Told: Queue migration"]')?.click();
		await flush();
		expect(editor.getLine(17)).toBe("- Queue migration");
	});

	it("refuses to mark a question whose line changed since the sidebar read it", async () => {
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		editor.replaceRange("- Why is this role open?", { line: 12, ch: 0 }, { line: 12, ch: 23 });
		const changed = editor.getValue();
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Asked: Why is the role open?"]')?.click();
		await flush();
		expect(editor.getValue()).toBe(changed);
		expect(shownNotices.at(-1)).toMatch(/changed since the sidebar read it/);
	});

	it("lights STAR markers, hints at a result without a figure, and counts ready stories", async () => {
		await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		const cards = Array.from(sidebar().querySelectorAll("article"));
		const lit = (card: Element | undefined) => Array.from(card?.querySelectorAll(".interview-prep-star-marker") ?? []).map((m) => m.classList.contains("is-lit"));
		expect(lit(cards[0])).toEqual([true, true, true, true]);
		expect(lit(cards[1])).toEqual([true, false, false, true]);
		expect(cards[1]?.querySelector(".interview-prep-hint")?.textContent).toBe("Results land better with a figure.");
		expect(cards[0]?.querySelector(".interview-prep-hint")).toBeNull();
		expect(sidebar().querySelector(".interview-prep-ready")?.textContent).toBe("Stories ready: 1/2");
	});

	it("shows a story as a cue card; the arrow keys and its buttons move between stories, and Escape closes it", async () => {
		await openNote(h.app, "Acme.md", NOTE);
		expect(h.app.executeCommandById("interview-prep:story-cue-card")).toBe(true);
		await flush();
		activeDocument.querySelector<HTMLElement>(".suggestion-item")?.click();
		await flush();
		const card = () => activeDocument.querySelector(".interview-prep-cue-card");
		// A real key press bubbles up from wherever focus is, the page itself included.
		const press = (key: string) => (activeDocument.activeElement ?? activeDocument.body).dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
		expect(card()?.querySelector(".modal-title")?.textContent).toBe("Queue migration");
		press("ArrowRight");
		expect(card()?.querySelector(".modal-title")?.textContent).toBe("Billing outage");
		press("ArrowRight");
		expect(card()?.querySelector(".modal-title")?.textContent).toBe("Queue migration");
		card()?.querySelector<HTMLButtonElement>('button[aria-label="Previous story"]')?.click();
		expect(card()?.querySelector(".modal-title")?.textContent).toBe("Billing outage");
		card()?.querySelector<HTMLButtonElement>('button[aria-label="Next story"]')?.click();
		expect(card()?.querySelector(".modal-title")?.textContent).toBe("Queue migration");
		expect(card()?.contains(activeDocument.activeElement)).toBe(true);
		press("Escape");
		expect(card()).toBeNull();
	});

	it("moves between cue cards with a swipe, as on a phone", async () => {
		await openNote(h.app, "Acme.md", NOTE);
		h.app.executeCommandById("interview-prep:story-cue-card");
		await flush();
		activeDocument.querySelector<HTMLElement>(".suggestion-item")?.click();
		await flush();
		const card = () => activeDocument.querySelector<HTMLElement>(".interview-prep-cue-card");
		const touch = (type: string, x: number) => {
			const event = new Event(type, { bubbles: true });
			Object.assign(event, { changedTouches: [{ clientX: x, clientY: 100 }], touches: type === "touchend" ? [] : [{ clientX: x, clientY: 100 }] });
			card()?.dispatchEvent(event);
		};
		touch("touchstart", 300);
		touch("touchend", 100);
		expect(card()?.querySelector(".modal-title")?.textContent).toBe("Billing outage");
		touch("touchstart", 100);
		touch("touchend", 300);
		expect(card()?.querySelector(".modal-title")?.textContent).toBe("Queue migration");
	});

	it("names the company in reminders, and shows only the one that is due when the note opens late", async () => {
		vi.setSystemTime(new Date("2026-12-03T14:50:00Z"));
		const before = shownNotices.length;
		await openNote(h.app, "Acme.md", NOTE.replace("meeting:", "company: Acme Corp\nmeeting:"));
		await vi.advanceTimersByTimeAsync(60_000);
		expect(shownNotices.slice(before)).toEqual(["Call with Acme Corp (Acme call) in 10 min: prep 1/2, stories ready 1/2"]);
	});

	it("counts down to the call, reminds at 30 and 10 minutes once each, then offers the timer", async () => {
		await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		const call = () => sidebar().querySelector(".interview-prep-call")?.textContent;
		expect(call()).toBe("Call in 1 h 00 min");
		const before = shownNotices.length;
		await vi.advanceTimersByTimeAsync(61 * 60_000);
		expect(shownNotices.slice(before)).toEqual([
			"Call with Acme call in 30 min: prep 1/2, stories ready 1/2",
			"Call with Acme call in 10 min: prep 1/2, stories ready 1/2",
		]);
		expect(call()).toMatch(/It is time for the call/);
		Array.from(sidebar().querySelectorAll<HTMLButtonElement>(".interview-prep-call button"))[0]?.click();
		await flush();
		expect(h.plugin.timer.state?.notePath).toBe("Acme.md");
	});
});
