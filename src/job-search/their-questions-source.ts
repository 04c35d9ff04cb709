import { theirQuestionsBank, type BankQuestion } from "../core";
import type { StoryBankSource } from "./story-bank-source";

/**
 * The questions they asked, across every prep note with a company, read from the process index as the
 * story bank is; its stories name the story each question was answered with. Worked out once per change
 * of the index, so opening and filtering the bank cost only the drawing.
 */
export class TheirQuestionsSource {
	private cached: BankQuestion[] | null = null;

	constructor(readonly stories: StoryBankSource) {
		stories.processes.onChange(() => (this.cached = null));
	}

	bank(): BankQuestion[] {
		this.cached ??= theirQuestionsBank(this.stories.processes.allRounds(), this.stories.bank());
		return this.cached;
	}
}
