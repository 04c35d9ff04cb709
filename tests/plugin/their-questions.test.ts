import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, loadPlugin, openNote, settle, type Harness } from "../harness";
import { shownNotices } from "../obsidian";

const NOTE = [
	"---",
	"company: Acme",
	"round: Screen",
	"with: Dana",
	"meeting: 2026-12-03T15:00",
	"---",
	"# Acme screen",
	"",
	"## Preparation",
	"",
	"- [ ] Read the post",
	"",
	"## Stories",
	"",
	"- Materials debate over SPA versus MPA",
	"  - Result: we shipped the MPA",
	"- Queue migration",
	"",
	"# Notes",
	"",
	"## Agenda",
	"",
	"## Their questions",
	"",
].join("\n");

let h: Harness;
const flush = async () => {
	for (let i = 0; i < 6; i++) await settle();
};
const sidebar = () => h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl ?? createDiv();
const part = () => sidebar().querySelector<HTMLElement>(".interview-prep-their-questions-part");
const button = (label: string) => sidebar().querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);

async function captureQuestion(text: string): Promise<void> {
	expect(h.app.executeCommandById("interview-prep:capture-their-question")).toBe(true);
	const modal = activeDocument.querySelector(".interview-prep-capture")?.closest(".modal");
	expect(modal?.querySelector(".modal-title")?.textContent).toBe("Capture their question");
	const input = modal?.querySelector<HTMLInputElement>(".interview-prep-capture-input");
	if (!input) throw new Error("no capture field");
	expect(input.placeholder).toBe("What they asked");
	input.value = text;
	input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
	await flush();
}

