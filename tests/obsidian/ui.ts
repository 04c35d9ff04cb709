import type * as Real from "obsidian/obsidian";
import type { App } from "./app";
import type { Doubled } from "./doubled";

/** Every notice shown, newest last, so tests can read what the user was told. */
export const shownNotices: string[] = [];

/** How long the app shows a notice given no duration. */
export const NOTICE_MS = 5000;

export class Notice implements Doubled<Real.Notice, "noticeEl" | "messageEl" | "containerEl" | "setMessage" | "hide"> {
	noticeEl = createDiv({ cls: "notice" });
	containerEl = this.noticeEl;
	messageEl = this.noticeEl.createDiv({ cls: "notice-message" });

	/**
	 * As the app's: hides itself after its duration, 5 seconds when none is given; 0 stays until it is
	 * clicked. A click anywhere on it hides it, after the listeners inside it have run.
	 */
	constructor(message: string | DocumentFragment, duration: number = NOTICE_MS) {
		this.setMessage(message);
		shownNotices.push(this.messageEl.getText());
		activeDocument.body.appendChild(this.noticeEl);
		if (duration > 0) window.setTimeout(() => this.hide(), duration);
		this.noticeEl.addEventListener("click", () => this.hide());
	}

	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		return this;
	}

	hide(): void {
		this.noticeEl.detach();
	}
}

type KeyHandler = (evt: KeyboardEvent, ctx: Real.KeymapContext) => unknown;

/** Whether exactly these modifiers are held; `Mod` is Ctrl or Cmd, whichever the platform uses. */
function modifiersMatch(wanted: readonly Real.Modifier[], evt: KeyboardEvent): boolean {
	const has = (m: Real.Modifier) => wanted.includes(m);
	const ctrlOrMeta = has("Mod") ? evt.ctrlKey || evt.metaKey : evt.ctrlKey === has("Ctrl") && evt.metaKey === has("Meta");
	return ctrlOrMeta && evt.shiftKey === has("Shift") && evt.altKey === has("Alt");
}

/**
 * Key handlers, as in the app: a handler matches its key (ignoring case) and exactly its modifiers (`null`
 * matches any), and one that returns `false` has taken the key, so its default action is prevented.
 * A scope with no matching handler hands the key to its parent.
 */
export class Scope implements Doubled<Real.Scope, "register" | "unregister"> {
	private handlers: { modifiers: Real.Modifier[] | null; key: string | null; func: KeyHandler }[] = [];

	constructor(private readonly parent?: Scope) {}

	register(modifiers: Real.Modifier[] | null, key: string | null, func: KeyHandler): Real.KeymapEventHandler {
		const handler = { modifiers, key, func, scope: this as unknown as Real.Scope };
		this.handlers.push(handler);
		return handler as unknown as Real.KeymapEventHandler;
	}

	unregister(handler: Real.KeymapEventHandler): void {
		this.handlers = this.handlers.filter((h) => (h as unknown) !== (handler as unknown));
	}

	/** Dispatches a key press as the app's keymap does; returns whether a handler took it. */
	handle(evt: KeyboardEvent): boolean {
		for (const h of this.handlers) {
			if (h.key !== null && h.key.toLowerCase() !== evt.key.toLowerCase()) continue;
			if (h.modifiers !== null && !modifiersMatch(h.modifiers, evt)) continue;
			if (h.func(evt, { key: evt.key, modifiers: (h.modifiers ?? []).join(","), vkey: evt.key }) === false) {
				evt.preventDefault();
				return true;
			}
		}
		return this.parent?.handle(evt) ?? false;
	}
}

/**
 * The app's keymap: the scope on top of the stack gets every key press in the window, wherever focus is,
 * so a modal's keys work even when nothing inside it has focus.
 */
export class Keymap implements Doubled<Real.Keymap, "pushScope" | "popScope"> {
	private readonly stack: Scope[] = [];
	private readonly onKey = (evt: KeyboardEvent) => {
		this.stack[this.stack.length - 1]?.handle(evt);
	};

	pushScope(scope: Scope): void {
		if (this.stack.length === 0) activeDocument.addEventListener("keydown", this.onKey);
		this.stack.push(scope);
	}

	popScope(scope: Scope): void {
		const index = this.stack.lastIndexOf(scope);
		if (index >= 0) this.stack.splice(index, 1);
		if (this.stack.length === 0) activeDocument.removeEventListener("keydown", this.onKey);
	}
}

/**
 * A modal, as in the app: its scope goes on top of the keymap while it is open, Escape and a click on the
 * backdrop close it, and on close focus goes back to where it was before it opened.
 */
