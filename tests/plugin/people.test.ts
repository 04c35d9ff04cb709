import { afterEach, describe, expect, it } from "vitest";
import { afterRefresh, type Harness, loadPlugin, openNote, settle, sidebarOf } from "../harness";

const DANA = "People/Dana Lee.md";
const SCREEN = "Interviews/2026-12-01 Acme screen.md";
const SECOND = "Interviews/2026-12-08 Acme hiring manager.md";
const OTHER = "Interviews/2026-11-20 Globex screen.md";

const note = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n${body}`;
const rounds: [string, string][] = [
	[
		SCREEN,
		note(
			'company: Acme\nround: Recruiter screen\nwith: "[[Dana Lee]]"\nmeeting: 2026-12-01T10:00',
			"# Acme screen\n\n## Stories\n\n* [x] Event queue migration\n* Billing outage\n\n# Notes\n\n## What I said\n\n- [+03:10] my range is 120–140k\n- [+05:00] I can start in four weeks\n- [+07:30] Looking for ownership of a platform\n",
		),
	],
	[
		SECOND,
		note('company: Acme\nround: Hiring manager\nwith:\n  - "[[People/Dana Lee|Dana]]"\n  - "[[Sam Park]]"\nmeeting: 2026-12-08T10:00', "# Acme hiring manager\n\n## Stories\n\n* [x] Billing outage\n\n# Notes\n\n## What I said\n\n- [+02:00] salary: still 120–140k\n"),
	],
	[OTHER, note("company: Globex\nround: Screen\nwith: Dana Lee\nmeeting: 2026-11-20", "# Globex\n\n## Stories\n\n* [x] Onboarding guide\n\n# Notes\n\n## What I said\n\n- salary 200k\n")],
];

let h: Harness;
afterEach(() => h?.plugin.unload());

async function openPerson(): Promise<HTMLElement> {
	h = await loadPlugin();
	await h.app.vault.createFolder("Interviews");
	for (const [path, text] of rounds) await h.app.vault.create(path, text);
	await settle();
	await h.plugin.processes.ready;
	await openNote(h.app, DANA, "# Dana Lee\n\nRecruiter at Acme; hiring for the platform team.\n");
	await h.plugin.openSidebar();
	await afterRefresh();
	return sidebarOf(h.app);
}

const texts = (root: Element, selector: string) => Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? "");

describe("a person's note in the sidebar", () => {
	it("shows the rounds that link the person from with:, what was said to them by topic, and the stories told to them", async () => {
		const root = await openPerson();
		const part = root.querySelector(".interview-prep-person-part");
		if (!part) throw new Error("no person part");
		expect(part.classList.contains("interview-prep-hidden")).toBe(false);
		expect(part.querySelector(".interview-prep-part-title")?.textContent).toBe("Dana");
		expect(texts(part, ".interview-prep-round")).toEqual(["Acme, Recruiter screen2026-12-01", "Acme, Hiring manager2026-12-08"]);
		expect(texts(part, ".interview-prep-said-topic-title")).toEqual(["pay: 120–140k (said twice)", "notice: 4 weeks (said once)", "Other"]);
		expect(texts(part, ".interview-prep-said-to-them li")).toEqual([
			"my range is 120–140kAcme, Recruiter screen",
			"salary: still 120–140kAcme, Hiring manager",
			"I can start in four weeksAcme, Recruiter screen",
			"Looking for ownership of a platformAcme, Recruiter screen",
		]);
		expect(texts(part, ".interview-prep-told-to-them li")).toEqual(["Event queue migrationAcme, Recruiter screen", "Billing outageAcme, Hiring manager"]);
		// A plain-text with: names no note, and Globex's round is not Dana's; nothing of a prep note shows for a person.
		expect(part.textContent).not.toContain("Globex");
		expect(root.querySelector(".interview-prep-body")?.classList.contains("interview-prep-hidden")).toBe(true);
		expect(root.querySelector(".interview-prep-empty")?.classList.contains("interview-prep-hidden")).toBe(true);
	});

	it("opens a round from the person's rounds, and leaves the person's part out for a round's note", async () => {
		const root = await openPerson();
		root.querySelector<HTMLButtonElement>(".interview-prep-person-part .interview-prep-round-link")?.click();
		await afterRefresh();
		expect(h.app.workspace.getActiveFile()?.path).toBe(SCREEN);
		expect(root.querySelector(".interview-prep-person-part")?.classList.contains("interview-prep-hidden")).toBe(true);
	});

	it("shows a note no round links as before", async () => {
		h = await loadPlugin();
		await openNote(h.app, "People/Nobody.md", "# Nobody\n");
		await h.plugin.openSidebar();
		await afterRefresh();
		const root = sidebarOf(h.app);
		expect(root.querySelector(".interview-prep-person-part")?.classList.contains("interview-prep-hidden")).toBe(true);
		expect(root.querySelector(".interview-prep-empty")?.textContent).toContain("has no Preparation, Stories or Questions heading");
	});
});
