import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { PEER_HEADER, REQUEST_ID_HEADER } from "../lib/net/forwarded";

/**
 * The app's HTTP server: Next.js through its programmatic API, so that every
 * request carries what the route code cannot see for itself:
 * - the socket peer's address, in PEER_HEADER together with a secret made fresh
 *   for this process (any copy a client sent is removed first), read by
 *   lib/net/client-address.ts;
 * - a request id for log lines, also sent back as X-Request-Id.
 * Usage: serve.ts start|dev <port> [host]
 */
const [mode = "start", port = "3000", host] = process.argv.slice(2);
const secret = randomBytes(32).toString("base64url");
process.env.PEER_HEADER_SECRET = secret;
if (host) process.env.HOST = host;

const app = next({
  dev: mode === "dev",
  dir: new URL("..", import.meta.url).pathname,
  port: Number(port),
  hostname: host,
});
const handle = app.getRequestHandler();

await app.prepare();
const server = createServer((req, res) => {
  delete req.headers[PEER_HEADER];
  req.headers[PEER_HEADER] = `${secret} ${req.socket.remoteAddress ?? ""}`;
  const id = randomUUID();
  req.headers[REQUEST_ID_HEADER] = id;
  res.setHeader("X-Request-Id", id);
  void handle(req, res);
});
server.listen(Number(port), host, () => {
  console.log(`Listening on ${host ?? "all addresses"}, port ${port}`);
});
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
