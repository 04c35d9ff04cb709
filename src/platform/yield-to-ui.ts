/**
 * Gives the UI thread a turn: a message the thread posts to itself, which runs after the input and drawing
 * waiting before it, or a timer of 0 ms, whichever comes first. The message keeps the turns coming in a
 * hidden window, where Chromium runs a timer at most once a second (and once a minute after five minutes
 * hidden), so a long read would crawl while Obsidian is minimised; the timer, where messages wait longer.
 * Each turn has a channel of its own, closed after it, so no open port keeps a Node process (the benchmark) alive.
 */
export function yieldToUI(): Promise<void> {
	return new Promise((resolve) => {
		let channel: MessageChannel | null = null;
		const done = () => {
			window.clearTimeout(timer);
			channel?.port1.close();
			resolve();
		};
		const timer = window.setTimeout(done, 0);
		if (typeof MessageChannel === "undefined") return;
		channel = new MessageChannel();
		channel.port1.onmessage = done;
		channel.port2.postMessage(null);
	});
}
