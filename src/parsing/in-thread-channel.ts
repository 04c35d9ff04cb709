import runParseCore from "parse-worker:core";
import type { ChannelListener, ParseChannel } from "./channel";
import type { ParseScope } from "./protocol";
import { yieldToUI } from "../platform/yield-to-ui";

/**
 * The same parser, the bundled function a worker runs, called in-thread behind the same messages: where no
 * worker exists, or after one failed. Messages are passed on as microtasks, so answers come asynchronously,
 * as a worker's do; a long note yields to the UI between chunks.
 */
export function inThreadChannel(listener: ChannelListener): ParseChannel {
	let open = true;
	const scope: ParseScope = {
		onmessage: null,
		postMessage: (answer) => void Promise.resolve().then(() => open && listener.answer(answer)),
		yieldToUI,
	};
	runParseCore(scope);
	return {
		post: (request) => void Promise.resolve().then(() => open && scope.onmessage?.({ data: request })),
		close: () => {
			open = false;
		},
	};
}
