import { theirQuestionsBank, type BankQuestion } from "../core";
import type { ProcessIndex } from "../interview-process/process-index";

/**
 * The questions they asked, across every prep note with a company, read from the process index as the
 * story bank is: no second scan of the vault. Worked out once per change of the index, so opening and
 * filtering the bank cost only the drawing.
 */
export class TheirQuestionsSource {
	private cached: BankQuestion[] | null = null;

	constructor(readonly processes: ProcessIndex) {
		processes.onChange(() => (this.cached = null));
	}

	bank(): BankQuestion[] {
		this.cached ??= theirQuestionsBank(this.processes.allRounds());
		return this.cached;
	}
}
