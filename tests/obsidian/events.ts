import type * as Real from "obsidian/obsidian";

export type Callback = (...data: unknown[]) => unknown;

interface Ref extends Real.EventRef {
	owner: Events;
	name: string;
	callback: Callback;
	ctx: unknown;
}

export class Events implements Real.Events {
	private handlers = new Map<string, Ref[]>();

	on(name: string, callback: Callback, ctx?: unknown): Real.EventRef {
		const ref: Ref = { owner: this, name, callback, ctx };
		this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, callback: Callback): void {
		this.handlers.set(name, (this.handlers.get(name) ?? []).filter((r) => r.callback !== callback));
	}

	offref(ref: Real.EventRef): void {
		const r = ref as Ref;
		this.handlers.set(r.name, (this.handlers.get(r.name) ?? []).filter((h) => h !== r));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) ref.callback.apply(ref.ctx, data);
	}

	tryTrigger(evt: Real.EventRef, args: unknown[]): void {
		const ref = evt as Ref;
		ref.callback.apply(ref.ctx, args);
	}

	/** Test aid: how many handlers are registered, for one event or all. */
	listenerCount(name?: string): number {
		if (name !== undefined) return this.handlers.get(name)?.length ?? 0;
		let count = 0;
		for (const refs of this.handlers.values()) count += refs.length;
		return count;
	}
}

export class Component implements Real.Component {
	private loaded = false;
	private cleanups: (() => unknown)[] = [];
	private children: Component[] = [];
	/** What `onload` returned, so a test can wait for an async `onload`. */
	protected loadResult: unknown = undefined;

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.loadResult = this.onload();
		for (const child of this.children) child.load();
	}

	/** Returns what the subclass returns, so a plugin's async `onload` can be awaited. */
	onload(): unknown {
		return undefined;
	}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Real.Component>(component: T): T {
		this.children.push(component as unknown as Component);
		if (this.loaded) component.load();
		return component;
	}

	removeChild<T extends Real.Component>(component: T): T {
		const at = this.children.indexOf(component as unknown as Component);
		if (at >= 0) {
			this.children.splice(at, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(eventRef: Real.EventRef): void {
		this.register(() => (eventRef as Ref).owner.offref(eventRef));
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (this: HTMLElement, ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerScopeEvent(): void {}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}

	/** Test aid: whether the component is loaded. */
	get isLoaded(): boolean {
		return this.loaded;
	}
}
