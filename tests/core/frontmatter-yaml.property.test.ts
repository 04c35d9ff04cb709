import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { frontmatterProblem, readFrontmatter } from "../../src/core";

// Lines as people write a prep note's frontmatter by hand or Obsidian's Properties write it, good and bad.
const key = fc.constantFrom("company", "round", "with", "meeting", "role", "stage", "hiring manager");
const value = fc.constantFrom(
	"Acme", "Acme Corp", "2026-12-06T10:09", "2026-12-06 10:09", '"Acme: the company"', "'It''s fine'", "Sam (CTO): hiring manager",
	"[Acme, Beta]", "~", "null", "", "https://example.com/a", '"[[Dana Lee]]"', "Acme # a comment", '"unclosed', "a:b", "@handle", "x: y",
);
const line = fc.oneof(
	fc.tuple(key, value).map(([k, v]) => (v === "" ? `${k}:` : `${k}: ${v}`)),
	fc.constantFrom("  - Acme", '  - "[[Dana Lee]]"', "- Beta", "\t- Sam", "# a comment", "", "just a line", "company:Acme"),
);

describe("the frontmatter reader against a YAML parser", () => {
	it("finds a problem exactly where YAML finds an error, for the lines a prep note holds", () => {
		fc.assert(
			fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
				const body = lines.join("\n");
				// Obsidian keeps no properties when the YAML has an error, or when it is something other than keys and values.
				const document = parseDocument(body, { uniqueKeys: true });
				const js: unknown = document.errors.length > 0 ? null : document.toJS();
				const yamlFails = document.errors.length > 0 || (js !== null && js !== undefined && (typeof js !== "object" || Array.isArray(js)));
				expect(frontmatterProblem(`---\n${body}\n---\n`) !== null).toBe(yamlFails);
			}),
			{ numRuns: 2000 },
		);
	});

	it("reads a valid company as YAML does: text, a list's first entry, or nothing for null", () => {
		fc.assert(
			fc.property(value, (v) => {
				const body = v === "" ? "company:" : `company: ${v}`;
				const document = parseDocument(body, { uniqueKeys: true });
				fc.pre(document.errors.length === 0);
				const parsed: unknown = (document.toJS() as Record<string, unknown> | null)?.company;
				const first: unknown = Array.isArray(parsed) ? parsed[0] : parsed;
				const expected = typeof first === "string" || typeof first === "number" ? String(first) : "";
				expect(readFrontmatter(`---\n${body}\n---\n`).company ?? "").toBe(expected);
			}),
		);
	});
});
