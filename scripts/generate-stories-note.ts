// A prep note with a given number of stories, for the browser benchmark's render figure.
export function storiesNote(count: number): string {
	const lines = ["# Story-heavy prep", "", "## Preparation", "", "- [ ] Pick the three best stories", "", "## Stories", ""];
	for (let i = 1; i <= count; i++) {
		if (i % 20 === 1) lines.push(`### Group ${Math.ceil(i / 20)}`, "");
		lines.push(`- Story ${i}: a project worth telling`, `\t- Situation: context for story ${i}.`, `\t- Action: what I did in story ${i}.`, `\t- Result: it improved by ${i}%.`);
	}
	return lines.join("\n") + "\n";
}
