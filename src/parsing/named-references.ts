/**
 * Named character references, such as `&copy;`, decoded on the UI thread for the parser. remark decodes
 * them with the page's HTML parser there, which a worker lacks, and the table it would need instead would
 * add about 30 KB to main.js. So the text is scanned here for what micromark may look up, `&` and 1 to 31
 * letters or digits and `;`, and each name is decoded as remark does in a page; the worker reads these.
 */

const CANDIDATE = /&([\da-z]{1,31});/gi;

export type NamedReferences = Record<string, string | false>;

/** The decoded value of every named reference in `texts`, or undefined when there is none. */
export function namedReferencesIn(...texts: string[]): NamedReferences | undefined {
	const names = new Set<string>();
	for (const text of texts) {
		if (!text.includes("&")) continue;
		for (const match of text.matchAll(CANDIDATE)) names.add(match[1] ?? "");
	}
	if (names.size === 0 || typeof DOMParser === "undefined") return undefined;
	const list = [...names];
	// One parse for all: each name in an element of its own, read back as text, as remark's decoder does it.
	const body = new DOMParser().parseFromString(list.map((name) => `<i>&${name};</i>`).join(""), "text/html").body;
	const references: NamedReferences = {};
	list.forEach((name, i) => {
		const text = body.children[i]?.textContent ?? "";
		const written = `&${name};`;
		// A reference that stops short of the `;` (`&notit;` reads as `¬it;`) is not one, and neither is text left as written.
		references[name] = text === written || (text.endsWith(";") && name !== "semi") ? false : text;
	});
	return references;
}
