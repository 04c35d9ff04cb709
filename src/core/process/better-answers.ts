import type { Rating } from "../note/prep-note";
import { sortRounds } from "./interview-process";
import type { Round } from "./round";
import { theirQuestionKey, theirQuestionsBank, type BankQuestion } from "./their-questions-bank";

/** The ratings that call for a better answer: weak and so-so. */
export function needsBetterAnswer(rating: Rating | null): boolean {
	return rating === "weak" || rating === "ok";
}

/** The questions whose latest rating is weak or so-so: the answers to prepare better. */
export function answersToPrepare(bank: readonly BankQuestion[]): BankQuestion[] {
	return bank.filter((q) => needsBetterAnswer(q.rating));
}

/**
 * The Preparation tasks Start next round adds: one for each question the process's rounds asked whose
 * latest rating is weak or so-so, in the order they were first asked, as first written.
 */
export function betterAnswerTasks(rounds: readonly Round[]): string[] {
	const due = new Map(answersToPrepare(theirQuestionsBank(rounds, false)).map((q) => [q.key, q.text]));
	const tasks: string[] = [];
	for (const round of sortRounds(rounds)) {
		for (const question of round.theirQuestions) {
			const text = due.get(theirQuestionKey(question));
			if (text === undefined) continue;
			due.delete(theirQuestionKey(question));
			tasks.push(`- [ ] Prepare a better answer: ${text.replace(/\s+/g, " ")}`);
		}
	}
	return tasks;
}
