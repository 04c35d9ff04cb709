import { describe, expect, it } from "vitest";
import { isPlaceholderStory, NEW_NOTE_TEMPLATE, parsePrepNote, PREP_SECTIONS_TEMPLATE, roundOf, storiesReady, storyReadiness, writtenStories } from "../../src/core";

describe("STAR markers light only when the story says something", () => {
	it("leaves a blank template's labels dark", () => {
		expect(storyReadiness(["Situation:", "Task: ", "Action: -", "Result:"]).markers).toEqual([false, false, false, false]);
		expect(storyReadiness(["S:", "T: ", "A:", "R:   "]).markers).toEqual([false, false, false, false]);
	});

	it("lights a label once text follows it", () => {
		expect(storyReadiness(["Situation: the queue overran", "T: own it", "Action - rewrote it", "Result: 3 hours earlier"]).ready).toBe(true);
	});

	it("reads Results (plural) as Result", () => {
		const r = storyReadiness(["Results: 40% fewer pages"]);
		expect(r.markers).toEqual([false, false, false, true]);
		expect(r.resultWithoutNumber).toBe(false);
	});

	it("does not light two words with one shared letter", () => {
		const german = ["Situation", "Aufgabe", "Aktion", "Ergebnis"];
		expect(storyReadiness(["A: did it"], german).markers).toEqual([false, false, false, false]);
		expect(storyReadiness(["Aufgabe: x", "Aktion: y"], german).markers).toEqual([false, true, true, false]);
		expect(storyReadiness(["S: x", "E: 2x"], german).markers).toEqual([true, false, false, true]);
	});

	it.each([
		["New prep note", NEW_NOTE_TEMPLATE],
		["Insert prep sections", PREP_SECTIONS_TEMPLATE],
	])("counts no story of the %s template as ready", (_name, template) => {
		const note = parsePrepNote(template.replaceAll(/\{\{\w+\}\}/g, "x"));
		expect(note.stories.length).toBeGreaterThan(0);
		expect(storiesReady(note.stories, ["Situation", "Task", "Action", "Result"])).toBe(0);
	});
});

describe("a story that is still the template's prompt", () => {
	it("counts nowhere: not in the round's stories, not as told, and not in stories ready's total", () => {
		const text = "---\ncompany: Acme\n---\n# Call\n\n## Stories\n\n- [x] Tell me about a challenge you handled at work.\n\t- Situation:\n\t- Task:\n\t- Action:\n\t- Result:\n- Outage\n- Migration\n\t- Situation: the old queue dropped jobs\n";
		const note = parsePrepNote(text);
		expect(isPlaceholderStory(note.stories[0] ?? { details: [] })).toBe(true);
		expect(writtenStories(note.stories).map((s) => s.title)).toEqual(["Outage", "Migration"]);
		const round = roundOf("a.md", text, note, { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" });
		expect(round?.stories.map((s) => s.title)).toEqual(["Outage", "Migration"]);
		expect(round?.told).toEqual([]);
	});
});
