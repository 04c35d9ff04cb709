import type { Storage } from "../obsidian";

/**
 * Everything the demo keeps in the page's localStorage, under one prefix: the
 * plugin's data (settings, timer), its local storage, and the notes with the
 * one that was open, so that a reload finds the demo as it was left.
 */
export class PageStorage implements Storage {
	/** Notes waiting to be written, by path; writing a long note on every keystroke would cost more than typing. */
	private readonly pending = new Map<string, () => string | undefined>();
	private timer: number | null = null;
	private cleared = false;

	constructor(
		private readonly prefix: string,
		/** Told once when the browser refuses to keep a note, so a person knows why edits will not survive a reload. */
		private readonly onFull: (path: string) => void,
		private readonly delayMs = 400,
	) {
		// A reload or a closed tab writes what is still waiting.
		window.addEventListener("pagehide", () => this.flush());
	}

	read(key: string): string | null {
		return localStorage.getItem(this.prefix + key);
	}

	write(key: string, value: string | null): void {
		if (this.cleared) return;
		if (value === null) localStorage.removeItem(this.prefix + key);
		else localStorage.setItem(this.prefix + key, value);
	}

	/** The notes kept from an earlier visit, by path. */
	notes(): Map<string, string> {
		const notes = new Map<string, string>();
		const notePrefix = `${this.prefix}note:`;
		for (let i = 0; i < localStorage.length; i++) {
			const key = localStorage.key(i);
			if (key?.startsWith(notePrefix)) notes.set(key.slice(notePrefix.length), localStorage.getItem(key) ?? "");
		}
		return notes;
	}

	/** Keeps a note's text soon; `text` is read when it is written, so the last edit wins. */
	keepNote(path: string, text: () => string | undefined): void {
		if (this.cleared) return;
		this.pending.set(path, text);
		this.timer ??= window.setTimeout(() => this.flush(), this.delayMs);
	}

	forgetNote(path: string): void {
		this.pending.delete(path);
		this.write(`note:${path}`, null);
	}

	get openNote(): string | null {
		return this.read("open-note");
	}

	set openNote(path: string | null) {
		this.write("open-note", path);
	}

	flush(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		for (const [path, text] of this.pending) {
			const value = text();
			if (value === undefined) continue;
			try {
				this.write(`note:${path}`, value);
			} catch {
				// Over the browser's quota: an older copy must not come back on reload, so none is kept.
				localStorage.removeItem(`${this.prefix}note:${path}`);
				this.onFull(path);
			}
		}
		this.pending.clear();
	}

	/** Removes everything the demo kept, and keeps nothing more until the page reloads. */
	clear(): void {
		this.cleared = true;
		this.pending.clear();
		const keys: string[] = [];
		for (let i = 0; i < localStorage.length; i++) {
			const key = localStorage.key(i);
			if (key?.startsWith(this.prefix)) keys.push(key);
		}
		for (const key of keys) localStorage.removeItem(key);
	}
}