export class Modal
	implements
		Doubled<
			Real.Modal,
			| "app" | "scope" | "containerEl" | "modalEl" | "titleEl" | "contentEl" | "shouldRestoreSelection" | "open" | "close"
			| "onOpen" | "onClose" | "setTitle" | "setContent" | "setCloseCallback"
		>
{
	app: App;
	scope = new Scope();
	containerEl = createDiv({ cls: "modal-container mod-dim" });
	bgEl = this.containerEl.createDiv({ cls: "modal-bg" });
	modalEl = this.containerEl.createDiv({ cls: "modal" });
	closeButtonEl = this.modalEl.createEl("button", { cls: "modal-close-button", attr: { "aria-label": "Close" } });
	titleEl = this.modalEl.createDiv({ cls: "modal-title" });
	contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	shouldRestoreSelection = true;
	private closeCallback: (() => unknown) | null = null;
	private focusBefore: Element | null = null;

	constructor(app: App) {
		this.app = app;
		this.scope.register([], "Escape", () => {
			this.close();
			return false;
		});
		this.bgEl.addEventListener("click", () => this.close());
		this.closeButtonEl.addEventListener("click", () => this.close());
	}

	open(): void {
		this.focusBefore = activeDocument.activeElement;
		activeDocument.body.appendChild(this.containerEl);
		this.app.keymap.pushScope(this.scope);
		void this.onOpen();
	}

	close(): void {
		if (!this.containerEl.isConnected) return;
		this.app.keymap.popScope(this.scope);
		this.onClose();
		this.containerEl.detach();
		const before = this.focusBefore;
		this.focusBefore = null;
		// Back to where the person was, unless what they chose moved focus on purpose.
		if (before instanceof HTMLElement && before.isConnected && !this.containerEl.contains(before) && isLost(activeDocument.activeElement)) before.focus();
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

/** Focus that went nowhere: to the page itself, or to an element that left it. */
function isLost(el: Element | null): boolean {
	return el === null || el === activeDocument.body || !el.isConnected;
}

/** A picker, as in the app: ↑ and ↓ move the highlighted suggestion, Enter chooses it, through the modal's scope. */
export abstract class SuggestModal<T>
	extends Modal
	implements
		Doubled<Real.SuggestModal<T>, "inputEl" | "resultContainerEl" | "limit" | "emptyStateText" | "open" | "setPlaceholder" | "setInstructions">,
		Pick<Real.SuggestModal<T>, "getSuggestions" | "renderSuggestion" | "onChooseSuggestion">
{
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
		this.scope.register([], "ArrowDown", () => this.select(this.selected + 1));
		this.scope.register([], "ArrowUp", () => this.select(this.selected - 1));
		this.scope.register([], "Enter", (evt) => {
			if (!evt.isComposing) this.choose(this.selected, evt);
			return false;
		});
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(_instructions: Real.Instruction[]): void {}

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
				el.addEventListener("click", (evt) => this.choose(i, evt));
				el.addEventListener("mousemove", () => this.select(i));
			});
			this.select(0);
		});
	}

	/** Highlights a suggestion; returns false, as a scope handler that took the key. */
	private select(index: number): false {
		const items = Array.from(this.resultContainerEl.children).filter((el) => el.hasClass("suggestion-item"));
		if (items.length === 0) return false;
		this.selected = ((index % items.length) + items.length) % items.length;
		items.forEach((el, i) => {
			el.toggleClass("is-selected", i === this.selected);
			el.setAttr("aria-selected", i === this.selected);
		});
		items[this.selected]?.scrollIntoView?.({ block: "nearest" });
		return false;
	}
}

