/**
 * Obsidian's DOM helpers (`createEl`, `empty`, `setText`, …), installed on the
 * test DOM's prototypes the way the app installs them on Electron's.
 */

type Info = DomElementInfo | string | undefined;

function applyInfo(el: HTMLElement, o: Info): void {
	if (o === undefined) return;
	const info: DomElementInfo = typeof o === "string" ? { text: o } : o;
	if (info.cls !== undefined) el.addClasses(Array.isArray(info.cls) ? info.cls : info.cls.split(" ").filter(Boolean));
	if (info.text !== undefined) el.setText(info.text);
	if (info.attr) el.setAttrs(info.attr);
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttr("type", info.type);
	if (info.placeholder !== undefined) el.setAttr("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttr("href", info.href);
}

function make<K extends keyof HTMLElementTagNameMap>(
	doc: Document,
	parent: Node | undefined,
	tag: K,
	o?: Info,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	const el = doc.createElement(tag);
	applyInfo(el, o);
	const target = typeof o === "object" && o.parent ? o.parent : parent;
	if (target) {
		if (typeof o === "object" && o.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
	callback?.(el);
	return el;
}

function docOf(node: Node): Document {
	return node.ownerDocument ?? (node as Document);
}

function createElOn<K extends keyof HTMLElementTagNameMap>(
	this: Node,
	tag: K,
	o?: Info,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	return make(docOf(this), this, tag, o, callback);
}

function createSvgOn<K extends keyof SVGElementTagNameMap>(
	this: Node,
	tag: K,
	o?: SvgElementInfo | string,
	callback?: (el: SVGElementTagNameMap[K]) => void,
): SVGElementTagNameMap[K] {
	const el = docOf(this).createElementNS("http://www.w3.org/2000/svg", tag);
	if (typeof o === "object") {
		if (o.cls !== undefined) el.addClasses(Array.isArray(o.cls) ? o.cls : o.cls.split(" ").filter(Boolean));
		if (o.attr) el.setAttrs(o.attr);
	}
	const target = typeof o === "object" && o.parent ? o.parent : this;
	if (typeof o === "object" && o.prepend) target.insertBefore(el, target.firstChild);
	else target.appendChild(el);
	callback?.(el);
	return el;
}

/** Installs the helpers on a window's prototypes; idempotent. */
export function installDomHelpers(win: Window & typeof globalThis): void {
	const nodeProto = win.Node.prototype;
	if ("createEl" in nodeProto) return;
	const elementProto = win.Element.prototype;
	const htmlProto = win.HTMLElement.prototype;

	const node: Pick<Node, "createEl" | "createDiv" | "createSpan" | "createSvg" | "empty" | "detach" | "appendText" | "instanceOf" | "indexOf"> = {
		createEl: createElOn,
		createDiv(this: Node, o?: Info, cb?: (el: HTMLDivElement) => void) {
			return make(docOf(this), this, "div", o, cb);
		},
		createSpan(this: Node, o?: Info, cb?: (el: HTMLSpanElement) => void) {
			return make(docOf(this), this, "span", o, cb);
		},
		createSvg: createSvgOn,
		empty(this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		detach(this: Node) {
			this.parentNode?.removeChild(this);
		},
		appendText(this: Node, val: string) {
			this.appendChild(docOf(this).createTextNode(val));
		},
		instanceOf<T>(this: Node, type: { new (): T }): this is T {
			return this instanceof type;
		},
		indexOf(this: Node, other: Node) {
			return Array.prototype.indexOf.call(this.childNodes, other);
		},
	};
	Object.assign(nodeProto, node);
	Object.defineProperty(nodeProto, "doc", {
		configurable: true,
		get(this: Node) {
			return docOf(this);
		},
	});
	Object.defineProperty(nodeProto, "win", {
		configurable: true,
		get(this: Node) {
			return docOf(this).defaultView;
		},
	});

	const element: Pick<
		Element,
		| "getText" | "setText" | "addClass" | "addClasses" | "removeClass" | "removeClasses" | "toggleClass" | "hasClass"
		| "setAttr" | "setAttrs" | "getAttr" | "find" | "findAll"
	> = {
		getText(this: Element) {
			return this.textContent ?? "";
		},
		setText(this: Element, val: string | DocumentFragment) {
			if (typeof val === "string") this.textContent = val;
			else {
				this.empty();
				this.appendChild(val);
			}
		},
		addClass(this: Element, ...classes: string[]) {
			this.classList.add(...classes);
		},
		addClasses(this: Element, classes: string[]) {
			this.classList.add(...classes);
		},
		removeClass(this: Element, ...classes: string[]) {
			this.classList.remove(...classes);
		},
		removeClasses(this: Element, classes: string[]) {
			this.classList.remove(...classes);
		},
		toggleClass(this: Element, classes: string | string[], value: boolean) {
			for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
		},
		hasClass(this: Element, cls: string) {
			return this.classList.contains(cls);
		},
		setAttr(this: Element, name: string, value: string | number | boolean | null) {
			if (value === null) this.removeAttribute(name);
			else this.setAttribute(name, String(value));
		},
		setAttrs(this: Element, obj: Record<string, string | number | boolean | null>) {
			for (const [name, value] of Object.entries(obj)) this.setAttr(name, value);
		},
		getAttr(this: Element, name: string) {
			return this.getAttribute(name);
		},
		find(this: Element, selector: string) {
			return this.querySelector(selector);
		},
		findAll(this: Element, selector: string) {
			return Array.from(this.querySelectorAll<HTMLElement>(selector));
		},
	};
	Object.assign(elementProto, element);

	const html: Pick<HTMLElement, "show" | "hide" | "toggle" | "isShown" | "setCssProps"> = {
		show(this: HTMLElement) {
			this.style.removeProperty("display");
		},
		hide(this: HTMLElement) {
			this.style.display = "none";
		},
		toggle(this: HTMLElement, show: boolean) {
			if (show) this.show();
			else this.hide();
		},
		isShown(this: HTMLElement) {
			return this.style.display !== "none" && this.isConnected;
		},
		setCssProps(this: HTMLElement, props: Record<string, string>) {
			for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
		},
	};
	Object.assign(htmlProto, html);

	const globalCreateEl: typeof createEl = (tag, o, cb) => make(win.document, undefined, tag, o, cb);
	const globalCreateDiv: typeof createDiv = (o, cb) => make(win.document, undefined, "div", o, cb);
	const globalCreateSpan: typeof createSpan = (o, cb) => make(win.document, undefined, "span", o, cb);
	const globalCreateFragment: typeof createFragment = (cb) => {
		const fragment = win.document.createDocumentFragment();
		cb?.(fragment);
		return fragment;
	};
	const current: { activeWindow: typeof activeWindow; activeDocument: typeof activeDocument } = {
		activeWindow: win,
		activeDocument: win.document,
	};
	const globals = {
		createEl: globalCreateEl,
		createDiv: globalCreateDiv,
		createSpan: globalCreateSpan,
		createFragment: globalCreateFragment,
		...current,
	};
	Object.assign(win, globals);
}
