import { describe, expect, it, vi } from "vitest";
import { FIRST_ROWS, KeyedList, SLICE_MS, type ListEntry } from "../../src/ui/keyed-list";

/** A list whose clock moves by `step` ms for each row drawn: a draw as slow as the test wants. */
function slowList(step: number) {
	let clock = 0;
	const drawn: string[] = [];
	const list = new KeyedList(document.body.createDiv(), FIRST_ROWS, () => clock);
	const entry = (key: string, signature = key): ListEntry => ({
		key,
		signature,
		draw: (parent) => {
			clock += step;
			drawn.push(key);
			return parent.createDiv({ text: signature });
		},
	});
	const shown = () => Array.from(list.el.children).map((el) => el.textContent);
	return { list, entry, drawn, shown };
}

const keys = (n: number, prefix = "row") => Array.from({ length: n }, (_, i) => `${prefix} ${i}`);

describe("a keyed list", () => {
	it("draws a screenful at once, then the rest in slices of at most 8 ms, in order", async () => {
		const { list, entry, shown } = slowList(1);
		const done = vi.fn();
		list.render(keys(100).map((key) => entry(key)), done);
		// The first slice: the first rows whatever the time.
		expect(shown()).toEqual(keys(FIRST_ROWS));
		expect(done).not.toHaveBeenCalled();
		await vi.waitFor(() => expect(done).toHaveBeenCalledOnce());
		expect(shown()).toEqual(keys(100));
	});

	it("gives the UI thread a turn once a slice has run its time", async () => {
		const { list, entry, shown } = slowList(SLICE_MS / 2);
		list.render(keys(FIRST_ROWS + 10).map((key) => entry(key)));
		// Two rows past the screenful took the slice's 8 ms: the rest waits.
		expect(shown()).toHaveLength(FIRST_ROWS);
		await vi.waitFor(() => expect(shown()).toHaveLength(FIRST_ROWS + 10));
	});

	it("keeps the element of every row that did not change, redraws the changed one in its place, and drops those that left", () => {
		const { list, entry, drawn, shown } = slowList(0);
		list.render(["a", "b", "c", "d"].map((key) => entry(key)));
		const [a, , c] = Array.from(list.el.children);
		drawn.length = 0;
		list.render([entry("a"), entry("b", "b changed"), entry("c"), entry("e")]);
		expect(shown()).toEqual(["a", "b changed", "c", "e"]);
		expect(drawn).toEqual(["b", "e"]);
		expect(list.el.children[0]).toBe(a);
		expect(list.el.children[2]).toBe(c);
		// A new order moves the rows, and draws none.
		drawn.length = 0;
		list.render([entry("e"), entry("c"), entry("a")]);
		expect(shown()).toEqual(["e", "c", "a"]);
		expect(drawn).toEqual([]);
		expect(list.el.children[2]).toBe(a);
	});

	it("shows each row once when renders come faster than their slices: no row of a render cut short stays behind", async () => {
		const { list, entry, shown } = slowList(1);
		const all = keys(100);
		const odd = all.filter((_, i) => i % 2 === 1);
		list.render(all.map((key) => entry(key)));
		list.render(odd.map((key) => entry(key)));
		list.render(all.map((key) => entry(key)));
		const done = vi.fn();
		list.render(odd.map((key) => entry(key)), done);
		// While the last render draws, no row it leaves out shows.
		expect(shown().every((text) => odd.includes(text ?? ""))).toBe(true);
		await vi.waitFor(() => expect(done).toHaveBeenCalledOnce());
		expect(shown()).toEqual(odd);
	});

	it("stops the slices of a render that a newer one replaced, so the old rows never come back", async () => {
		const { list, entry, shown } = slowList(1);
		list.render(keys(60, "old").map((key) => entry(key)));
		const done = vi.fn();
		list.render(keys(3, "new").map((key) => entry(key)), done);
		expect(done).toHaveBeenCalledOnce();
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(shown()).toEqual(keys(3, "new"));
		list.render(keys(60, "later").map((key) => entry(key)));
		list.clear();
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(shown()).toEqual([]);
	});
});
