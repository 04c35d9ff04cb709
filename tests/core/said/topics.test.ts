import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SAID_TOPICS, type SaidTopic } from "../../../src/core/said/said-topics";
import { formatSaidTopics, parseSaidTopics, saidTopicsProblem } from "../../../src/core/said/parse-said-topics";
import { topicsIn } from "../../../src/core/said/topics-in";

const topicsOf = (text: string) => topicsIn(text, DEFAULT_SAID_TOPICS);

describe("topicsIn", () => {
	it("puts a line under each topic whose word it contains, in the topics' order", () => {
		expect(topicsOf("Salary: asked for 120k")).toEqual(["pay"]);
		expect(topicsOf("notice is 3 months, salary 120k")).toEqual(["pay", "notice"]);
		expect(topicsOf("Fully remote, or hybrid from Lyon")).toEqual(["location"]);
		expect(topicsOf("Why I left: the team was dissolved")).toEqual(["leaving"]);
		expect(topicsOf("Told them about the migration project")).toEqual([]);
	});

	it("matches whole words in any case: comp and comp., not company; start, not started; OTE, not note", () => {
		expect(topicsOf("comp 120k")).toEqual(["pay"]);
		expect(topicsOf("total comp. 150k")).toEqual(["pay"]);
		expect(topicsOf("COMP is fine")).toEqual(["pay"]);
		expect(topicsOf("the company is growing")).toEqual([]);
		expect(topicsOf("Start in March")).toEqual(["notice"]);
		expect(topicsOf("I started there in 2019")).toEqual([]);
		expect(topicsOf("OTE 150k")).toEqual(["pay"]);
		expect(topicsOf("made a note of it")).toEqual([]);
		expect(topicsOf("based in Berlin")).toEqual([]);
		expect(topicsOf("a mid-range ask")).toEqual(["pay"]);
	});

	it("matches phrases across any white space, and words with a hyphen", () => {
		expect(topicsOf("my start date: 5 January")).toEqual(["notice"]);
		expect(topicsOf("why  I\tleft")).toEqual(["leaving"]);
		expect(topicsOf("on-site twice a week")).toEqual(["location"]);
		expect(topicsOf("onsite twice a week")).toEqual(["location"]);
	});

	it("reads a German topic list, where a word ending in * matches its inflections", () => {
		const german: SaidTopic[] = [
			{ name: "Gehalt", words: ["Gehalt*", "Lohn*"] },
			{ name: "Kündigung", words: ["Kündigungsfrist", "verfügbar"] },
		];
		expect(topicsIn("Gehaltsvorstellung 85.000 €", german)).toEqual(["Gehalt"]);
		expect(topicsIn("Kündigungsfrist: 3 Monate", german)).toEqual(["Kündigung"]);
		expect(topicsIn("Der Lohn ist fix", german)).toEqual(["Gehalt"]);
		expect(topicsIn("Sie haben Gehalt gesagt", german)).toEqual(["Gehalt"]);
		expect(topicsIn("Unverfügbar", german)).toEqual([]);
	});

	it("takes words with regular-expression characters literally", () => {
		const topics: SaidTopic[] = [{ name: "stack", words: ["C++", "(base)", "a.b", "*"] }];
		expect(topicsIn("I write C++ daily", topics)).toEqual(["stack"]);
		expect(topicsIn("the (base) figure", topics)).toEqual(["stack"]);
		expect(topicsIn("aXb", topics)).toEqual([]);
		expect(topicsIn("C", topics)).toEqual([]);
	});

	it("follows a changed topic list: a new list is compiled anew, not served from the old one", () => {
		const before: SaidTopic[] = [{ name: "pay", words: ["salary"] }];
		const after: SaidTopic[] = [{ name: "pay", words: ["Gehalt"] }];
		expect(topicsIn("Gehalt 85k", before)).toEqual([]);
		expect(topicsIn("Gehalt 85k", after)).toEqual(["pay"]);
		expect(topicsIn("salary 85k", before)).toEqual(["pay"]);
		expect(topicsIn("salary 85k", after)).toEqual([]);
	});

	it("gives no topic for a topic without words, and one name once when two topics share it", () => {
		expect(topicsIn("anything at all", [{ name: "empty", words: [] }, { name: "blank", words: [" ", "*"] }])).toEqual([]);
		expect(topicsIn("salary and pay", [{ name: "pay", words: ["salary"] }, { name: "pay", words: ["pay"] }])).toEqual(["pay"]);
	});
});

