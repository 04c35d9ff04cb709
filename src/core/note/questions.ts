import { sameHeadingName } from "./lines";

/** The groups under Questions: the questions chosen for this round, and those in reserve. */
export const CHOSEN_GROUP = "Chosen";
export const EXTRA_GROUP = "Extra";

/** The group a question in `group` moves to: Extra from Chosen, Chosen from anywhere else. */
export function otherGroup(group: string): string {
	return sameHeadingName(group, CHOSEN_GROUP) ? EXTRA_GROUP : CHOSEN_GROUP;
}
