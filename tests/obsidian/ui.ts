import type * as obsidian from "obsidian";
import type { App } from "./app";
import type { Fluent } from "./fluent";

/** Every notice shown, newest last, so tests can read what the user was told. */
export const shownNotices: string[] = [];

export class Notice implements Pick<obsidian.Notice, "noticeEl" | "messageEl" | "containerEl" | "setMessage" | "hide"> {
	noticeEl = createDiv({ cls: "notice" });
	containerEl = this.noticeEl;
	messageEl = this.noticeEl.createDiv({ cls: "notice-message" });

	constructor(message: string | DocumentFragment, _duration?: number) {
		this.setMessage(message);
		shownNotices.push(this.messageEl.getText());
		activeDocument.body.appendChild(this.noticeEl);
	}

	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		return this;
	}

	hide(): void {
		this.noticeEl.detach();
	}
}

type KeyHandler = (evt: KeyboardEvent, ctx: obsidian.KeymapContext) => unknown;

export class Scope implements Pick<obsidian.Scope, "register" | "unregister"> {
	private handlers: { modifiers: obsidian.Modifier[] | null; key: string | null; func: KeyHandler }[] = [];

	register(modifiers: obsidian.Modifier[] | null, key: string | null, func: KeyHandler): obsidian.KeymapEventHandler {
		const handler = { modifiers, key, func, scope: this as unknown as obsidian.Scope };
		this.handlers.push(handler);
		return handler as unknown as obsidian.KeymapEventHandler;
	}

	unregister(handler: obsidian.KeymapEventHandler): void {
		this.handlers = this.handlers.filter((h) => (h as unknown) !== (handler as unknown));
	}

	/** Dispatches a key press as the app's keymap does; returns whether a handler took it. */
	handle(evt: KeyboardEvent): boolean {
		for (const h of this.handlers) {
			if (h.key !== null && h.key !== evt.key) continue;
			const mods = h.modifiers ?? [];
			if (mods.includes("Shift") !== evt.shiftKey && h.modifiers !== null) continue;
			if (h.func(evt, { key: evt.key, modifiers: mods.join(","), vkey: evt.key }) === false) {
				evt.preventDefault();
				return true;
			}
		}
		return false;
	}
}

export class Modal implements Fluent<obsidian.Modal, "containerEl" | "modalEl" | "titleEl" | "contentEl" | "open" | "close" | "onOpen" | "onClose" | "setTitle" | "setContent"> {
	app: App;
	scope = new Scope();
	containerEl = createDiv({ cls: "modal-container" });
	modalEl = this.containerEl.createDiv({ cls: "modal" });
	titleEl = this.modalEl.createDiv({ cls: "modal-title" });
	contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	shouldRestoreSelection = true;
	private closeCallback: (() => unknown) | null = null;
	private onKey = (evt: KeyboardEvent) => {
		if (evt.key === "Escape") this.close();
		else this.scope.handle(evt);
	};

	constructor(app: App) {
		this.app = app;
	}

	open(): void {
		activeDocument.body.appendChild(this.containerEl);
		this.containerEl.addEventListener("keydown", this.onKey);
		void this.onOpen();
	}

	close(): void {
		if (!this.containerEl.isConnected) return;
		this.containerEl.removeEventListener("keydown", this.onKey);
		this.onClose();
		this.containerEl.detach();
		this.closeCallback?.();
	}

	onOpen(): void | Promise<void> {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}

	/** Test aid: whether the modal is showing. */
	get isOpen(): boolean {
		return this.containerEl.isConnected;
	}
}

export abstract class SuggestModal<T> extends Modal implements Pick<obsidian.SuggestModal<T>, "inputEl" | "resultContainerEl" | "setPlaceholder" | "limit" | "emptyStateText"> {
	limit = 50;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	private shown: T[] = [];
	/** The highlighted suggestion, which Enter chooses; the arrow keys move it, wrapping at the ends, as in the app. */
	private selected = 0;

