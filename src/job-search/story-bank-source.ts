import { storyBank, type BankStory } from "../core";
import type { SettingsSource } from "../settings/settings-owner";
import type { ProcessIndex } from "../interview-process/process-index";

/**
 * The story bank, read from the process index: no second scan of the vault. It is worked out once per
 * change of the index or of the STAR words, so opening and filtering the bank cost only the drawing.
 */
export class StoryBankSource {
	private cached: BankStory[] | null = null;

	constructor(
		readonly processes: ProcessIndex,
		readonly settings: SettingsSource,
	) {
		processes.onChange(() => (this.cached = null));
		settings.onChange(({ keys }) => keys.has("starWords") && (this.cached = null));
	}

	bank(): BankStory[] {
		this.cached ??= storyBank(this.processes.allRounds(), this.settings.current.starWords);
		return this.cached;
	}
}
