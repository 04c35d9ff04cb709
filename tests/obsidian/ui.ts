import type * as Real from "obsidian/obsidian";
import type { App } from "./app";
import type { Doubled } from "./doubled";

/** Every notice shown, newest last, so tests can read what the user was told. */
export const shownNotices: string[] = [];

export class Notice implements Doubled<Real.Notice, "noticeEl" | "messageEl" | "containerEl" | "setMessage" | "hide"> {
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

type KeyHandler = (evt: KeyboardEvent, ctx: Real.KeymapContext) => unknown;

export class Scope implements Doubled<Real.Scope, "register" | "unregister"> {
	private handlers: { modifiers: Real.Modifier[] | null; key: string | null; func: KeyHandler }[] = [];

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

	constructor(app: App) {
		super(app);
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.inputEl.addEventListener("input", () => this.renderResults());
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key === "Enter" && this.shown[0] !== undefined) {
				this.choose(0, evt);
			}
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
				const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
				this.renderSuggestion(item, el);
				el.addEventListener("click", (evt) => this.choose(i, evt));
			});
		});
	}
}

export abstract class FuzzySuggestModal<T>
	extends SuggestModal<Real.FuzzyMatch<T>>
	implements Pick<Real.FuzzySuggestModal<T>, "getItems" | "getItemText" | "onChooseItem" | "getSuggestions" | "renderSuggestion" | "onChooseSuggestion">
{
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	getSuggestions(query: string): Real.FuzzyMatch<T>[] {
		const q = query.toLowerCase();
		return this.getItems()
			.filter((item) => isSubsequence(q, this.getItemText(item).toLowerCase()))
			.map((item) => ({ item, match: { score: 0, matches: [] } }));
	}

	renderSuggestion(value: Real.FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(value.item));
	}

	onChooseSuggestion(value: Real.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(value.item, evt);
	}
}

function isSubsequence(needle: string, haystack: string): boolean {
	let i = 0;
	for (const ch of haystack) if (ch === needle[i]) i++;
	return i >= needle.length;
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
			| "settingEl" | "infoEl" | "nameEl" | "descEl" | "controlEl" | "setName" | "setDesc" | "setHeading" | "addText"
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
