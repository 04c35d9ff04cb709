import { applyChanges, planCheckedEdit, type NextRoundInput } from "../../../src/core";

/** The next round's note as the plugin makes it: through the planner table, checked as the worker checks it, with an in-thread parser. */
export function nextRoundText(input: NextRoundInput): string {
	const plan = planCheckedEdit("next-round", "", { input });
	if (plan.kind !== "change") throw new Error(plan.kind === "refuse" ? plan.reason : "the next round's note was not planned");
	return applyChanges("", plan.changes);
}
