import fc from "fast-check";

/** Lines that prep notes are made of, plus the constructs that trip parsers. */
const lineArbitrary = fc.oneof(
	fc.constantFrom(
		"# Title", "## Preparation", "## Stories", "### Work-related", "## Questions", "### Chosen", "# Notes", "## Agenda",
		"Setext", "===", "---", "```", "~~~", "```js", "<div>", "</div>", "<!--", "-->", "",
		"- [ ] open", "- [x] done", "- [-] cancelled", "* [/] half", "1. [X] ordered", "- [ ]", "- plain item",
		"  - nested detail", "\t* [ ] tabbed task", "    - [x] deep", "> quote", "> - [ ] quoted task", "> # quoted heading",
		"[ref]: /url", "text with <img src=x onerror=alert(1)>", "  # indented heading", "#not a heading", "## Closed ##",
	),
	fc.string({ maxLength: 20 }),
);

export const markdownArbitrary = fc
	.tuple(fc.array(lineArbitrary, { maxLength: 40 }), fc.constantFrom("\n", "\r\n"), fc.boolean())
	.map(([lines, eol, finalEol]) => lines.join(eol) + (finalEol && lines.length > 0 ? eol : ""));
