import type * as Real from "obsidian/obsidian";
import { parseDocument } from "yaml";
import type { Assignable, Doubled, Doubles, Listens } from "./doubled";
import { Events, type Callback } from "./events";
import { TFile, type TAbstractFile, type Vault } from "./vault";

/** The metadata cache events the plugin listens to, with their callbacks as the real `on` declares them. */
interface MetadataCacheEvents {
	changed: (file: Real.TFile, data: string, cache: Real.CachedMetadata) => unknown;
	deleted: (file: Real.TFile, prevCache: Real.CachedMetadata | null) => unknown;
	resolved: () => unknown;
}

/** Fails to compile unless the real `on` takes each of them, exactly. */
export type MetadataCacheEventsAreReal = Assignable<Real.MetadataCache, Listens<MetadataCacheEvents>>;

/**
 * The app's index of each note's metadata; here only the frontmatter, absent when its YAML is invalid.
 * As in the app, a note is indexed a moment after it is created or written, and then `changed` fires
 * with its text; a rename moves the entry and fires no `changed` (the declarations say so); a delete
 * fires `deleted` with what was cached. `resolved` follows each round of indexing, and comes once a moment
 * after the layout is ready, as the app resolves the whole vault after it starts (when exactly, before or
 * after the layout, no source says; the double plays the later, which a plugin has to wait for).
 */
export class MetadataCache extends Events implements Doubled<Real.MetadataCache, "getFileCache" | "getCache"> {
	private caches = new Map<string, Real.CachedMetadata>();
	private resolving = false;

	constructor(private readonly vault: Vault) {
		super();
		const index = (file: TAbstractFile) => {
			if (file instanceof TFile && file.extension === "md") queueMicrotask(() => this.index(file));
		};
		vault.on("create", index);
		vault.on("modify", index);
		vault.on("rename", (file, oldPath) => {
			const cache = this.caches.get(oldPath);
			this.caches.delete(oldPath);
			if (cache) this.caches.set(file.path, cache);
		});
		vault.on("delete", (file) => {
			if (!(file instanceof TFile)) return;
			const cache = this.caches.get(file.path) ?? null;
			this.caches.delete(file.path);
			this.trigger("deleted", file, cache);
		});
	}

	override on<K extends keyof MetadataCacheEvents>(name: K, callback: (...data: Doubles<Parameters<MetadataCacheEvents[K]>>) => unknown, ctx?: unknown): Real.EventRef {
		return super.on(name, callback as Callback, ctx);
	}

	getFileCache(file: TFile): Real.CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): Real.CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/** Test aid: index every note now, as the app has done by the time the layout is ready. */
	indexAll(): void {
		for (const file of this.vault.getMarkdownFiles()) this.index(file);
	}

	private index(file: TFile): void {
		const data = this.vault.peek(file.path);
		if (data === undefined) return;
		const frontmatter = readFrontmatter(data);
		// The block is a section of the note whether or not its YAML reads, as the app's markdown sections are.
		const block = frontmatterBlock(data);
		const cache: Real.CachedMetadata = {
			...(frontmatter ? { frontmatter } : {}),
			...(block && frontmatter ? { frontmatterPosition: block } : {}),
			...(block ? { sections: [{ type: "yaml", position: block }] } : {}),
		};
		this.caches.set(file.path, cache);
		this.trigger("changed", file, data, cache);
		this.resolveSoon();
	}

	/** Fires `resolved` once, after what is being indexed now. */
	resolveSoon(): void {
		if (this.resolving) return;
		this.resolving = true;
		queueMicrotask(() => {
			this.resolving = false;
			this.trigger("resolved");
		});
	}
}

/**
 * The frontmatter as the app reads it: the YAML between a `---` line at the very start and the next `---` line,
 * parsed whole. Values keep their YAML types (numbers, booleans, null, lists, nested maps); a date such as
 * `2026-12-03` stays text, as the YAML 1.2 core schema has no dates. Null, so that the cache has no `frontmatter`,
 * when there is no block, when the block is empty, when it is not a map of keys, and when the YAML anywhere in it
 * is invalid: an unquoted `: ` inside a value, a tab as indentation, an unclosed quote, a key given twice.
 */
function readFrontmatter(text: string): Real.FrontMatterCache | null {
	const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
	if (!/^---\s*$/.test(lines[0] ?? "")) return null;
	const end = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
	if (end < 0) return null;
	const document = parseDocument(lines.slice(1, end).join("\n"));
	if (document.errors.length > 0) return null;
	const value: unknown = document.toJS();
	return isMap(value) ? value : null;
}

function isMap(value: unknown): value is Real.FrontMatterCache {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Where the frontmatter block is, fences included: the `---` line at the very start to the next `---` line. */
function frontmatterBlock(text: string): Real.Pos | null {
	const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
	if (!/^---\s*$/.test(lines[0] ?? "")) return null;
	const end = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
	if (end < 0) return null;
	const endOffset = lines.slice(0, end + 1).join("\n").length;
	return { start: { line: 0, col: 0, offset: 0 }, end: { line: end, col: 3, offset: endOffset } };
}
