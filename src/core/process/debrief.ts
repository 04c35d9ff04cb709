/** The debrief after a call: its built-in template, and when to offer it. */

/** The built-in debrief; `{{with}}` and `{{round}}` name the person met and the round. Its tasks are follow-ups, not prep. */
export const DEBRIEF_TEMPLATE = `## Debrief

- What went well:
- What to improve:
- What they said about next steps and timeline:
- [ ] Send a thank-you note to {{with}}
- [ ] Write down the questions I want to answer better next time
`;

/** The built-in debrief under the heading the settings give it. */
export function debriefTemplate(heading: string): string {
	return DEBRIEF_TEMPLATE.replace(/^## Debrief$/m, `## ${heading}`);
}

/** The values a debrief adds to a template's: the person met, or `the interviewer`, and the round. */
export function debriefVars(round: { with: string | null; round: string }): { with: string; round: string } {
	return { with: round.with ?? "the interviewer", round: round.round };
}

/** The id a debrief offer for this call is remembered by, across devices. */
export function debriefOfferId(path: string, meetingAt: number): string {
	return `debrief:${path}:${meetingAt}`;
}

/**
 * Whether the debrief is due to be offered for a call at `meetingAt`, `hours` after it: not before, and no
 * longer once the call is `withinDays` behind, so an old note opened again stays quiet.
 */
export function debriefDue(meetingAt: number, now: number, hours: number, withinDays: number): boolean {
	return now >= meetingAt + hours * 3_600_000 && now < meetingAt + withinDays * 86_400_000;
}
