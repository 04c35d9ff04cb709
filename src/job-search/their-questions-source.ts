import { sameContent, theirQuestionsBank, type BankQuestion } from "../core";
import type { ProcessIndex } from "../interview-process/process-index";

/**
 * The questions they asked, across every prep note with a company, read from the process index as the
 * story bank is: no second scan of the vault. Worked out once per change of the index, so opening and
 * filtering the bank cost only the drawing.
 */
export class TheirQuestionsSource {
	private cached: BankQuestion[] = [];
	private stale = true;

	constructor(readonly processes: ProcessIndex) {
		processes.onChange(() => (this.stale = true));
	}

	/** The bank; the very same list as before while its content is the same, so the view can tell it has nothing to redraw. */
	bank(): BankQuestion[] {
		if (this.stale) {
			const bank = theirQuestionsBank(this.processes.allRounds());
			if (!sameContent(bank, this.cached)) this.cached = bank;
			this.stale = false;
		}
		return this.cached;
	}
}