	constructor(app: App) {
		super(app);
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results", attr: { role: "listbox" } });
		this.inputEl.addEventListener("input", () => this.renderResults());
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.isComposing) return;
			if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
				evt.preventDefault();
				this.select(this.selected + (evt.key === "ArrowDown" ? 1 : -1));
			} else if (evt.key === "Enter" && this.shown[this.selected] !== undefined) {
				evt.preventDefault();
				this.choose(this.selected, evt);
			}
		});
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(_instructions: obsidian.Instruction[]): void {}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	override open(): void {
		super.open();
		this.renderResults();
		this.inputEl.focus();
	}

	/** Test aid: what is listed now. */
	get suggestions(): readonly T[] {
		return this.shown;
	}

	/** Test aid: types a query, as the user would. */
	setQuery(query: string): void {
		this.inputEl.value = query;
		this.renderResults();
	}

	choose(index: number, evt: MouseEvent | KeyboardEvent = new KeyboardEvent("keydown", { key: "Enter" })): void {
		const item = this.shown[index];
		if (item === undefined) return;
		this.close();
		this.onChooseSuggestion(item, evt);
	}

	private renderResults(): void {
		void Promise.resolve(this.getSuggestions(this.inputEl.value)).then((items) => {
			this.shown = items.slice(0, this.limit);
			this.resultContainerEl.empty();
			if (this.shown.length === 0) this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
			this.shown.forEach((item, i) => {
				const el = this.resultContainerEl.createDiv({ cls: "suggestion-item", attr: { role: "option" } });
				this.renderSuggestion(item, el);
				el.addEventListener("mousemove", () => this.select(i));
				el.addEventListener("click", (evt) => this.choose(i, evt));
			});
			this.select(0);
		});
	}

	private select(index: number): void {
		const items = Array.from(this.resultContainerEl.children).filter((el) => el.hasClass("suggestion-item"));
		if (items.length === 0) return;
		this.selected = ((index % items.length) + items.length) % items.length;
		items.forEach((el, i) => {
			el.toggleClass("is-selected", i === this.selected);
			el.setAttr("aria-selected", i === this.selected);
		});
		items[this.selected]?.scrollIntoView?.({ block: "nearest" });
	}
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<obsidian.FuzzyMatch<T>> {
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** The items whose text holds the query's letters in order, best match first, as the app ranks them. */
	getSuggestions(query: string): obsidian.FuzzyMatch<T>[] {
		const matches: obsidian.FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const score = fuzzyScore(query, this.getItemText(item));
			if (score !== null) matches.push({ item, match: { score, matches: [] } });
		}
		// Array.sort is stable: equal scores keep the items' order.
		return matches.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(value: obsidian.FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(value.item));
	}

	onChooseSuggestion(value: obsidian.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(value.item, evt);
	}
}

/**
 * How well `query` matches `text`, or null when its letters (spaces left out)
 * are not all in `text`, in order. Of all the ways to match, the best counts:
 * a letter that follows the previous match, or starts a word, counts more, and
 * a gap costs a little, so "new prep" ranks "New prep note" above the other
 * commands whose text also holds those letters.
 */
function fuzzyScore(query: string, text: string): number | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	const t = text.toLowerCase();
	if (q === "") return 0;
	const GAP = 0.1;
	const wordStart = Array.from({ length: t.length }, (_, i) => i === 0 || !/[\p{L}\p{N}]/u.test(t[i - 1] ?? ""));
	// best[i]: the best score of the query so far with its last letter at t[i].
	let best: number[] = new Array<number>(t.length).fill(-Infinity);
	for (let j = 0; j < q.length; j++) {
		const next = new Array<number>(t.length).fill(-Infinity);
		// The best earlier match, less the gap to i, without the gap's length: best[k] + GAP * k.
		let carried = j === 0 ? 0 : -Infinity;
		for (let i = 0; i < t.length; i++) {
			if (t[i] === q[j]) {
				const letter = wordStart[i] ? 3 : 1;
				const afterPrevious = j > 0 && i > 0 ? (best[i - 1] ?? -Infinity) + letter + 3 : -Infinity;
				const afterGap = carried - GAP * (j === 0 ? i : i - 1) + letter;
				next[i] = Math.max(afterPrevious, afterGap);
			}
			if (j > 0) carried = Math.max(carried, (best[i] ?? -Infinity) + GAP * i);
		}
		best = next;
	}
	const score = Math.max(...best);
	return score === -Infinity ? null : score;
}

/** What Obsidian's value components share: a value, and one change handler told of the user's edits. */
abstract class ValueComponent<T> {
	private changeHandler: ((value: T) => unknown) | null = null;

	abstract getValue(): T;
	abstract setValue(value: T): this;

	onChange(callback: (value: T) => unknown): this {
		this.changeHandler = callback;
		return this;
	}

	protected changed(): void {
		void this.changeHandler?.(this.getValue());
	}
}

export class TextComponent
	extends ValueComponent<string>
	implements Fluent<obsidian.TextComponent, "inputEl" | "getValue" | "setValue" | "setPlaceholder" | "onChange">
{
	inputEl: HTMLInputElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.createEl("input", { type: "text" });
		this.inputEl.addEventListener("input", () => this.changed());
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

}

