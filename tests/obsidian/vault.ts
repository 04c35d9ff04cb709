import type * as Real from "obsidian/obsidian";
import type { Assignable, Doubled, Doubles, Listens } from "./doubled";
import { Events, type Callback } from "./events";

/** Files point back at the vault through the real type, so a double file is a real file to the type checker. */
export abstract class TAbstractFile implements Real.TAbstractFile {
	vault: Real.Vault;
	path: string;
	name: string;
	parent: Real.TFolder | null = null;

	constructor(vault: Vault, path: string) {
		this.vault = vault as unknown as Real.Vault;
		this.path = path;
		this.name = path.split("/").pop() ?? path;
	}
}

export class TFile extends TAbstractFile implements Real.TFile {
	stat = { ctime: 0, mtime: 0, size: 0 };

	get basename(): string {
		return this.name.replace(/\.[^.]*$/, "");
	}

	get extension(): string {
		return /\.([^.]*)$/.exec(this.name)?.[1] ?? "";
	}
}

export class TFolder extends TAbstractFile implements Real.TFolder {
	children: Real.TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}

/** The vault events the plugin listens to, with their callbacks as the real `on` declares them. */
interface VaultEvents {
	create: (file: Real.TAbstractFile) => unknown;
	modify: (file: Real.TAbstractFile) => unknown;
	rename: (file: Real.TAbstractFile, oldPath: string) => unknown;
	delete: (file: Real.TAbstractFile) => unknown;
}

/** Fails to compile unless the real `on` takes each of them, exactly. */
export type VaultEventsAreReal = Assignable<Real.Vault, Listens<VaultEvents>>;

/** An in-memory vault. Writes are synchronous underneath, but the API stays async as in the app. */
export class Vault
	extends Events
	implements
		Doubled<
			Real.Vault,
			| "read" | "cachedRead" | "process" | "create" | "modify" | "createFolder" | "rename" | "delete" | "getAbstractFileByPath"
			| "getFileByPath" | "getFolderByPath" | "getMarkdownFiles" | "getFiles" | "getAllLoadedFiles" | "getName" | "configDir"
		>
{
	configDir = ".obsidian";
	private files = new Map<string, { file: TFile; data: string }>();
	private folders = new Map<string, TFolder>();
	/** Test aid: every write, in order, as [kind, path]. */
	writes: [string, string][] = [];

	override on<K extends keyof VaultEvents>(name: K, callback: (...data: Doubles<Parameters<VaultEvents[K]>>) => unknown, ctx?: unknown): Real.EventRef {
		return super.on(name, callback as Callback, ctx);
	}

	getName(): string {
		return "Example vault";
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(path)?.file ?? this.folders.get(path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		return this.files.get(path)?.file ?? null;
	}

	getFolderByPath(path: string): TFolder | null {
		return this.folders.get(path) ?? null;
	}

	getFiles(): TFile[] {
		return [...this.files.values()].map((entry) => entry.file);
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.folders.values(), ...this.getFiles()];
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}

	read(file: TFile): Promise<string> {
		return Promise.resolve(this.entry(file).data);
	}

	cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	/** Test aid: a disk that ignores case, as on macOS and Windows, where `a.md` and `A.md` are one file. */
	caseInsensitive = false;

	create(path: string, data: string): Promise<TFile> {
		const taken = this.caseInsensitive ? [...this.files.keys()].some((p) => p.toLowerCase() === path.toLowerCase()) : this.files.has(path);
		if (taken) return Promise.reject(new Error("File already exists."));
		// As on disk, a file's folder has to exist first.
		const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
		if (parent !== "" && !this.folders.has(parent)) return Promise.reject(new Error(`ENOENT: no such file or directory, open '${path}'`));
		const file = new TFile(this, path);
		this.files.set(path, { file, data });
		this.touch(file, data);
		this.writes.push(["create", path]);
		this.trigger("create", file);
		return Promise.resolve(file);
	}

	createFolder(path: string): Promise<TFolder> {
		if (this.folders.has(path)) return Promise.reject(new Error("Folder already exists."));
		// The app makes the missing parents too.
		const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
		if (parent !== "" && !this.folders.has(parent)) void this.createFolder(parent);
		const folder = new TFolder(this, path);
		this.folders.set(path, folder);
		return Promise.resolve(folder);
	}

	modify(file: TFile, data: string): Promise<void> {
		this.write(file, data, "modify");
		return Promise.resolve();
	}

	/** Reads, transforms and writes in one step, as the app does, so nothing can slip in between. */
	process(file: TFile, fn: (data: string) => string): Promise<string> {
		const data = fn(this.entry(file).data);
		this.write(file, data, "process");
		return Promise.resolve(data);
	}

	delete(file: TAbstractFile, _force?: boolean): Promise<void> {
		if (!this.files.delete(file.path) && !this.folders.delete(file.path)) return Promise.reject(new Error(`No file at ${file.path}`));
		this.writes.push(["delete", file.path]);
		this.trigger("delete", file);
		return Promise.resolve();
	}

	rename(file: TAbstractFile, newPath: string): Promise<void> {
		const oldPath = file.path;
		const entry = this.files.get(oldPath);
		if (!entry) return Promise.reject(new Error(`No file at ${oldPath}`));
		this.files.delete(oldPath);
		file.path = newPath;
		file.name = newPath.split("/").pop() ?? newPath;
		this.files.set(newPath, entry);
		this.trigger("rename", file, oldPath);
		return Promise.resolve();
	}

	/** Test aid: the stored text of a path, or undefined. */
	peek(path: string): string | undefined {
		return this.files.get(path)?.data;
	}

	private write(file: TFile, data: string, kind: string): void {
		this.entry(file).data = data;
		this.touch(file, data);
		this.writes.push([kind, file.path]);
		this.trigger("modify", file);
	}

	private touch(file: TFile, data: string): void {
		file.stat = { ctime: file.stat.ctime || Date.now(), mtime: Date.now(), size: data.length };
	}

	private entry(file: TFile): { file: TFile; data: string } {
		const entry = this.files.get(file.path);
		if (!entry) throw new Error(`No file at ${file.path}`);
		return entry;
	}
}
