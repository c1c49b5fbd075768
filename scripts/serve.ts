import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import type { IncomingMessage, ServerResponse } from "node:http";
import { env } from "../lib/env";
import { securityHeaders } from "../lib/http/security-headers";
import {
  PEER_HEADER,
  REQUEST_ID_HEADER,
  limitKeyOf,
  parseTrustedProxies,
  resolveClientAddress,
} from "../lib/net/forwarded";
import { createSignInGate, isSignInAttempt, refusedSignInPage } from "../lib/net/sign-in-gate";

/**
 * The app's HTTP server: Next.js through its programmatic API, so that every
 * request carries what the route code cannot see for itself:
 * - the socket peer's address, in PEER_HEADER together with a secret made fresh
 *   for this process (any copy a client sent is removed first), read by
 *   lib/net/client-address.ts;
 * - a request id for log lines, also sent back as X-Request-Id.
 * It also answers sign-in attempts beyond lib/net/sign-in-gate.ts's limits itself, before any rendering.
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
const trustedProxies = parseTrustedProxies(env().TRUSTED_PROXIES);
const signInGate = createSignInGate();

/** Lets a sign-in attempt through the gate, or answers it here with 429; false when answered. */
function admitSignIn(req: IncomingMessage, res: ServerResponse): boolean {
  const forwarded = req.headers["x-forwarded-for"];
  const address = resolveClientAddress(
    req.socket.remoteAddress ?? null,
    Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? null),
    trustedProxies,
  );
  const decision = signInGate.admit(limitKeyOf(address));
  if (decision.ok) {
    res.once("close", decision.release);
    return true;
  }
  const https = req.headers["x-forwarded-proto"] === "https" && trustedProxies.kind !== "none";
  res.writeHead(429, {
    ...securityHeaders({ nonce: "none", https }),
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "retry-after": String(decision.retryAfterSeconds),
  });
  res.end(refusedSignInPage(decision.retryAfterSeconds));
  return false;
}

await app.prepare();
const server = createServer((req, res) => {
  delete req.headers[PEER_HEADER];
  req.headers[PEER_HEADER] = `${secret} ${req.socket.remoteAddress ?? ""}`;
  const id = randomUUID();
  req.headers[REQUEST_ID_HEADER] = id;
  res.setHeader("X-Request-Id", id);
  if (isSignInAttempt(req.method, req.url) && !admitSignIn(req, res)) return;
  void handle(req, res);
});
server.listen(Number(port), host, () => {
  console.log(`Listening on ${host ?? "all addresses"}, port ${port}`);
});
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
