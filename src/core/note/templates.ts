/** The built-in templates. A vault file chosen in settings replaces each one. */

export const NOTES_TEMPLATE = `## Agenda

- 0–5 min: introductions, and what they would like to cover
- 5–15 min: the role, the team and how the process runs
- 15–25 min: my questions
- 25–30 min: salary range, next steps and timeline

## Discrepancies

| Topic | What I was told before / the job post | What I was told today |
| --- | --- | --- |
|  |  |  |

## What I said

## Their questions
`;

export const PREP_SECTIONS_TEMPLATE = `## Preparation

- [ ] Read the job post again and note anything vague
- [ ] Research the company, the team and the product
- [ ] Pick two or three questions to ask, with a few in reserve
- [ ] Choose one to three stories and their short versions

## Ice breakers

- Something about their time zone, city or week

## Questions

### Chosen

- What does a typical day look like for the role?

### Extra

- How does the team grow people into senior roles?

## Highlights

## Concerns

## Stories

### Work-related

- A project I am proud of
	- Situation:
	- Task:
	- Action:
	- Result:

### Standard

- Tell me about a challenge you handled at work.
	- Situation:
	- Task:
	- Action:
	- Result:
`;

export const NEW_NOTE_TEMPLATE = `---
company: {{company}}
round: {{round}}
meeting: 
duration: 30m
---
# {{name}}

* Time: 
* Recruiter: 

${PREP_SECTIONS_TEMPLATE}
# Notes

## Agenda

## Discrepancies

## What I said

## Their questions
`;

/** The heading the built-in templates give the lines the candidate said. */
export const DEFAULT_SAID_HEADING = "What I said";

/** A built-in template with the said section under the name the settings give it. */
export function withSaidHeading(template: string, name: string): string {
	return template.replace(/^(#{1,6} )What I said$/m, (_, hashes: string) => `${hashes}${name}`);
}

/** The heading the built-in templates give the questions the interviewers asked. */
export const DEFAULT_THEIR_QUESTIONS_HEADING = "Their questions";

/** A built-in template with the said and their-questions sections under the names the settings give them. */
export function withNoteHeadings(template: string, names: { said: string; theirQuestions: string }): string {
	return withSaidHeading(template, names.said).replace(/^(#{1,6} )Their questions$/m, (_, hashes: string) => `${hashes}${names.theirQuestions}`);
}

/** The heading the templates and the captures give discrepancies. */
export const DISCREPANCIES_HEADING = "Discrepancies";
