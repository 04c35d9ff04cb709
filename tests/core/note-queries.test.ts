import { describe, expect, it } from "vitest";
import { callIsDue, isPrepShaped, nextOpenPrepTask, parsePrepNote, primaryDoneChar, storiesMatching, withoutCheckbox } from "../../src/core";

const NOTE = parsePrepNote(["# Call", "## Preparation", "- [x] done", "- [-] skipped", "- [ ] Research the team", "## Stories", "- [x] Queue migration", "  - Situation: jobs overran", "- Billing outage", "  - Caught by schema checks", ""].join("\n"));

describe("the rules the sidebar and the commands share", () => {
	it("finds the next open prep task past done and cancelled ones", () => {
		expect(nextOpenPrepTask(NOTE, "Preparation")?.text).toBe("Research the team");
		expect(nextOpenPrepTask(NOTE, "Missing")).toBeUndefined();
	});

	it("calls a note prep-shaped when it has any of the three headings", () => {
		const names = { preparation: "Preparation", stories: "Stories", questions: "Questions" };
		expect(isPrepShaped(NOTE, names)).toBe(true);
		expect(isPrepShaped(parsePrepNote("# Shopping\n- milk\n"), names)).toBe(false);
	});

	it("filters stories by title or detail, ignoring case, and can leave told ones out", () => {
		expect(storiesMatching(NOTE.stories, "SCHEMA").map((s) => s.title)).toEqual(["Billing outage"]);
		expect(storiesMatching(NOTE.stories, "  ").map((s) => s.title)).toEqual(["Queue migration", "Billing outage"]);
		expect(storiesMatching(NOTE.stories, "", true).map((s) => s.title)).toEqual(["Billing outage"]);
	});

	it("counts a call as due from its start for an hour", () => {
		const at = Date.UTC(2026, 11, 3, 15);
		expect(callIsDue(at, at - 1)).toBe(false);
		expect(callIsDue(at, at)).toBe(true);
		expect(callIsDue(at, at + 59 * 60_000)).toBe(true);
		expect(callIsDue(at, at + 60 * 60_000)).toBe(false);
	});

	it("reads the checkbox off an item's text, and checks with the first done character", () => {
		expect(withoutCheckbox("[x]   Why?")).toBe("Why?");
		expect(withoutCheckbox("[link] text")).toBe("[link] text");
		expect(primaryDoneChar("Xx")).toBe("X");
		expect(primaryDoneChar("")).toBe("x");
	});
});
