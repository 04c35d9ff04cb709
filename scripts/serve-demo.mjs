// Serves dist/demo on 127.0.0.1. `node scripts/serve-demo.mjs [--port N]` (or PORT=N); stops on Ctrl-C.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png" };

/** Starts the server; resolves with it and its URL once it listens. Port 0 picks a free one. */
export function serveDemo(root, port = 0) {
	const base = resolve(root);
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
		const file = normalize(join(base, path === "/" ? "index.html" : path));
		if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
			res.writeHead(404).end("Not found");
			return;
		}
		res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
		createReadStream(file).pipe(res);
	});
	return new Promise((resolveServer, reject) => {
		server.once("error", reject);
		server.listen(port, "127.0.0.1", () => {
			const address = server.address();
			const actual = typeof address === "object" && address ? address.port : port;
			resolveServer({ server, url: `http://127.0.0.1:${actual}/` });
		});
	});
}

// Run as a command, not when imported (also from a bundle that inlines this file).
if (process.argv[1]?.endsWith("serve-demo.mjs")) {
	const flag = process.argv.indexOf("--port");
	const port = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? 5178));
	const { server, url } = await serveDemo("dist/demo", port);
	console.log(`Interview Prep demo: ${url}  (Ctrl-C stops it)`);
	const stop = () => server.close(() => process.exit(0));
	process.on("SIGINT", stop);
	process.on("SIGTERM", stop);
}
