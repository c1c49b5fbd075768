import { AsyncLocalStorage } from "node:async_hooks";

// Pages cannot choose their own status code, so a page whose rendering failed because the database is
// unreachable would answer a bare 500. The server (scripts/serve.ts) runs each request inside this storage;
// Next.js reports the render error to instrumentation.ts, which marks the request; the server then answers
// 503 with Retry-After instead of 500, as route handlers do (lib/http/route-handler.ts).
// No imports beyond Node's: the server loads this outside the Next.js bundle. The storage is found through
// globalThis because the bundle and the server each get their own copy of this module.

/** Seconds a client is asked to wait before retrying while the database is unreachable. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30;

export type RequestState = { databaseUnavailable: boolean };

const STORAGE = Symbol.for("navigator.request-state");

function storage(): AsyncLocalStorage<RequestState> {
  const holder = globalThis as { [STORAGE]?: AsyncLocalStorage<RequestState> };
  return (holder[STORAGE] ??= new AsyncLocalStorage<RequestState>());
}

/** Runs `handle` with `state` as the current request's, for the page rendering to mark. */
export function withRequestState(state: RequestState, handle: () => void): void {
  storage().run(state, handle);
}

/** Marks the current request as failed by a database outage (no-op outside a request). */
export function markDatabaseUnavailable(): void {
  const state = storage().getStore();
  if (state) state.databaseUnavailable = true;
}

/** The status to send instead of `status`: 503 when a server error came from a database outage. */
export function outageStatus(status: number, state: RequestState): number {
  return status === 500 && state.databaseUnavailable ? 503 : status;
}
