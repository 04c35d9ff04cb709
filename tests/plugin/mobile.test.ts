import { afterEach, describe, expect, it, vi } from "vitest";
import { type Harness, loadPlugin, openNote, settle, sidebarOf } from "../harness";
import { Platform } from "../obsidian";

const NOTE = [
	"---",
	"duration: 30m",
	"---",
	"# Acme call",
	"## Preparation",
	"- [ ] Read the handbook",
	"- [x] Pick questions",
	"## Questions",
	"### Chosen",
	"- What does a typical day look like?",
	"- How is on-call organised?",
	"## Stories",
	"### Work",
	"- Queue migration",
	"  - Situation: nightly jobs overran",
	"  - Result: 3 hours earlier",
	"- Billing outage",
	"  - Caught by schema checks",
	"",
].join("\n");

/** What a tap reaches: the elements a touch screen turns a tap into a click on, or types into. */
const TAPPABLE = new Set(["BUTTON", "INPUT", "SELECT", "TEXTAREA"]);
const PRESS = new Set(["click", "dblclick", "contextmenu", "mousedown", "mouseup", "pointerdown", "pointerup", "input", "change", "keydown"]);
/** Events a finger never sends: whatever listens for them alone is out of reach on a phone. */
const HOVER = new Set(["mouseenter", "mouseover", "mouseleave", "mouseout", "pointerenter", "pointerover", "pointerleave", "pointerout", "mousemove"]);

/** The prototype that gives DOM nodes `addEventListener`: the test DOM's own EventTarget, which is not the global one. */
function addEventListenerOwner(node: Node): EventTarget {
	let proto: object | null = node;
	while (proto && !Object.prototype.hasOwnProperty.call(proto, "addEventListener")) proto = Object.getPrototypeOf(proto) as object | null;
	if (!proto) throw new Error("no addEventListener");
	return proto as EventTarget;
}

let h: Harness;
afterEach(() => h.plugin.unload());

const sidebar = () => sidebarOf(h.app);

const buttonNamed = (root: HTMLElement, text: string) => {
	const found = Array.from(root.querySelectorAll("button")).find((b) => b.textContent === text);
	if (!found) throw new Error(`no button "${text}"`);
	return found;
};

describe("on a phone", () => {
	it("plays the mobile app, as the real declarations describe it", async () => {
		h = await loadPlugin({ mobile: true });
		expect(Platform).toMatchObject({ isMobile: true, isDesktop: false, isMobileApp: true, isDesktopApp: false, isPhone: true, isTablet: false });
		expect(activeDocument.body.classList.contains("is-mobile")).toBe(true);
	});

	it("adds no status bar item, and the sidebar's timer runs without it", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
		try {
			h = await loadPlugin({ mobile: true });
			await openNote(h.app, "Acme.md", NOTE);
			await h.plugin.openSidebar();
			expect(h.app.executeCommandById("interview-prep:start-meeting-timer")).toBe(true);
			await vi.advanceTimersByTimeAsync(60_000);
			expect(h.app.statusBarEl.childElementCount).toBe(0);
			expect(sidebar().querySelector('[role="timer"]')?.textContent).toBe("29:00");
		} finally {
			vi.useRealTimers();
		}
	});

	it("keeps the status bar item on the desktop", async () => {
		h = await loadPlugin();
		expect(Platform.isDesktop).toBe(true);
		expect(h.app.statusBarEl.querySelector(".interview-prep-status")).not.toBeNull();
	});

	it("draws the sidebar with every control a button or a field, and nothing that waits for a hover", async () => {
		h = await loadPlugin({ mobile: true });
		await openNote(h.app, "Acme.md", NOTE);
		// Calls through, recording each listener's element and event.
		const spy = vi.spyOn(addEventListenerOwner(createEl("button")), "addEventListener");
		try {
			await h.plugin.openSidebar();
			const root = sidebar();
			// Open every part that opens, so its controls are drawn too.
			root.querySelector<HTMLButtonElement>('[aria-label="Show open tasks in Preparation"]')?.click();
			await settle();
			const listened = spy.mock.calls.map(([type], i) => ({ el: spy.mock.contexts[i] as EventTarget, type }));
			const inSidebar = listened.filter(({ el }) => el instanceof HTMLElement && root.contains(el));
			const controls = inSidebar.filter(({ type }) => PRESS.has(type)).map(({ el }) => el as HTMLElement);
			expect(controls.length).toBeGreaterThan(5);
			expect(controls.filter((el) => !TAPPABLE.has(el.tagName)).map((el) => el.outerHTML)).toEqual([]);
			expect(inSidebar.filter(({ type }) => HOVER.has(type)).map(({ el, type }) => `${type} on ${(el as HTMLElement).outerHTML}`)).toEqual([]);
			// Each control says what it is: in its text, its label, its aria-label or its placeholder.
			const nameOf = (el: HTMLElement) => el.getAttribute("aria-label") ?? el.getAttribute("placeholder") ?? (el.closest("label") ?? el).textContent ?? "";
			const unnamed = Array.from(root.querySelectorAll<HTMLElement>("button, input")).filter((el) => nameOf(el).trim() === "");
			expect(unnamed.map((el) => el.outerHTML)).toEqual([]);
		} finally {
			spy.mockRestore();
		}
	});

	it("answers a tap: marks a question asked, jumps to a story, collapses a card and checks a task", async () => {
		h = await loadPlugin({ mobile: true });
		const { editor } = await openNote(h.app, "Acme.md", NOTE);
		await h.plugin.openSidebar();
		const root = sidebar();
		root.querySelector<HTMLInputElement>('input[aria-label="Asked: How is on-call organised?"]')?.click();
		await settle();
		expect(editor.getLine(10)).toBe("- [x] How is on-call organised?");
		expect(h.app.workspace.rightSplit.collapsed).toBe(false);
		buttonNamed(root, "Billing outage").click();
		await settle();
		expect(editor.getCursor().line).toBe(16);
		// On a phone the sidebar's drawer gives way to the line it jumped to.
		expect(h.app.workspace.rightSplit.collapsed).toBe(true);
		root.querySelector<HTMLButtonElement>('[aria-label="Collapse Queue migration"]')?.click();
		expect(root.querySelector('[aria-label="Expand Queue migration"]')).not.toBeNull();
		buttonNamed(root, "Check next open task").click();
		await settle();
		expect(editor.getLine(5)).toBe("- [x] Read the handbook");
	});
});
