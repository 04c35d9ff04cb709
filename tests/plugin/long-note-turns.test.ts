import { afterEach, expect, it, vi } from "vitest";
import { loadPlugin, openNote, sidebarOf, type Harness } from "../harness";

/** Holds every turn the plugin gives the UI thread while `held` is set: a long note's parts wait for their turns. */
const gate = vi.hoisted(() => ({ held: null as Promise<void> | null }));
vi.mock("../../src/platform/yield-to-ui", async (original) => {
	const real = await original<typeof import("../../src/platform/yield-to-ui")>();
	return {
		yieldToUI: async () => {
			await real.yieldToUI();
			while (gate.held) await gate.held;
		},
	};
});

let h: Harness | null = null;
afterEach(() => {
	vi.restoreAllMocks();
	h?.plugin.unload();
	h = null;
	gate.held = null;
});

const SHORT = "# Acme call\n\n## Preparation\n\n- [ ] Read the handbook\n\n## Stories\n\n- Queue migration\n  - Situation: nightly jobs overran\n";
const LONG = `# Long call\n\n## Preparation\n\n- [ ] Read\n\n## Stories\n\n${Array.from({ length: 700 }, (_, i) => `- Long story ${i + 1}\n  - Situation: the setting of long story ${i + 1}, told at some length`).join("\n")}\n`;

/** The plugin with its sidebar open on the short note, and the sidebar's element. */
async function shortNoteShown(): Promise<{ harness: Harness; root: HTMLElement }> {
	const harness = (h = await loadPlugin());
	await openNote(harness.app, "Acme.md", SHORT);
	await harness.plugin.openSidebar();
	await harness.plugin.activeNote.refresh();
	return { harness, root: sidebarOf(harness.app) };
}

it("shows the note opened last, and only it, when a long note opened just before still had parts to draw", async () => {
	const { harness, root } = await shortNoteShown();
	const titles = () => Array.from(root.querySelectorAll("article h4"), (el) => el.textContent);
	await vi.waitFor(() => expect(titles()).toEqual(["Queue migration"]));
	await openNote(harness.app, "Long.md", LONG);
	await harness.plugin.activeNote.refresh();
	// The long note's model has come, and its parts wait for their turns.
	let release = () => undefined as void;
	gate.held = new Promise<void>((resolve) => (release = resolve));
	const acme = harness.app.vault.getFileByPath("Acme.md");
	if (!acme) throw new Error("no note");
	await harness.app.workspace.getLeaf(false).openFile(acme);
	await harness.plugin.activeNote.refresh();
	await vi.waitFor(() => expect(root.querySelector(".interview-prep-title")?.textContent).toBe("Acme call"));
	gate.held = null;
	release();
	await new Promise((resolve) => setTimeout(resolve, 100));
	expect(root.querySelector(".interview-prep-title")?.textContent).toBe("Acme call");
	expect(titles()).toEqual(["Queue migration"]);
});

it("says it is reading a note that takes a while, keeps the note before out of reach meanwhile, and shows no reading line for a read a newer one replaced", async () => {
	const { harness, root } = await shortNoteShown();
	const status = () => root.querySelector(".interview-prep-status-line");
	const body = () => root.querySelector(".interview-prep-body");
	await vi.waitFor(() => expect(root.querySelector(".interview-prep-title")?.textContent).toBe("Acme call"));
	// The long note's read waits for the UI's turns, as a read behind a long one waits in the worker.
	let release = () => undefined as void;
	gate.held = new Promise<void>((resolve) => (release = resolve));
	await openNote(harness.app, "Long.md", LONG);
	await new Promise((resolve) => setTimeout(resolve, 250));
	expect(status()?.classList.contains("interview-prep-hidden")).toBe(false);
	expect(status()?.textContent).toMatch(/^Reading note… \d+%$/);
	expect(root.querySelector(".interview-prep-title")?.textContent).toBe("Acme call");
	expect(body()?.hasAttribute("inert")).toBe(true);
	// Another note opened before the long one is read: it shows, and the long one's read says nothing more.
	const acme = harness.app.vault.getFileByPath("Acme.md");
	if (!acme) throw new Error("no note");
	await harness.app.workspace.getLeaf(false).openFile(acme);
	await vi.waitFor(() => expect(status()?.classList.contains("interview-prep-hidden")).toBe(true));
	let shown = false;
	const observer = new MutationObserver(() => (shown ||= status()?.classList.contains("interview-prep-hidden") === false));
	const line = status();
	if (line) observer.observe(line, { attributes: true, childList: true, characterData: true, subtree: true });
	gate.held = null;
	release();
	await new Promise((resolve) => setTimeout(resolve, 300));
	observer.disconnect();
	// The long note was read to its end meanwhile, and said nothing of it.
	expect(shown).toBe(false);
	expect(root.querySelector(".interview-prep-title")?.textContent).toBe("Acme call");
	expect(body()?.hasAttribute("inert")).toBe(false);
	// A short note opened after another shows no reading line at all.
	await openNote(harness.app, "Other.md", SHORT.replace("# Acme call", "# Other call"));
	await new Promise((resolve) => setTimeout(resolve, 250));
	expect(root.querySelector(".interview-prep-title")?.textContent).toBe("Other call");
	expect(status()?.classList.contains("interview-prep-hidden")).toBe(true);
});

it("says it is reading a note whose read waits, as one waits behind a long note in the worker, and shows it when it comes", async () => {
	const { harness, root } = await shortNoteShown();
	const status = () => root.querySelector(".interview-prep-status-line");
	let release = () => undefined as void;
	const waiting = new Promise<void>((resolve) => (release = resolve));
	const { parsing } = harness.plugin;
	const document = parsing.document.bind(parsing);
	vi.spyOn(parsing, "document").mockImplementation((key) => {
		const parser = document(key);
		return {
			...parser,
			parseWithRound: async (...args: Parameters<typeof parser.parseWithRound>) => {
				await waiting;
				return parser.parseWithRound(...args);
			},
		};
	});
	await openNote(harness.app, "Other.md", SHORT.replace("# Acme call", "# Other call"));
	await new Promise((resolve) => setTimeout(resolve, 250));
	expect(status()?.textContent).toBe("Reading note… 0%");
	expect(status()?.classList.contains("interview-prep-hidden")).toBe(false);
	expect(root.querySelector(".interview-prep-body")?.hasAttribute("inert")).toBe(true);
	release();
	await vi.waitFor(() => expect(root.querySelector(".interview-prep-title")?.textContent).toBe("Other call"));
	expect(status()?.classList.contains("interview-prep-hidden")).toBe(true);
	expect(root.querySelector(".interview-prep-body")?.hasAttribute("inert")).toBe(false);
});
