import { ItemView, prepareSimpleSearch, type WorkspaceLeaf } from "obsidian";
import type { ProcessIndex } from "../interview-process/process-index";
import { KeyedList, type ListEntry } from "../ui/keyed-list";
import { keepFocus } from "../ui/keep-focus";
import { partHeader } from "../ui/sidebar-elements";
import { pressedToggle } from "../ui/pressed-toggle";
import { cssClass } from "../ui/css-class";

/** Rows drawn at first; more on request, so the list stays short enough to scroll and to filter. */
const PAGE = 40;

/** What tells one bank from the other: its name and words, and where its rows come from. */
export interface BankSpec {
	type: string;
	icon: string;
	title: string;
	cls: string[];
	/** The rows' noun, one and many: "story", "stories". */
	one: string;
	noun: string;
	/** The list when the vault has nothing for it. */
	empty: string;
}

/**
 * A bank of rows gathered from every prep note: a count, a filter, toggles, and the rows a page at a time.
 * A row that did not change keeps its element when the index changes (ui/keyed-list.ts).
 */
export abstract class BankView<T extends object> extends ItemView {
	private filterEl!: HTMLInputElement;
	private countEl!: HTMLElement;
	private listEl!: HTMLElement;
	private list!: KeyedList;
	private footEl!: HTMLElement;
	private readingEl!: HTMLElement;
	private limit = PAGE;
	private drawnBank: readonly T[] | null = null;
	private readonly searchTexts = new WeakMap<T, string>();

	constructor(
		leaf: WorkspaceLeaf,
		private readonly spec: BankSpec,
		protected readonly processes: ProcessIndex,
	) {
		super(leaf);
		this.icon = spec.icon;
	}

	getViewType(): string {
		return this.spec.type;
	}

	getDisplayText(): string {
		return this.spec.title;
	}

	/** The bank as the index has it now; a new array only when it changed. */
	protected abstract bank(): readonly T[];
	/** The rows the toggles let through. */
	protected abstract toggled(bank: readonly T[]): readonly T[];
	/** What the filter searches in a row. */
	protected abstract searchText(item: T): string;
	/** The row's key, what it is drawn from, and its drawing. */
	protected abstract entry(item: T): ListEntry;
	/** Draws the toggles with `toggle`, whose flip shows the first page again. */
	protected abstract drawToggles(toggle: (text: string, flip: () => boolean) => HTMLButtonElement): void;

	protected override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass(cssClass("view"), cssClass("bank"), ...this.spec.cls);
		this.countEl = partHeader(root, this.spec.title).createSpan({ cls: cssClass("count") });
		const label = `Filter ${this.spec.noun}`;
		this.filterEl = root.createEl("input", { cls: cssClass("filter"), type: "search", placeholder: label, attr: { "aria-label": label } });
		this.filterEl.addEventListener("input", () => this.firstPage());
		const toggles = root.createDiv({ cls: cssClass("bank-toggles") });
		this.drawToggles((text, flip) => pressedToggle(toggles, text, flip, () => this.firstPage()));
		this.listEl = root.createDiv({ cls: cssClass("bank-list") });
		this.readingEl = this.listEl.createEl("p", { cls: cssClass("empty"), attr: { role: "status" } });
		this.list = new KeyedList(this.listEl.createDiv());
		this.footEl = this.listEl.createDiv();
		// An autosave that changes nothing in the bank redraws nothing, and leaves what is selected in it as it is.
		this.registerEvent(this.processes.onChangeInTurn(() => this.bank() !== this.drawnBank && this.draw()));
		this.registerEvent(this.processes.onProgress(() => this.showReading()));
		this.draw();
		await Promise.resolve();
	}

	protected override async onClose(): Promise<void> {
		this.list.clear();
		this.contentEl.empty();
		await Promise.resolve();
	}

	/** Puts the cursor in the filter, so what the user types next filters the bank rather than the note. */
	focusFilter(): void {
		this.filterEl.focus();
	}

	private firstPage(): void {
		this.limit = PAGE;
		this.draw();
	}

	/** While the index reads the vault, says so with a count, so an empty or short bank is not taken for all there is. */
	private showReading(): void {
		const reading = this.processes.reading;
		this.readingEl.toggle(reading !== null);
		this.readingEl.setText(!reading ? "" : reading.of === null ? "Reading your prep notes…" : `Reading your prep notes… ${reading.read} of ${reading.of}`);
	}

	/** Redraws the list for the filter, the toggles and the bank as the index has it now. */
	protected draw(): void {
		const bank = (this.drawnBank = this.bank());
		const query = this.filterEl.value.trim();
		const search = query === "" ? null : prepareSimpleSearch(query);
		const matching = this.toggled(bank).filter((item) => !search || search(this.searchOf(item)) !== null);
		this.countEl.setText(matching.length === bank.length ? String(bank.length) : `${matching.length} of ${bank.length}`);
		this.showReading();
		keepFocus(this.listEl, () => {
			this.footEl.empty();
			this.list.render(matching.slice(0, this.limit).map((item) => this.entry(item)));
			if (bank.length === 0) {
				if (this.processes.reading === null) this.footEl.createEl("p", { cls: cssClass("empty"), text: this.spec.empty });
				return;
			}
			const { one, noun } = this.spec;
			if (matching.length === 0) this.footEl.createEl("p", { cls: cssClass("empty"), text: `No ${one} matches.` });
			if (matching.length > this.limit) {
				const more = this.footEl.createEl("button", { cls: cssClass("more"), text: `Show ${Math.min(PAGE, matching.length - this.limit)} more ${noun}` });
				more.addEventListener("click", () => {
					this.limit += PAGE;
					this.draw();
				});
			}
		});
	}

	/** The search text of a row, joined once for each row the index gives. */
	private searchOf(item: T): string {
		let text = this.searchTexts.get(item);
		if (text === undefined) this.searchTexts.set(item, (text = this.searchText(item)));
		return text;
	}
}
