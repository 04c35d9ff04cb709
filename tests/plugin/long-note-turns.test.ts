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
	h?.plugin.unload();
	h = null;
	gate.held = null;
});

const SHORT = "# Acme call\n\n## Preparation\n\n- [ ] Read the handbook\n\n## Stories\n\n- Queue migration\n  - Situation: nightly jobs overran\n";
const LONG = `# Long call\n\n## Preparation\n\n- [ ] Read\n\n## Stories\n\n${Array.from({ length: 700 }, (_, i) => `- Long story ${i + 1}\n  - Situation: the setting of long story ${i + 1}, told at some length`).join("\n")}\n`;

it("shows the note opened last, and only it, when a long note opened just before still had parts to draw", async () => {
	h = await loadPlugin();
	await openNote(h.app, "Acme.md", SHORT);
	await h.plugin.openSidebar();
	await h.plugin.activeNote.refresh();
	const root = sidebarOf(h.app);
	const titles = () => Array.from(root.querySelectorAll("article h4"), (el) => el.textContent);
	await vi.waitFor(() => expect(titles()).toEqual(["Queue migration"]));
	await openNote(h.app, "Long.md", LONG);
	await h.plugin.activeNote.refresh();
	// The long note's model has come, and its parts wait for their turns.
	let release = () => undefined as void;
	gate.held = new Promise<void>((resolve) => (release = resolve));
	const acme = h.app.vault.getFileByPath("Acme.md");
	if (!acme) throw new Error("no note");
	await h.app.workspace.getLeaf(false).openFile(acme);
	await h.plugin.activeNote.refresh();
	await vi.waitFor(() => expect(root.querySelector(".interview-prep-title")?.textContent).toBe("Acme call"));
	gate.held = null;
	release();
	await new Promise((resolve) => setTimeout(resolve, 100));
	expect(root.querySelector(".interview-prep-title")?.textContent).toBe("Acme call");
	expect(titles()).toEqual(["Queue migration"]);
});
