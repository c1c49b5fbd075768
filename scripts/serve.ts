import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import type { IncomingMessage, ServerResponse } from "node:http";
import { env } from "../lib/env";
import { sharedCacheControl, varyHeader } from "../lib/http/cache-policy";
import { OUTAGE_RETRY_AFTER_SECONDS, type RequestState, outageStatus, withRequestState } from "../lib/http/outage";
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
 * It also answers sign-in attempts beyond lib/net/sign-in-gate.ts's limits itself, before any rendering,
 * and gives every response, once its status and headers are final, the Cache-Control a shared cache may
 * honour (lib/http/cache-policy.ts), and 503 with Retry-After instead of 500 when a database outage failed a
 * page (lib/http/outage.ts).
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

/**
 * Decides the status, Cache-Control and Vary of `res` when its headers go out (Node sends them through writeHead,
 * explicitly or implicitly on the first write). Returns the request state the page rendering may mark.
 */
function finalHeaders(req: IncomingMessage, res: ServerResponse): RequestState {
  const state: RequestState = { databaseUnavailable: false };
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const asked = typeof args[0] === "number" ? args[0] : res.statusCode;
    const status = outageStatus(asked, state);
    if (status !== asked) {
      args[0] = status;
      res.setHeader("Retry-After", String(OUTAGE_RETRY_AFTER_SECONDS));
    }
    const extra = args.find((a): a is Record<string, unknown> => !!a && typeof a === "object" && !Array.isArray(a));
    const header = (name: string) => extra?.[name] ?? extra?.[name.toLowerCase()] ?? res.getHeader(name);
    const url = req.url ?? "/";
    const queryAt = url.indexOf("?");
    const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
    const search = queryAt < 0 ? "" : url.slice(queryAt + 1);
    const policy = sharedCacheControl({
      method: req.method ?? "GET",
      pathname,
      hasCookie: !!req.headers.cookie,
      status,
      cacheControl: header("Cache-Control")?.toString(),
      setsCookie: header("Set-Cookie") !== undefined,
    });
    if (policy) {
      res.setHeader("Cache-Control", policy);
      if (extra) for (const key of Object.keys(extra)) if (key.toLowerCase() === "cache-control") delete extra[key];
    }
    const vary = varyHeader(pathname, search, header("Vary")?.toString());
    if (vary) {
      res.setHeader("Vary", vary);
      if (extra) for (const key of Object.keys(extra)) if (key.toLowerCase() === "vary") delete extra[key];
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
  return state;
}

await app.prepare();
const server = createServer((req, res) => {
  delete req.headers[PEER_HEADER];
  req.headers[PEER_HEADER] = `${secret} ${req.socket.remoteAddress ?? ""}`;
  const id = randomUUID();
  req.headers[REQUEST_ID_HEADER] = id;
  res.setHeader("X-Request-Id", id);
  const state = finalHeaders(req, res);
  if (isSignInAttempt(req.method, req.url) && !admitSignIn(req, res)) return;
  withRequestState(state, () => void handle(req, res));
});
server.listen(Number(port), host, () => {
  console.log(`Listening on ${host ?? "all addresses"}, port ${port}`);
});
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
