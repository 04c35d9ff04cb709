import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frontmatterProblem, parseDuration, readFrontmatter } from "../../src/core";

const front = (...lines: string[]) => `---\n${lines.join("\n")}\n---\n# Call\n`;

describe("readFrontmatter and YAML comments", () => {
	it("leaves a comment after a value out of it", () => {
		const values = readFrontmatter(front("duration: 45m # planned", "meeting: 2026-12-03T15:00\t# local time", "company: Acme   #2"));
		expect(values).toEqual({ duration: "45m", meeting: "2026-12-03T15:00", company: "Acme" });
		expect(parseDuration(values.duration ?? "")).toBe(45 * 60_000);
	});

	it("keeps a # that no space or tab comes before, as YAML does", () => {
		expect(readFrontmatter(front("link: https://example.com/#anchor", "tag: C#", "ref: a#b # c"))).toEqual({ link: "https://example.com/#anchor", tag: "C#", ref: "a#b" });
	});

	it("reads a value that is only a comment as empty", () => {
		expect(readFrontmatter(front("duration: # to decide", "empty:"))).toEqual({ duration: "", empty: "" });
	});

	it("keeps a # inside quotes, and leaves out a comment after the closing quote", () => {
		expect(readFrontmatter(front(`title: "Call # 2" # second round`, "note: 'it''s # fine'  # yes", `plain: "quoted"`))).toEqual({
			title: "Call # 2",
			note: "it's # fine",
			plain: "quoted",
		});
	});

	it("keeps a value that holds U+2028 or U+2029, which are no line breaks here", () => {
		expect(readFrontmatter(front("a: one\u2028two # c", 'b: "\u2029"'))).toEqual({ a: "one\u2028two", b: "\u2029" });
	});

	it("reads the escapes of a double-quoted value", () => {
		expect(readFrontmatter(front(String.raw`say: "a \"b\" \\ \t \u00e9 \x41"`))).toEqual({ say: 'a "b" \\ \t é A' });
	});

	it("reads back any one-line value written plain, single-quoted or double-quoted, with a comment after it", () => {
		const oneLine = fc.string({ unit: "grapheme", maxLength: 20 }).filter((v) => !/[\r\n]/.test(v));
		fc.assert(
			fc.property(oneLine, fc.constantFrom("", " # comment", "\t#", "  # a # b"), (value, comment) => {
				expect(readFrontmatter(front(`v: ${JSON.stringify(value)}${comment}`)).v).toBe(value);
				expect(readFrontmatter(front(`v: '${value.replace(/'/g, "''")}'${comment}`)).v).toBe(value);
				const plain = value.trim();
				// A plain value cannot start with a quote or a comment, nor hold one; nor be YAML's own syntax:
				// a block scalar's `|` or `>`, a flow list's `[`, or a null.
				const yamlSyntax = /^(?:[|>][-+]?[0-9]?$|\[(?!\[))/.test(plain) || /^(?:~|null|Null|NULL)$/.test(plain);
				if (!/^["'#]/.test(plain) && !/[ \t]#/.test(plain) && !yamlSyntax) expect(readFrontmatter(front(`v: ${plain}${comment}`)).v).toBe(plain);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("the frontmatter as Obsidian's Properties write it", () => {
	const fm = (body: string) => `---\n${body}\n---\n# Note\n`;

	it("reads null as no value, a list as its first entry, and a block scalar as its lines", () => {
		expect(readFrontmatter(fm("company: ~\nrole: Null\nwith: null"))).toEqual({ company: "", role: "", with: "" });
		expect(readFrontmatter(fm("company: [Acme, Beta]")).company).toBe("Acme");
		expect(readFrontmatter(fm("company:\n  - Acme\n  - Beta\nround: Screen")).company).toBe("Acme");
		expect(readFrontmatter(fm("company:\n- \"Acme, Inc.\"\nround: Screen"))).toMatchObject({ company: "Acme, Inc.", round: "Screen" });
		expect(readFrontmatter(fm("company: >-\n  Acme\n  Corp\nround: Screen"))).toMatchObject({ company: "Acme Corp", round: "Screen" });
		expect(readFrontmatter(fm("with:\n  - \"[[Dana Lee]]\"")).with).toBe("[[Dana Lee]]");
	});

	it("does not take key:value without a space for a key", () => {
		expect(readFrontmatter(fm("company:Acme\nround: Screen"))).toEqual({ round: "Screen" });
	});
});

describe("frontmatter that Obsidian's YAML rejects", () => {
	const fm = (body: string) => `---\n${body}\n---\n# Note\n`;

	it("names the line and why, for what people write by hand", () => {
		expect(frontmatterProblem(fm("company: Acme\nwith: Sam (CTO): hiring manager"))).toMatchObject({ line: 3, text: "with: Sam (CTO): hiring manager" });
		expect(frontmatterProblem(fm("company: Acme\nwith:\n\t- Sam"))?.reason).toMatch(/tab/);
		expect(frontmatterProblem(fm("company: Acme\njust a line"))?.line).toBe(3);
		expect(frontmatterProblem(fm("notes: |\n  fine\n\tnot fine"))?.line).toBe(4);
		expect(frontmatterProblem(fm('company: "Acme\nround: x'))?.reason).toMatch(/quote/);
		expect(frontmatterProblem(fm("company: Acme\ncompany: Beta"))?.reason).toMatch(/twice/);
	});

	it("names a line indented under a list item that a comment ended, and lets a list go on after a comment", () => {
		expect(frontmatterProblem(fm("company:\n- Beta\n# a comment\n  - Acme"))).toMatchObject({ line: 5, text: "  - Acme" });
		expect(frontmatterProblem(fm("company:\n  - Beta\n# a comment\n    - Acme"))?.line).toBe(5);
		expect(frontmatterProblem(fm("company:\n- Beta\n# a comment\n- Acme"))).toBeNull();
		expect(frontmatterProblem(fm("company:\n  - Beta\n# a comment\n  - Acme"))).toBeNull();
		expect(frontmatterProblem(fm("company:\n- Beta\n\n  - Acme"))).toBeNull();
	});

	it("finds nothing wrong in valid YAML: quotes, lists, block scalars, links, comments and URLs", () => {
		const valid = fm('company: "Acme: the company"\nrole: Staff engineer # senior\nwith:\n  - "[[Dana Lee]]"\nnotes: |\n  one: two\n  \tthree\nlink: https://example.com/a\ntags: [a, b]\n# a comment');
		expect(frontmatterProblem(valid)).toBeNull();
	});
});