export class ToggleComponent extends ValueComponent<boolean> implements Fluent<obsidian.ToggleComponent, "toggleEl" | "getValue" | "setValue" | "onChange"> {
	toggleEl: HTMLElement;
	private value = false;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container", attr: { role: "switch" } });
		this.toggleEl.addEventListener("click", () => {
			this.setValue(!this.value);
			this.changed();
		});
	}

	getValue(): boolean {
		return this.value;
	}

	setValue(on: boolean): this {
		this.value = on;
		this.toggleEl.toggleClass("is-enabled", on);
		this.toggleEl.setAttr("aria-checked", on);
		return this;
	}

}

export class DropdownComponent
	extends ValueComponent<string>
	implements Fluent<obsidian.DropdownComponent, "selectEl" | "addOption" | "addOptions" | "getValue" | "setValue" | "onChange">
{
	selectEl: HTMLSelectElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => this.changed());
	}

	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { text: display, value });
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

}

export class ButtonComponent implements Fluent<obsidian.ButtonComponent, "buttonEl" | "setButtonText" | "setIcon" | "setTooltip" | "setCta" | "onClick"> {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		this.buttonEl = containerEl.createEl("button");
	}

	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}

	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.buttonEl.setAttr("aria-label", tooltip);
		return this;
	}

	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", callback);
		return this;
	}
}

export class Setting implements Fluent<obsidian.Setting, "settingEl" | "infoEl" | "nameEl" | "descEl" | "controlEl" | "setName" | "setDesc" | "setHeading"> {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}

	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}

	addText(cb: (component: TextComponent) => unknown): this {
		cb(new TextComponent(this.controlEl));
		return this;
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		cb(new ToggleComponent(this.controlEl));
		return this;
	}

	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		cb(new DropdownComponent(this.controlEl));
		return this;
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		cb(new ButtonComponent(this.controlEl));
		return this;
	}
}

/** The few lucide icons the plugin uses, drawn so that the demo and its screenshots show them. */
const ICON_PATHS: Record<string, string[]> = {
	"chevron-right": ["m9 18 6-6-6-6"],
	"chevron-down": ["m6 9 6 6 6-6"],
	play: ["M6 3 20 12 6 21Z"],
	pause: ["M6 4h4v16H6z", "M14 4h4v16h-4z"],
	"rotate-ccw": ["M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8", "M3 3v5h5"],
	"clipboard-list": ["M9 2h6v4H9z", "M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2", "M12 11h4", "M12 16h4", "M8 11h.01", "M8 16h.01"],
};

/** Draws an icon as the app does: an `svg` named after the lucide icon. */
export const setIcon: typeof obsidian.setIcon = (parent, iconId) => {
	parent.empty();
	const svg = parent.createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`], attr: { "data-icon": iconId, viewBox: "0 0 24 24", "aria-hidden": "true" } });
	for (const d of ICON_PATHS[iconId] ?? []) svg.createSvg("path", { attr: { d } });
};

/** Obsidian's debounce: without `resetTimer` the first call's timer stands, so it only throttles. */
export const debounce: typeof obsidian.debounce = <T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): obsidian.Debouncer<T, V> => {
	let timer: number | null = null;
	let lastArgs: T | null = null;
	const fire = (): V | void => {
		timer = null;
		if (lastArgs === null) return;
		const args = lastArgs;
		lastArgs = null;
		return cb(...args);
	};
	const debounced = ((...args: T) => {
		lastArgs = args;
		if (timer !== null && resetTimer) {
			window.clearTimeout(timer);
			timer = null;
		}
		timer ??= window.setTimeout(fire, timeout);
		return debounced;
	}) as obsidian.Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return debounced;
	};
	debounced.run = () => {
		if (timer !== null) window.clearTimeout(timer);
		return fire();
	};
	return debounced;
};

export const normalizePath: typeof obsidian.normalizePath = (path) =>
	path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "").trim() || "/";

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://",
} satisfies typeof obsidian.Platform;

/** A suggester under a text input: lists suggestions for the input's value and writes back the choice. */
export abstract class AbstractInputSuggest<T> implements Fluent<obsidian.AbstractInputSuggest<T>, "limit" | "setValue" | "getValue" | "onSelect" | "close"> {
	app: App;
	limit = 100;
	private selectHandler: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	constructor(
		app: App,
		private readonly textInputEl: HTMLInputElement | HTMLDivElement,
	) {
		this.app = app;
	}

	setValue(value: string): void {
		if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
		else this.textInputEl.setText(value);
	}

	getValue(): string {
		return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : this.textInputEl.getText();
	}

	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.selectHandler = callback;
		return this;
	}

	close(): void {}

	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.selectHandler?.(value, evt);
	}

	/** Test aid: the suggestions for the input's current value. */
	suggestionsNow(): T[] | Promise<T[]> {
		return this.getSuggestions(this.getValue());
	}
}