export abstract class FuzzySuggestModal<T>
	extends SuggestModal<Real.FuzzyMatch<T>>
	implements Pick<Real.FuzzySuggestModal<T>, "getItems" | "getItemText" | "onChooseItem" | "getSuggestions" | "renderSuggestion" | "onChooseSuggestion">
{
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** The items whose text holds the query's letters in order, best match first, as the app ranks them. */
	getSuggestions(query: string): Real.FuzzyMatch<T>[] {
		const matches: Real.FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const score = fuzzyScore(query, this.getItemText(item));
			if (score !== null) matches.push({ item, match: { score, matches: [] } });
		}
		// Array.sort is stable: equal scores keep the items' order.
		return matches.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(value: Real.FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(value.item));
	}

	onChooseSuggestion(value: Real.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
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

/** The app's simple search: every space-separated word of the query in the text, case ignored, each match's range given. */
export function prepareSimpleSearch(query: string): (text: string) => Real.SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
	return (text) => {
		const lower = text.toLowerCase();
		const matches: Real.SearchMatchPart[] = [];
		for (const word of words) {
			const at = lower.indexOf(word);
			if (at < 0) return null;
			matches.push([at, at + word.length]);
		}
		return { score: 0, matches };
	};
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
	implements Doubled<Real.TextComponent, "inputEl" | "getValue" | "setValue" | "setPlaceholder" | "onChange">
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

export class TextAreaComponent
	extends ValueComponent<string>
	implements Doubled<Real.TextAreaComponent, "inputEl" | "getValue" | "setValue" | "setPlaceholder" | "onChange">
{
	inputEl: HTMLTextAreaElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.createEl("textarea");
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

export class ToggleComponent extends ValueComponent<boolean> implements Doubled<Real.ToggleComponent, "toggleEl" | "getValue" | "setValue" | "onChange"> {
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
	implements Doubled<Real.DropdownComponent, "selectEl" | "addOption" | "addOptions" | "getValue" | "setValue" | "onChange">
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

export class ButtonComponent implements Doubled<Real.ButtonComponent, "buttonEl" | "setButtonText" | "setIcon" | "setTooltip" | "setCta" | "onClick"> {
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

export class Setting
	implements
		Doubled<
			Real.Setting,
			| "settingEl" | "infoEl" | "nameEl" | "descEl" | "controlEl" | "setName" | "setDesc" | "setHeading" | "addText" | "addTextArea"
			| "addToggle" | "addDropdown" | "addButton"
		>
{
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

	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		cb(new TextAreaComponent(this.controlEl));
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

/** A group of settings under one heading, as Obsidian 1.11+ draws them; the 1.13 declarative tab draws each group with one. */
export class SettingGroup implements Doubled<Real.SettingGroup, "listEl" | "setHeading" | "addClass" | "addSetting"> {
	groupEl: HTMLElement;
	listEl: HTMLElement;
	private headingEl: HTMLElement | null = null;

	constructor(containerEl: HTMLElement) {
		this.groupEl = containerEl.createDiv({ cls: "setting-group" });
		this.listEl = this.groupEl.createDiv({ cls: "setting-items" });
	}

	setHeading(text: string | DocumentFragment): this {
		this.headingEl ??= this.groupEl.createDiv({ cls: "setting-item setting-item-heading", prepend: true });
		this.headingEl.empty();
		this.headingEl.createDiv({ cls: "setting-item-name" }).setText(text);
		return this;
	}

	addClass(...classes: string[]): this {
		this.groupEl.addClass(...classes);
		return this;
	}

	addSetting(cb: (setting: Setting) => void): this {
		cb(new Setting(this.listEl));
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
	"arrow-left": ["m12 19-7-7 7-7", "M19 12H5"],
	"arrow-right": ["M5 12h14", "m12 5 7 7-7 7"],
	"clipboard-list": ["M9 2h6v4H9z", "M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2", "M12 11h4", "M12 16h4", "M8 11h.01", "M8 16h.01"],
};

/** Draws an icon as the app does: an `svg` named after the lucide icon. */
export const setIcon: typeof Real.setIcon = (parent, iconId) => {
	parent.empty();
	const svg = parent.createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`], attr: { "data-icon": iconId, viewBox: "0 0 24 24", "aria-hidden": "true" } });
	for (const d of ICON_PATHS[iconId] ?? []) svg.createSvg("path", { attr: { d } });
};

/** Obsidian's debounce: without `resetTimer` the first call's timer stands, so it only throttles. */
export const debounce: typeof Real.debounce = <T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Real.Debouncer<T, V> => {
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
	}) as Real.Debouncer<T, V>;
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

export const normalizePath: typeof Real.normalizePath = (path) =>
	path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "").trim() || "/";

/** Where the app runs; tests change it with `emulatePlatform` before the plugin loads, as a device never changes while it runs. */
export const Platform: typeof Real.Platform = {
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
};

/** The devices a test can play, with every flag as the real declarations describe it. */
const PLATFORMS: Record<"desktop" | "phone" | "tablet", typeof Real.Platform> = {
	// The desktop app on Linux.
	desktop: { ...Platform },
	// The iOS app: mobile UI in Safari's web view, on a device that reports itself as a Mac.
	phone: {
		isDesktop: false,
		isMobile: true,
		isDesktopApp: false,
		isMobileApp: true,
		isIosApp: true,
		isAndroidApp: false,
		isPhone: true,
		isTablet: false,
		isMacOS: true,
		isWin: false,
		isLinux: false,
		isSafari: true,
		resourcePathPrefix: "file:///",
	},
	// The Android app on a tablet.
	tablet: {
		isDesktop: false,
		isMobile: true,
		isDesktopApp: false,
		isMobileApp: true,
		isIosApp: false,
		isAndroidApp: true,
		isPhone: false,
		isTablet: true,
		isMacOS: false,
		isWin: false,
		isLinux: false,
		isSafari: false,
		resourcePathPrefix: "file:///",
	},
};

/** Test aid: play a desktop, a phone or a tablet, with the body classes the app sets (`is-mobile`, `is-phone`, `is-tablet`). */
export function emulatePlatform(device: keyof typeof PLATFORMS): void {
	Object.assign(Platform, PLATFORMS[device]);
	const body = activeDocument.body;
	body.toggleClass("is-mobile", Platform.isMobile);
	body.toggleClass("is-phone", Platform.isPhone);
	body.toggleClass("is-tablet", Platform.isTablet);
}

/** A suggester under a text input: lists suggestions for the input's value and writes back the choice. */
export abstract class AbstractInputSuggest<T>
	implements
		Doubled<Real.AbstractInputSuggest<T>, "app" | "limit" | "setValue" | "getValue" | "close">,
		Pick<Real.AbstractInputSuggest<T>, "renderSuggestion" | "selectSuggestion">
{
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
