import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, openNote, type Harness } from "../harness";
import { shownTooltip } from "../obsidian";

const NOTE = [
	"# Acme call",
	"## Preparation",
	"- [ ] Read the handbook",
	"## Questions",
	"### Chosen",
	"- [x] What does a typical day look like?",
	"- How is on-call organised?",
	"### Extra",
	"- How is the work-life balance?",
	"## Stories",
	"### Work",
	"- Queue migration",
	"  - Situation: nightly jobs overran",
	"  - Task: keep the window",
	"  - Action: moved the jobs to a queue",
	"  - Result: 3 hours earlier",
	"- Billing outage",
	"  - Situation: invoices went out twice",
	"  - Result: no double charges since",
	"- Search rewrite",
	"  - Cut the index size",
	"",
].join("\n");

let h: Harness;
afterEach(() => h.plugin.unload());

async function sidebarOn(mobile: boolean): Promise<HTMLElement> {
	h = await loadPlugin({ mobile });
	await openNote(h.app, "Acme.md", NOTE);
	await h.plugin.openSidebar();
	const root = h.app.workspace.getLeavesOfType("interview-prep-sidebar")[0]?.view.containerEl;
	if (!root) throw new Error("the sidebar is not open");
	return root;
}

const card = (root: HTMLElement, title: string) => {
	const found = Array.from(root.querySelectorAll<HTMLElement>("article.interview-prep-story")).find((a) => a.querySelector("h4")?.textContent === title);
	if (!found) throw new Error(`no card "${title}"`);
	return found;
};

/** The text a person sees: every text node, but not what is hidden from view. */
const visibleText = (el: HTMLElement) => (el.textContent ?? "").replace(/\s+/g, " ").trim();

for (const device of [
	{ label: "on the desktop", mobile: false },
	{ label: "on a phone", mobile: true },
]) {
	describe(`the sidebar's explanations ${device.label}`, () => {
		it("live in visible text and aria-labels, and no element has a title a touch screen never shows", async () => {
			const root = await sidebarOn(device.mobile);
			expect(Array.from(root.querySelectorAll("[title]")).map((el) => el.outerHTML)).toEqual([]);
		});

		it("say in the questions header how many questions the note holds", async () => {
			const root = await sidebarOn(device.mobile);
			expect(visibleText(root.querySelector<HTMLElement>(".interview-prep-questions-part .interview-prep-count") ?? root)).toBe("asked 1 of 2–3 planned · 3 in the note");
		});

		it("say on a story card that is not ready which parts it lacks, and nothing on a ready one", async () => {
			const root = await sidebarOn(device.mobile);
			const missing = (title: string) => card(root, title).querySelector<HTMLElement>(".interview-prep-missing");
			expect(missing("Billing outage")?.textContent).toBe("Missing: task, action");
			expect(missing("Search rewrite")?.textContent).toBe("Missing: situation, task, action, result");
			expect(missing("Queue migration")).toBeNull();
		});

		it("name each STAR marker and whether it is covered, and what makes a story ready", async () => {
			const root = await sidebarOn(device.mobile);
			const markers = Array.from(card(root, "Billing outage").querySelectorAll(".interview-prep-star-marker")).map((m) => m.getAttribute("aria-label"));
			expect(markers).toEqual(["Situation: covered", "Task: missing", "Action: missing", "Result: covered"]);
			const ready = root.querySelector<HTMLElement>(".interview-prep-ready");
			expect(visibleText(ready ?? root)).toBe("Stories ready: 1/3");
			expect(ready?.getAttribute("aria-label")).toBe("Stories ready: 1 of 3, with details that cover situation, task, action and result");
		});

		it("show what a story's checkbox means in words beside it", async () => {
			const root = await sidebarOn(device.mobile);
			const box = card(root, "Queue migration").querySelector<HTMLInputElement>("input[type=checkbox]");
			expect(box?.getAttribute("aria-label")).toBe("Told: Queue migration");
			expect(box?.closest("label")?.textContent).toBe("Told");
		});
	});
}

describe("tooltips", () => {
	it("show a marker's name on hover on the desktop", async () => {
		const root = await sidebarOn(false);
		const marker = card(root, "Billing outage").querySelectorAll<HTMLElement>(".interview-prep-star-marker")[1];
		marker?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(shownTooltip()?.textContent).toBe("Task: missing");
		marker?.dispatchEvent(new MouseEvent("mouseout", { bubbles: true }));
		expect(shownTooltip()).toBeNull();
	});

	it("never show on a phone, where the card says what is missing instead", async () => {
		const root = await sidebarOn(true);
		const marker = card(root, "Billing outage").querySelectorAll<HTMLElement>(".interview-prep-star-marker")[1];
		marker?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(shownTooltip()).toBeNull();
		expect(card(root, "Billing outage").textContent).toContain("Missing: task, action");
	});
});
