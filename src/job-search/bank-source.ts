import { sameContent, type Round } from "../core";
import type { ProcessIndex } from "../interview-process/process-index";
import type { SettingKey, Settings } from "../settings/prep-settings";
import type { SettingsSource } from "../settings/settings-owner";

/**
 * A bank gathered from the process index, the story bank or their questions: no second scan of the vault.
 * It is worked out once per change of the index or of the settings it reads, so opening and filtering a
 * bank cost only the drawing.
 */
export class BankSource<T> {
	private cached: T[] = [];
	private stale = true;

	constructor(
		readonly processes: ProcessIndex,
		readonly settings: SettingsSource,
		private readonly gather: (rounds: Round[], settings: Settings) => T[],
		reads: readonly SettingKey[] = [],
	) {
		processes.onChange(() => (this.stale = true));
		settings.onChange(({ keys }) => reads.some((key) => keys.has(key)) && (this.stale = true));
	}

	/** The bank; the very same list as before while its content is the same, so a view can tell it has nothing to redraw. */
	bank(): T[] {
		if (this.stale) {
			const bank = this.gather(this.processes.allRounds(), this.settings.current);
			if (!sameContent(bank, this.cached)) this.cached = bank;
			this.stale = false;
		}
		return this.cached;
	}
}
