import type { Plugin } from "obsidian";

/** A command that the palette offers only when it can act, as Obsidian's own commands do. */
export function addCheckedCommand(plugin: Plugin, id: string, name: string, available: () => boolean, run: () => unknown): void {
	plugin.addCommand({
		id,
		name,
		checkCallback: (checking) => {
			if (!available()) return false;
			if (!checking) void run();
			return true;
		},
	});
}
