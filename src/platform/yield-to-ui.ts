/**
 * Gives the UI thread a turn: a message the thread posts to itself, which runs after the input and drawing
 * waiting before it. Not a `setTimeout`, which Chromium runs at most once a second in a hidden window (and
 * once a minute after five minutes hidden), so a long read would crawl while Obsidian is minimised. Each turn
 * has a channel of its own, closed after it, so no open port keeps a Node process (the benchmark) alive.
 */
export function yieldToUI(): Promise<void> {
	if (typeof MessageChannel === "undefined") return new Promise((resolve) => window.setTimeout(resolve, 0));
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
