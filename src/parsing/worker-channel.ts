import runParseCore from "parse-worker:core";
import type { ChannelListener, ParseChannel } from "./channel";
import type { ParseAnswer } from "./protocol";

/**
 * The parser in a Web Worker, started from a Blob URL of its own function's source, so the plugin ships one
 * file and its parser once. A classic worker, not a module worker, which older iOS web views lack. Throws
 * when the worker cannot be made; an error inside it later reaches `listener.fail`.
 */
export function workerChannel(listener: ChannelListener): ParseChannel {
	const source = `(${runParseCore.toString()})(self);\n`;
	const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
	let worker: Worker;
	try {
		worker = new Worker(url, { name: "Interview Prep parser" });
	} catch (error) {
		URL.revokeObjectURL(url);
		throw error;
	}
	worker.onmessage = (event: MessageEvent<ParseAnswer>) => listener.answer(event.data);
	worker.onerror = (event) => {
		// Handled here: the plugin says so once and parses in-thread from now on.
		event.preventDefault();
		listener.fail(event.message || "the worker stopped");
	};
	worker.onmessageerror = () => listener.fail("an answer could not be read");
	return {
		post: (request) => worker.postMessage(request),
		close: () => {
			worker.terminate();
			URL.revokeObjectURL(url);
		},
	};
}
