import { afterEach, describe, expect, it, vi } from "vitest";
import runParseCore from "parse-worker:core";
import { loadPlugin, openNote, settle, type Harness } from "../harness";
import { shownNotices } from "../obsidian";
import { CHANGED_WHILE_PLANNING } from "../../src/platform/edit-path";
import { WORKER_TIMEOUT_MS } from "../../src/parsing/parse-service";
import { change, insertAt, parsePrepNote } from "../../src/core";
import type { ParseAnswer, ParseRequest, ParseScope } from "../../src/parsing/protocol";

/**
 * A stand-in for a Web Worker, which happy-dom lacks: it runs the parser's source behind the same messages,
 * answering in a later turn as a worker does. `failing` makes it report an error instead, as a worker that throws.
 */
class FakeWorker {
	static made: FakeWorker[] = [];
	static failing = false;
	/** Takes every request and never answers, as a worker stuck in a loop. */
	static hanging = false;
	/** Sends a long note's parts, then throws where its last message would go. */
	static failingAfterParts = false;
	/** Every answer, as it was sent. */
	static answers: ParseAnswer[] = [];
	onmessage: ((event: { data: ParseAnswer }) => void) | null = null;
	onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
	onmessageerror: (() => void) | null = null;
	terminated = false;
	received: ParseRequest[] = [];
	private readonly scope: ParseScope = {
		onmessage: null,
		// Copied, as a worker's messages are: the page never holds the worker's own objects.
		postMessage: (answer) => {
			FakeWorker.answers.push(structuredClone(answer));
			const failing = FakeWorker.failingAfterParts && answer.kind === "done" && FakeWorker.answers.some((sent) => sent.kind === "part" && sent.id === answer.id);
			const data = structuredClone(answer);
			void Promise.resolve().then(() => {
				if (this.terminated) return;
				if (failing) this.onerror?.({ message: "Uncaught RangeError: out of memory", preventDefault: () => undefined });
				else this.onmessage?.({ data });
			});
		},
	};
	constructor() {
		FakeWorker.made.push(this);
		runParseCore(this.scope);
	}
	postMessage(request: ParseRequest): void {
		this.received.push(request);
		void Promise.resolve().then(() => {
			if (this.terminated || FakeWorker.hanging) return;
			if (FakeWorker.failing) this.onerror?.({ message: "Uncaught Error: the parser broke", preventDefault: () => undefined });
			else this.scope.onmessage?.({ data: request });
		});
	}
	terminate(): void {
		this.terminated = true;
	}
}

const NOTE = "# Acme call\n## Preparation\n- [x] one\n- [ ] two\n";
/** A note long enough to be answered in parts: more stories, and more tasks, than one part holds. */
const LONG_STORIES = 1_100;
const LONG_NOTE = `---\ncompany: Acme\n---\n# Long call\n\n## Preparation\n\n${Array.from({ length: 450 }, (_, i) => `- [${i % 3 === 0 ? "x" : " "}] Task ${i}`).join("\n")}\n\n## Stories\n\n${Array.from(
	{ length: LONG_STORIES },
	(_, i) => `- Story ${i}: a project worth telling at some length\n\t- Situation: the context of story ${i}, in a few more words.\n\t- Action: what I did in story ${i}.\n\t- Result: it improved by ${i}%.`,
).join("\n")}\n`;
const count = (h: Harness) => h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl.querySelector(".interview-prep-header .interview-prep-progress-count")?.textContent;

