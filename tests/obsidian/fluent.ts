/**
 * The members `K` of a real declaration `T`, with fluent methods (those that
 * return `T` itself) loosened to return anything, so that a partial double
 * can implement them while their parameters stay checked.
 */
export type Fluent<T, K extends keyof T> = {
	[P in K]: T[P] extends (...args: infer A) => T ? (...args: A) => unknown : T[P];
};
