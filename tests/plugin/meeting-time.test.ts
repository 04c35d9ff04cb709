import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadPlugin, openNote, sidebarOf, type Harness } from "../harness";
import { shownNotices } from "../obsidian";

let h: Harness;

const flush = () => vi.advanceTimersByTimeAsync(1_000);
const callLine = () => sidebarOf(h.app).querySelector(".interview-prep-call");

/** The picker's input, its value set as a person picks a date and a time, and Enter. */
function pickInModal(value: string): void {
	const input = activeDocument.querySelector<HTMLInputElement>(".modal input[type=datetime-local]");
	if (!input) throw new Error("no date and time picker");
	input.value = value;
	input.dispatchEvent(new Event("input"));
	input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
}

describe("the meeting time", () => {
	beforeEach(async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		vi.setSystemTime(new Date("2026-12-07T09:00:00"));
		h = await loadPlugin();
	});
	afterEach(() => {
		h.plugin.unload();
		activeDocument.body.empty();
		vi.useRealTimers();
	});

	it("is read from the seed note's own `* Time:` line where the frontmatter has no meeting", async () => {
		await openNote(h.app, "Acme.md", "# Recruiter Meeting\n\n* Time: 2026-12-07 09:30\n* Recruiter: Dana\n\n## Preparation\n\n- [ ] Read the post\n");
		await h.plugin.openSidebar();
		await flush();
		expect(callLine()?.textContent).toBe("Call in 30 min");
	});

	it("says which formats work when it cannot be read, and its button opens the picker, which writes the property and keeps the body byte for byte", async () => {
		const body = "# Acme call\r\n\r\n%% private %%\r\n## Preparation\r\n\r\n- [ ] Read the post\r\n";
		const { file } = await openNote(h.app, "Acme.md", `---\r\ncompany: Acme\r\nmeeting: tomorrow 2pm\r\n---\r\n${body}`);
		await h.plugin.openSidebar();
		await flush();
		expect(callLine()?.textContent).toContain('The meeting time "tomorrow 2pm" cannot be read. The sidebar reads 2026-12-08 14:00');
		Array.from(callLine()?.querySelectorAll("button") ?? []).find((b) => b.textContent === "Set meeting time")?.click();
		pickInModal("2026-12-08T14:00");
		await flush();
		const text = await h.app.vault.read(file);
		expect(text).toBe(`---\r\ncompany: Acme\r\nmeeting: 2026-12-08T14:00\r\n---\r\n${body}`);
		expect(shownNotices.at(-1)).toBe("The call is set for 2026-12-08 14:00.");
		expect(callLine()?.textContent).toBe("Call in 28 h 59 min");
	});

	it("is offered from the palette, starts at the next full hour, and Escape changes nothing", async () => {
		const text = "# Acme call\n\n## Preparation\n\n- [ ] Read the post\n";
		const { file } = await openNote(h.app, "Acme.md", text);
		expect(h.app.executeCommandById("interview-prep:set-meeting-time")).toBe(true);
		const input = activeDocument.querySelector<HTMLInputElement>(".modal input[type=datetime-local]");
		expect(input?.value).toBe("2026-12-07T10:00");
		activeDocument.querySelector(".modal")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
		await flush();
		expect(activeDocument.querySelector(".modal")).toBeNull();
		expect(await h.app.vault.read(file)).toBe(text);
	});

	it("says so, and writes nothing, when the note's properties are not valid YAML", async () => {
		const text = "---\ncompany: Acme: Inc\nmeeting: soon\n---\n# Acme call\n\n## Preparation\n\n- [ ] Read the post\n";
		const { file } = await openNote(h.app, "Acme.md", text);
		expect(h.app.executeCommandById("interview-prep:set-meeting-time")).toBe(true);
		pickInModal("2026-12-08T14:00");
		await flush();
		expect(await h.app.vault.read(file)).toBe(text);
		expect(shownNotices.at(-1)).toMatch(/^"Acme" was not changed: its properties cannot be read/);
	});

	it("keeps what was typed and not yet saved", async () => {
		const { file, editor } = await openNote(h.app, "Acme.md", "# Acme call\n\n## Preparation\n\n- [ ] Read the post\n");
		editor.replaceRange("- [ ] Print it\n", { line: 5, ch: 0 });
		expect(h.app.executeCommandById("interview-prep:set-meeting-time")).toBe(true);
		pickInModal("2026-12-08T14:00");
		await flush();
		expect(await h.app.vault.read(file)).toBe("---\nmeeting: 2026-12-08T14:00\n---\n# Acme call\n\n## Preparation\n\n- [ ] Read the post\n- [ ] Print it\n");
		expect(editor.getValue()).toBe(await h.app.vault.read(file));
	});
});
