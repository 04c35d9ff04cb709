import { sameContent, storyBank, type BankStory } from "../core";
import type { SettingsSource } from "../settings/settings-owner";
import type { ProcessIndex } from "../interview-process/process-index";

/**
 * The story bank, read from the process index: no second scan of the vault. It is worked out once per
 * change of the index or of the STAR words, so opening and filtering the bank cost only the drawing.
 */
export class StoryBankSource {
	private cached: BankStory[] = [];
	private stale = true;

	constructor(
		readonly processes: ProcessIndex,
		readonly settings: SettingsSource,
	) {
		processes.onChange(() => (this.stale = true));
		settings.onChange(({ keys }) => keys.has("starWords") && (this.stale = true));
	}

	/** The bank; the very same list as before while its content is the same, so a view can tell it has nothing to redraw. */
	bank(): BankStory[] {
		if (this.stale) {
			const bank = storyBank(this.processes.allRounds(), this.settings.current.starWords);
			if (!sameContent(bank, this.cached)) this.cached = bank;
			this.stale = false;
		}
		return this.cached;
	}
}
