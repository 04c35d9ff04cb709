import { describe, expect, it } from "vitest";
import { applyChanges, checkPlan, parsePrepNote, planAnsweredWith, planEdit, type AnsweredWithArgs, type EditPlan } from "../../src/core";

const OPTIONS = { theirQuestions: "Their questions" };
const NOTE = [
	"## Stories",
	"- Materials debate over SPA versus MPA",
	"\t- Result: shipped the MPA",
	"",
	"## Their questions",
	"- [+12:40] Tell me about a time you disagreed with your manager. 🔴",
	"  - Rambled; lead with the result next time.",
	"- Why are you leaving? 🟢",
	"",
].join("\n");

const args = (line: number, story: string, told: AnsweredWithArgs["told"] = null): AnsweredWithArgs => {
	const raw = NOTE.split("\n")[line - 1] ?? "";
	return { question: { line, raw }, story, told };
};

/** The note as the plan leaves it, after the check before every write passes. */
function written(text: string, a: AnsweredWithArgs): string {
	const planner = (t: string) => planAnsweredWith(t, a, OPTIONS);
	const plan = planner(text);
	if (plan.kind !== "change") throw new Error(`planned ${plan.kind}${plan.kind === "refuse" ? `: ${plan.reason}` : ""}`);
	expect(checkPlan(text, plan, planner)).toBeNull();
	return applyChanges(text, plan.changes);
}

describe("Answered with", () => {
	it("adds the story as the question's first nested bullet, above the candidate's notes", () => {
		const after = written(NOTE, args(6, "Materials debate over SPA versus MPA"));
		expect(after).toBe(NOTE.replace("🔴\n", "🔴\n  - Answered with: Materials debate over SPA versus MPA\n"));
		expect(parsePrepNote(after).theirQuestions[0]).toMatchObject({ answeredWith: "Materials debate over SPA versus MPA", notes: ["Rambled; lead with the result next time."] });
	});

	it("nests it under a question with nothing nested yet, past its list marker", () => {
		const after = written(NOTE, args(8, "Materials debate over SPA versus MPA"));
		expect(after).toBe(NOTE.replace("🟢\n", "🟢\n  - Answered with: Materials debate over SPA versus MPA\n"));
		const ordered = "## Their questions\r\n10. Why us?\r\n";
		const plan = planAnsweredWith(ordered, { question: { line: 2, raw: "10. Why us?" }, story: "Queue", told: null }, OPTIONS);
		expect(applied(ordered, plan)).toBe("## Their questions\r\n10. Why us?\r\n    - Answered with: Queue\r\n");
	});

	it("replaces the story it names, keeping the label as written, and has nothing to do for the same story in other case", () => {
		const once = written(NOTE, args(6, "First story"));
		const raw = once.split("\n")[5] ?? "";
		const again = planAnsweredWith(once, { question: { line: 6, raw }, story: "Materials debate", told: null }, OPTIONS);
		expect(applied(once, again)).toBe(once.replace("Answered with: First story", "Answered with: Materials debate"));
		expect(planAnsweredWith(once, { question: { line: 6, raw }, story: "  first   STORY ", told: null }, OPTIONS).kind).toBe("none");
		const loose = "## Their questions\n- Why?\n\t- answered WITH:\n";
		expect(applied(loose, planAnsweredWith(loose, { question: { line: 2, raw: "- Why?" }, story: "Queue", told: null }, OPTIONS))).toBe("## Their questions\n- Why?\n\t- answered WITH: Queue\n");
	});

	it("marks the story told in the same edit, so one undo reverts both; a second identical click does nothing", () => {
		const told = { line: 2, expected: "- Materials debate over SPA versus MPA", replacement: "- [x] Materials debate over SPA versus MPA" };
		const a = args(6, "Materials debate over SPA versus MPA", told);
		const plan = planAnsweredWith(NOTE, a, OPTIONS);
		const after = applied(NOTE, plan);
		expect(after).toBe(NOTE.replace("- Materials", "- [x] Materials").replace("🔴\n", "🔴\n  - Answered with: Materials debate over SPA versus MPA\n"));
		expect(planAnsweredWith(after, a, OPTIONS).kind).toBe("none");
		// Undoing the one change gives the note back.
		if (plan.kind !== "change") throw new Error("no change");
		expect(plan.changes).toHaveLength(2);
	});

	it("goes through the planner table by its row", () => {
		const plan = planEdit("answered-with", NOTE, { ...args(8, "Materials debate over SPA versus MPA"), options: OPTIONS });
		expect(plan.kind).toBe("change");
	});

	it("refuses a question whose line changed, a line that is no question of theirs, and a story line that changed", () => {
		expect(planAnsweredWith(NOTE, { question: { line: 6, raw: "- something else" }, story: "X", told: null }, OPTIONS)).toMatchObject({ kind: "refuse" });
		expect(planAnsweredWith(NOTE, { question: { line: 2, raw: "- Materials debate over SPA versus MPA" }, story: "X", told: null }, OPTIONS)).toMatchObject({
			kind: "refuse",
			reason: "that line is not a question under the Their questions heading.",
		});
		expect(planAnsweredWith(NOTE, args(6, "X", { line: 2, expected: "- Other", replacement: "- [x] Other" }), OPTIONS)).toMatchObject({ kind: "refuse" });
		expect(planAnsweredWith(NOTE, args(6, "   "), OPTIONS)).toMatchObject({ kind: "refuse" });
	});
});

function applied(text: string, plan: EditPlan<unknown>): string {
	if (plan.kind !== "change") throw new Error(`planned ${plan.kind}${plan.kind === "refuse" ? `: ${plan.reason}` : ""}`);
	return applyChanges(text, plan.changes);
}
