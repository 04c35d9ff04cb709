/**
 * The parser bundle's stand-in for the `extend` package (scripts/bundled-parse-core.mjs), as unified calls
 * it: always deep, `extend(true, target, ...sources)`, to copy its data and merge plugin settings. Plain
 * objects and arrays are merged key by key into copies; anything else, a function included, is taken as it is.
 */
export default function extend(_deep: true, target: Record<string, unknown>, ...sources: Record<string, unknown>[]): Record<string, unknown> {
	for (const source of sources) {
		for (const key of Object.keys(source)) {
			const value = source[key];
			const current = target[key];
			if (value === target || value === undefined) continue;
			if (Array.isArray(value)) target[key] = extend(true, asBag(Array.isArray(current) ? current : []), asBag(value));
			else if (isPlain(value)) target[key] = extend(true, isPlain(current) ? current : {}, value);
			else target[key] = value;
		}
	}
	return target;
}

function isPlain(value: unknown): value is Record<string, unknown> {
	if (typeof value !== "object" || value === null) return false;
	const proto = Object.getPrototypeOf(value) as unknown;
	return proto === null || proto === Object.prototype;
}

/** An array, merged index by index as an object is key by key. */
function asBag(list: unknown[]): Record<string, unknown> {
	return list as unknown as Record<string, unknown>;
}
