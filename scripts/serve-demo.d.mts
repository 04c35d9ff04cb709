import type { Server } from "node:http";
export declare function serveDemo(root: string, port?: number): Promise<{ server: Server; url: string }>;