describe("their questions during the call", () => {
	beforeEach(async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		vi.setSystemTime(new Date("2026-12-03T15:00:00"));
		h = await loadPlugin();
	});
	afterEach(() => {
		h.plugin.unload();
		activeDocument.body.empty();
		vi.useRealTimers();
	});

	it("shows the part only during this note's call or once a question is there, and captures a question stamped with the timer, as one undo step", async () => {
		const { editor } = await openNote(h.app, "Acme screen.md", NOTE);
		await h.plugin.openSidebar();
		expect(part()?.classList.contains("interview-prep-hidden")).toBe(true);
		h.app.executeCommandById("interview-prep:start-meeting-timer");
		await flush();
		expect(part()?.classList.contains("interview-prep-hidden")).toBe(false);
		expect(part()?.querySelector(".interview-prep-empty")?.textContent).toMatch(/^None yet/);
		await vi.advanceTimersByTimeAsync(12 * 60_000 + 40_000);
		await captureQuestion("Tell me about a time you disagreed with your manager.");
		expect(editor.getValue()).toBe(`${NOTE}\n- [+12:40] Tell me about a time you disagreed with your manager.\n`);
		expect(Array.from(part()?.querySelectorAll(".interview-prep-their-question-head") ?? [], (el) => el.textContent)).toEqual(["+12:40Tell me about a time you disagreed with your manager."]);
		editor.undo();
		expect(editor.getValue()).toBe(NOTE);
	});

	// The editor keeps LF, as CodeMirror does; a CRLF note keeps its endings in the core's tests and the write fuzz suite.
	it("rates with one click, clears with a second, keeps the line's stamp, text and trailing blanks, and undoes each click alone", async () => {
		const text = `${NOTE}- [+12:40] Why are you leaving?  \n- Why us?\n`;
		const { editor } = await openNote(h.app, "Acme screen.md", text);
		await h.plugin.openSidebar();
		const weak = () => button("Answered weakly: Why are you leaving?");
		expect(weak()?.getAttribute("aria-pressed")).toBe("false");
		weak()?.click();
		await flush();
		expect(editor.getValue()).toBe(text.replace("Why are you leaving?  \n", "Why are you leaving? 🔴  \n"));
		expect(weak()?.getAttribute("aria-pressed")).toBe("true");
		expect(part()?.querySelector(".interview-prep-count")?.textContent).toBe("2 asked · 1 weak");
		button("Answered well: Why are you leaving?")?.click();
		await flush();
		expect(editor.getValue()).toBe(text.replace("Why are you leaving?  \n", "Why are you leaving? 🟢  \n"));
		editor.undo();
		expect(editor.getValue()).toBe(text.replace("Why are you leaving?  \n", "Why are you leaving? 🔴  \n"));
		await vi.advanceTimersByTimeAsync(300);
		await flush();
		weak()?.click();
		await flush();
		expect(editor.getValue()).toBe(text);
	});

	it("writes a second identical click once: two clicks before the sidebar reads the note again leave one marker and no notice", async () => {
		const text = `${NOTE}- Why us?\n`;
		const { editor } = await openNote(h.app, "Acme screen.md", text);
		await h.plugin.openSidebar();
		const notices = shownNotices.length;
		const soSo = button("Answered so-so: Why us?");
		soSo?.click();
		soSo?.click();
		await flush();
		expect(editor.getValue()).toBe(`${NOTE}- Why us? 🟡\n`);
		expect(shownNotices.length).toBe(notices);
	});

	it("picks the story that answered it by fuzzy search, marks it told, and one undo reverts both", async () => {
		const text = `${NOTE}- [+12:40] Tell me about a disagreement. 🔴\n  - Rambled.\n`;
		const { editor } = await openNote(h.app, "Acme screen.md", text);
		await h.plugin.openSidebar();
		button("Answered with a story: Tell me about a disagreement.")?.click();
		expect(activeDocument.querySelector<HTMLInputElement>(".modal-container .prompt-input")?.placeholder).toBe("Which story answered it?");
		await chooseSuggestion("spa mpa");
		await flush();
		expect(editor.getValue()).toBe(
			text.replace("- Materials debate", "- [x] Materials debate").replace("🔴\n", "🔴\n  - Answered with: Materials debate over SPA versus MPA\n"),
		);
		expect(part()?.querySelector(".interview-prep-answered")?.textContent).toBe("Answered with: Materials debate over SPA versus MPA");
		expect(sidebar().querySelector<HTMLInputElement>('input[aria-label="Told: Materials debate over SPA versus MPA"]')?.checked).toBe(true);
		editor.undo();
		expect(editor.getValue()).toBe(text);
	});

	it("leaves the box of a story already told as it is, and writes only the Answered with line", async () => {
		const text = `${NOTE.replace("- Queue migration", "- [X] Queue migration")}- Why did the migration take a quarter?\n`;
		const { editor } = await openNote(h.app, "Acme screen.md", text);
		await h.plugin.openSidebar();
		button("Answered with a story: Why did the migration take a quarter?")?.click();
		await chooseSuggestion("queue");
		await flush();
		expect(editor.getValue()).toBe(`${text}  - Answered with: Queue migration\n`);
		expect(sidebar().querySelector<HTMLInputElement>('input[aria-label="Told: Queue migration"]')?.checked).toBe(true);
	});

	it("remembers that a story it marked told was a plain bullet, so unchecking Told gives the bullet back", async () => {
		const text = `${NOTE}- Why did the migration take a quarter?\n`;
		const { editor } = await openNote(h.app, "Acme screen.md", text);
		await h.plugin.openSidebar();
		button("Answered with a story: Why did the migration take a quarter?")?.click();
		await chooseSuggestion("queue");
		await flush();
		expect(editor.getLine(16)).toBe("- [x] Queue migration");
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Told: Queue migration"]')?.click();
		await flush();
		expect(editor.getValue()).toBe(`${text}  - Answered with: Queue migration\n`);
	});

	it("marks nothing, and remembers nothing, when the question changed while the story was picked: a box typed on the story later unchecks into a task", async () => {
		const text = `${NOTE}- Why did the migration take a quarter?\n`;
		const { editor } = await openNote(h.app, "Acme screen.md", text);
		await h.plugin.openSidebar();
		button("Answered with a story: Why did the migration take a quarter?")?.click();
		// The user rates the answer by hand while the picker is open.
		editor.replaceRange(" 🔴", { line: 23, ch: editor.getLine(23).length });
		await chooseSuggestion("queue");
		await flush();
		expect(shownNotices.at(-1)).toBe('Nothing was changed in "Acme screen": the question\'s line changed since it was read. Try again.');
		const rated = text.replace("quarter?\n", "quarter? 🔴\n");
		expect(editor.getValue()).toBe(rated);
		// The user then checks the story by hand, and unchecks it in the sidebar.
		editor.replaceRange("[x] ", { line: 16, ch: 2 });
		await vi.advanceTimersByTimeAsync(300);
		await flush();
		sidebar().querySelector<HTMLInputElement>('input[aria-label="Told: Queue migration"]')?.click();
		await flush();
		expect(editor.getValue()).toBe(rated.replace("- Queue migration", "- [ ] Queue migration"));
	});

	it("leaves a story with no title out of the picker, and says so when it is the only one", async () => {
		await openNote(h.app, "Bare.md", "---\ncompany: Acme\n---\n# Bare\n## Stories\n- [ ]\n## Their questions\n- Why us?\n");
		await h.plugin.openSidebar();
		button("Answered with a story: Why us?")?.click();
		expect(shownNotices.at(-1)).toBe("This note has no stories to pick from: add them under Stories.");
		expect(activeDocument.querySelector(".modal-container")).toBeNull();
	});

	it("shows a question's HTML as text, in the sidebar and in the bank", async () => {
		await openNote(h.app, "Acme screen.md", `${NOTE}- <img src=x onerror=alert(1)> Why <b>us</b>? 🔴\n  - Answered with: <i>Queue</i>\n`);
		await h.plugin.openSidebar();
		expect(part()?.querySelector(".interview-prep-their-question-head .interview-prep-link")?.textContent).toBe("<img src=x onerror=alert(1)> Why <b>us</b>?");
		expect(part()?.querySelector(".interview-prep-answered")?.textContent).toBe("Answered with: <i>Queue</i>");
		await h.plugin.processes.ready;
		await h.plugin.jobSearch.openTheirQuestionsBank();
		await flush();
		const bank = h.app.workspace.getLeavesOfType("interview-prep-their-questions")[0]?.view.containerEl;
		expect(bank?.querySelector("h4")?.textContent).toBe("<img src=x onerror=alert(1)> Why <b>us</b>?");
		for (const root of [part(), bank]) expect(root?.querySelectorAll("img, b, i")).toHaveLength(0);
	});

	it("says so when the note has no story to pick", async () => {
		await openNote(h.app, "Bare.md", "---\ncompany: Acme\n---\n# Bare\n## Questions\n- Q?\n## Their questions\n- Why us?\n");
		await h.plugin.openSidebar();
		button("Answered with a story: Why us?")?.click();
		expect(shownNotices.at(-1)).toBe("This note has no stories to pick from: add them under Stories.");
	});

	it("captures under the heading the settings name, creating it under Notes when the note lacks it", async () => {
		await h.plugin.settings.update({ headings: { theirQuestions: "Asked by them" } });
		const { editor } = await openNote(h.app, "Bare.md", "# Bare call\n\n## Preparation\n\n- [ ] prep\n");
		await captureQuestion("Why now?");
		expect(editor.getValue()).toMatch(/# Notes\n(.|\n)*## Asked by them\n\n- \[\d\d:\d\d\] Why now\?\n$/);
	});
});