describe("the topics setting as text", () => {
	it("reads one topic a line, name before the colon and words split by commas", () => {
		expect(parseSaidTopics("pay: salary, compensation, comp\nnotice: notice, start date")).toEqual([
			{ name: "pay", words: ["salary", "compensation", "comp"] },
			{ name: "notice", words: ["notice", "start date"] },
		]);
	});

	it("forgives what people type: markers, semicolons, spaces, blank words, comments, junk lines, Windows line ends", () => {
		const text = ["# my topics", "- pay :  salary ;  comp,, ,OTE", "", "just some junk", "notice:", ":orphan, words", "* location: remote,   on  site", "// old: x"].join("\r\n");
		expect(parseSaidTopics(text)).toEqual([
			{ name: "pay", words: ["salary", "comp", "OTE"] },
			{ name: "location", words: ["remote", "on site"] },
		]);
	});

	it("gathers a topic named twice, in any case, keeping each word once in its first spelling", () => {
		expect(parseSaidTopics("pay: salary, OTE\nPay: ote, equity")).toEqual([{ name: "pay", words: ["salary", "OTE", "equity"] }]);
	});

	it("reads nothing from an empty or junk setting", () => {
		expect(parseSaidTopics("")).toEqual([]);
		expect(parseSaidTopics("\n\n  \nno colon here\n:\n : , ,")).toEqual([]);
	});

	it("writes the built-in topics as text that reads back to them", () => {
		const text = formatSaidTopics(DEFAULT_SAID_TOPICS);
		expect(text.split("\n")[0]).toBe("pay: salary, compensation, comp, pay, base, rate, OTE, equity, range");
		expect(parseSaidTopics(text)).toEqual(DEFAULT_SAID_TOPICS);
	});

	it("reads back any topic list it wrote", () => {
		const word = fc.stringMatching(/^[\p{L}][\p{L}\p{N}'-]{0,8}(?: [\p{L}\p{N}]{1,6})?\*?$/u);
		const topic = fc.record({ name: fc.stringMatching(/^[\p{L}][\p{L} ]{0,10}[\p{L}]$/u).filter((n) => !/ {2}/.test(n)), words: fc.uniqueArray(word, { minLength: 1, maxLength: 6, selector: (w) => w.toLowerCase() }) });
		fc.assert(
			fc.property(fc.uniqueArray(topic, { maxLength: 6, selector: (t) => t.name.toLowerCase() }), (topics) => {
				expect(parseSaidTopics(formatSaidTopics(topics))).toEqual(topics);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("the said core on older mobile web views", () => {
	it("uses no lookbehind, which iOS before 16.4 cannot parse: the plugin would not load there", () => {
		const folder = "src/core/said";
		const files = readdirSync(folder).filter((name) => name.endsWith(".ts"));
		expect(files.length).toBeGreaterThan(5);
		for (const name of files) expect(readFileSync(`${folder}/${name}`, "utf8"), name).not.toMatch(/\(\?<[=!]/);
	});
});

describe("saidTopicsProblem: the settings text the tab refuses", () => {
	it("accepts the built-in topics, comments and blank lines", () => {
		expect(saidTopicsProblem(formatSaidTopics(DEFAULT_SAID_TOPICS))).toBeNull();
		expect(saidTopicsProblem("# mine\n\n- Gehalt: Gehalt, Lohn\n")).toBeNull();
	});

	it("names the line that is not a topic with its words, and asks for a topic when there is none", () => {
		expect(saidTopicsProblem("pay: salary\nnotice 4 weeks")).toBe("Line 2 needs a topic, a colon and its words, such as pay: salary, compensation.");
		expect(saidTopicsProblem("pay: salary\nnotice:")).toBe("Line 2 needs a topic, a colon and its words, such as pay: salary, compensation.");
		expect(saidTopicsProblem("  \n# only a comment")).toBe("Enter at least one topic, such as pay: salary, compensation.");
	});
});
