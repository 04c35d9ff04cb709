import { identityKey } from "./text-identity";

/**
 * A round as a list or a reminder names it: the company, and the round where it says more. A round
 * with no name of its own takes the note's title, which is often the company's name again.
 */
export function roundLabel(company: string, round: string): string[] {
	return round.trim() === "" || identityKey(round) === identityKey(company) ? [company] : [company, round];
}