let h: Harness | null = null;
afterEach(() => {
	h?.plugin.unload();
	h = null;
	FakeWorker.made = [];
	FakeWorker.failing = false;
	FakeWorker.hanging = false;
	FakeWorker.failingAfterParts = false;
	FakeWorker.answers = [];
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

async function pluginWithNote(): Promise<{ h: Harness; editor: Awaited<ReturnType<typeof openNote>>["editor"] }> {
	h = await loadPlugin();
	const { editor } = await openNote(h.app, "Acme.md", NOTE);
	await h.plugin.openSidebar();
	await settle();
	return { h, editor };
}

describe("the parser's worker", () => {
	it("parses the followed note in the worker where one exists, and the plugin's unload ends it", async () => {
		vi.stubGlobal("Worker", FakeWorker);
		const warn = vi.spyOn(console, "warn");
		const { h } = await pluginWithNote();
		expect(FakeWorker.made).toHaveLength(1);
		expect(FakeWorker.made[0]?.received.some((r) => r.kind === "parse" && r.text === NOTE)).toBe(true);
		expect(h.plugin.parsing.inWorker).toBe(true);
		expect(h.plugin.activeNote.state?.note).toEqual(parsePrepNote(NOTE, { fallbackTitle: "Acme" }));
		expect(count(h)).toBe("1/2");
		h.plugin.unload();
		expect(FakeWorker.made[0]?.terminated).toBe(true);
		expect(warn).not.toHaveBeenCalled();
	});

	it("falls back to the parser in-thread when the worker throws: one warning, and the sidebar stays correct", async () => {
		vi.stubGlobal("Worker", FakeWorker);
		FakeWorker.failing = true;
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		const { h, editor } = await pluginWithNote();
		expect(count(h)).toBe("1/2");
		expect(h.plugin.parsing.inWorker).toBe(false);
		expect(FakeWorker.made[0]?.terminated).toBe(true);
		editor.replaceRange("- [x] three\n", { line: 4, ch: 0 });
		await h.plugin.activeNote.refresh();
		expect(count(h)).toBe("2/3");
		expect(warn).toHaveBeenCalledTimes(1);
		expect(String(warn.mock.calls[0]?.[0])).toContain("the parser broke");
		expect(FakeWorker.made).toHaveLength(1);
	});

	it("parses in-thread, with one warning, when the worker stops answering, so the sidebar and the edits do not wait forever", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		vi.stubGlobal("Worker", FakeWorker);
		FakeWorker.hanging = true;
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		const { h, editor } = await pluginWithNote();
		expect(count(h)).toBeUndefined();
		await vi.advanceTimersByTimeAsync(WORKER_TIMEOUT_MS);
		expect(count(h)).toBe("1/2");
		expect(h.plugin.parsing.inWorker).toBe(false);
		expect(FakeWorker.made[0]?.terminated).toBe(true);
		editor.replaceRange("- [x] three\n", { line: 4, ch: 0 });
		await h.plugin.activeNote.refresh();
		expect(count(h)).toBe("2/3");
		expect(warn).toHaveBeenCalledTimes(1);
		expect(String(warn.mock.calls[0]?.[0])).toContain("did not answer");
	});

	it("parses in-thread, with one warning, when no worker can be made", async () => {
		vi.stubGlobal(
			"Worker",
			class {
				constructor() {
					throw new Error("workers are not allowed here");
				}
			},
		);
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		const { h } = await pluginWithNote();
		expect(count(h)).toBe("1/2");
		expect(warn).toHaveBeenCalledTimes(1);
		expect(String(warn.mock.calls[0]?.[0])).toContain("workers are not allowed here");
	});

	it("sends a long note's model in parts, none of them long, and the sidebar has it whole", async () => {
		vi.stubGlobal("Worker", FakeWorker);
		h = await loadPlugin();
		await openNote(h.app, "Long.md", LONG_NOTE);
		await h.plugin.openSidebar();
		await vi.waitFor(() => expect(h?.plugin.activeNote.state?.note.title).toBe("Long call"));
		const parts = FakeWorker.answers.filter((answer) => answer.kind === "part");
		expect(parts.length).toBeGreaterThan(10);
		expect(Math.max(...parts.map((part) => part.items.length))).toBeLessThanOrEqual(100);
		const done = FakeWorker.answers.find((answer) => answer.kind === "done" && (answer.value as { note?: { title: string } }).note?.title === "Long call");
		expect((done?.kind === "done" && (done.value as { note: { stories: unknown[] } }).note.stories.length) || 0).toBeLessThanOrEqual(100);
		expect(h.plugin.activeNote.state?.note).toEqual(parsePrepNote(LONG_NOTE, { fallbackTitle: "Long" }));
		await vi.waitFor(() => expect(h?.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl.querySelector(".interview-prep-stories-part .interview-prep-count")?.textContent).toBe(String(LONG_STORIES)));
	});

	it("reads a long note in-thread, once and whole, when the worker fails after sending some of its parts", async () => {
		vi.stubGlobal("Worker", FakeWorker);
		FakeWorker.failingAfterParts = true;
		vi.spyOn(console, "warn").mockImplementation(() => undefined);
		h = await loadPlugin();
		// Without a company, only the sidebar reads it: its parse is the one the worker fails.
		await openNote(h.app, "Long.md", LONG_NOTE.replace("company: Acme", "role: Engineer"));
		// The worker reads the note in turns of its own, more of them than a settle gives where coverage is measured.
		await vi.waitFor(() => {
			expect(FakeWorker.answers.some((answer) => answer.kind === "part")).toBe(true);
			expect(h?.plugin.parsing.inWorker).toBe(false);
		});
		await vi.waitFor(() => expect(h?.plugin.activeNote.state?.note.stories).toHaveLength(LONG_STORIES), { timeout: 5_000 });
		expect(h.plugin.activeNote.state?.note).toEqual(parsePrepNote(LONG_NOTE.replace("company: Acme", "role: Engineer"), { fallbackTitle: "Long" }));
	});

	it("parses in-thread without a word where no Worker exists, as in these tests and the CLI", async () => {
		const warn = vi.spyOn(console, "warn");
		const { h } = await pluginWithNote();
		expect(count(h)).toBe("1/2");
		expect(h.plugin.parsing.inWorker).toBe(false);
		expect(warn).not.toHaveBeenCalled();
	});
});

describe("a write planned off the UI thread", () => {
	it("is planned again when the note changed while it was planned, and written against the text it was planned on", async () => {
		const { h, editor } = await pluginWithNote();
		const file = h.app.vault.getFileByPath("Acme.md");
		if (!file) throw new Error("no note");
		const planned: string[] = [];
		const outcome = await h.plugin.edits.applyPlanned(file, async (text) => {
			planned.push(text);
			await settle();
			// The user types while the first plan is made.
			if (planned.length === 1) editor.replaceRange("typed\n", { line: 0, ch: 0 });
			return change([insertAt(text.length, "- [ ] added\n")], "done");
		});
		expect(outcome).toEqual({ result: "done", changed: true });
		expect(planned).toEqual([NOTE, `typed\n${NOTE}`]);
		expect(editor.getValue()).toBe(`typed\n${NOTE}- [ ] added\n`);
	});

	it("is refused with a notice when the note keeps changing while it is planned", async () => {
		const { h, editor } = await pluginWithNote();
		const file = h.app.vault.getFileByPath("Acme.md");
		if (!file) throw new Error("no note");
		const before = shownNotices.length;
		const outcome = await h.plugin.edits.applyPlanned(file, async (text) => {
			await settle();
			editor.replaceRange("x", { line: 0, ch: 0 });
			return change([insertAt(0, "never ")], undefined);
		});
		expect(outcome).toBeNull();
		expect(editor.getValue().includes("never")).toBe(false);
		expect(shownNotices.slice(before)).toEqual([`Nothing was changed in "Acme": ${CHANGED_WHILE_PLANNING}`]);
	});
});
