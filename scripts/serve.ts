import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { sharedCacheControl } from "../lib/http/cache-policy";
import { OUTAGE_RETRY_AFTER_SECONDS, outageStatus, withRequestState } from "../lib/http/outage";
import { PEER_HEADER, REQUEST_ID_HEADER } from "../lib/net/forwarded";

/**
 * The app's HTTP server: Next.js through its programmatic API, so that every
 * request carries what the route code cannot see for itself:
 * - the socket peer's address, in PEER_HEADER together with a secret made fresh
 *   for this process (any copy a client sent is removed first), read by
 *   lib/net/client-address.ts;
 * - a request id for log lines, also sent back as X-Request-Id;
 * and every response, once its status and headers are final, the Cache-Control a shared cache may honour
 * (lib/http/cache-policy.ts), and 503 with Retry-After instead of 500 when a database outage failed a page
 * (lib/http/outage.ts).
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
  // Node sends headers through writeHead, explicitly or implicitly on the first write.
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
  let state = { databaseUnavailable: false };
  res.writeHead = ((...args: unknown[]) => {
    const asked = typeof args[0] === "number" ? args[0] : res.statusCode;
    const status = outageStatus(asked, state);
    if (status !== asked) {
      args[0] = status;
      res.setHeader("Retry-After", String(OUTAGE_RETRY_AFTER_SECONDS));
    }
    const extra = args.find((a): a is Record<string, unknown> => !!a && typeof a === "object" && !Array.isArray(a));
    const header = (name: string) => extra?.[name] ?? extra?.[name.toLowerCase()] ?? res.getHeader(name);
    const policy = sharedCacheControl({
      method: req.method ?? "GET",
      pathname: (req.url ?? "/").split("?")[0]!,
      hasCookie: !!req.headers.cookie,
      status,
      cacheControl: header("Cache-Control")?.toString(),
      setsCookie: header("Set-Cookie") !== undefined,
    });
    if (policy) {
      res.setHeader("Cache-Control", policy);
      if (extra) for (const key of Object.keys(extra)) if (key.toLowerCase() === "cache-control") delete extra[key];
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
  state = withRequestState(() => void handle(req, res));
});
server.listen(Number(port), host, () => {
  console.log(`Listening on ${host ?? "all addresses"}, port ${port}`);
});
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
