/**
 * A cheap gate in front of the staff sign-in, applied by the HTTP server (scripts/serve.ts) before Next.js renders
 * anything. The app's own throttle (lib/auth/throttle.ts) decides who may try a password and keeps its state in the
 * database; but every attempt it refuses still costs a database round trip and a rendered page, so a flood of
 * refused attempts could take the CPU from the public pages. This gate answers the excess with a few bytes:
 * - per client key, a token bucket (a burst, then a steady rate no person typing a password reaches);
 * - per instance, a cap on sign-in requests in progress (password checks run one at a time anyway, see
 *   lib/auth/verification-gate.ts, so more in flight would only queue or be told "busy" after a full render).
 * Pure and in memory: no I/O, so it is tested on its own and costs microseconds.
 */

export type SignInGateOptions = {
  /** Attempts a client key may make at once before the steady rate applies. */
  burst: number;
  /** Attempts per second a client key regains. */
  refillPerSecond: number;
  /** Sign-in requests being answered at once on this instance. */
  maxInFlight: number;
  /** Client keys remembered; the least recently seen are forgotten first (bounded memory under rotating addresses). */
  maxKeys: number;
};

// The burst stays above the app throttle's free failures per address (lib/auth/throttle.ts), so a person who
// mistypes is answered by the app's own message; only a flood meets this gate.
export const signInGateDefaults: SignInGateOptions = { burst: 30, refillPerSecond: 1, maxInFlight: 4, maxKeys: 10_000 };

export type GateDecision = { ok: true; release: () => void } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

export function createSignInGate(options: SignInGateOptions = signInGateDefaults, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  let inFlight = 0;

  function take(key: string): number {
    const time = now();
    const previous = buckets.get(key);
    const bucket = previous
      ? {
          tokens: Math.min(options.burst, previous.tokens + ((time - previous.at) / 1000) * options.refillPerSecond),
          at: time,
        }
      : { tokens: options.burst, at: time };
    buckets.delete(key); // re-inserted last: Map order is then least recently seen first
    if (buckets.size >= options.maxKeys) buckets.delete(buckets.keys().next().value!);
    if (bucket.tokens < 1) {
      buckets.set(key, bucket);
      return Math.ceil((1 - bucket.tokens) / options.refillPerSecond);
    }
    buckets.set(key, { tokens: bucket.tokens - 1, at: time });
    return 0;
  }

  return {
    admit(key: string): GateDecision {
      if (inFlight >= options.maxInFlight) return { ok: false, retryAfterSeconds: 1 };
      const wait = take(key);
      if (wait > 0) return { ok: false, retryAfterSeconds: wait };
      inFlight++;
      let released = false;
      return {
        ok: true,
        release: () => {
          if (released) return;
          released = true;
          inFlight--;
        },
      };
    },
    get inFlight() {
      return inFlight;
    },
    get keys() {
      return buckets.size;
    },
  };
}

/** Whether a request is a sign-in attempt: a POST to the sign-in page (its form posts back to it). */
export function isSignInAttempt(method: string | undefined, url: string | undefined): boolean {
  if (method !== "POST" || !url) return false;
  const path = url.split("?")[0]!.replace(/\/+$/, "");
  return path === "/admin/sign-in";
}

/** The short page a refused attempt gets, in both languages (the staff locale is not known this early). */
export function refusedSignInPage(retryAfterSeconds: number): string {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>请稍后再试 · Please wait</title><p>登录尝试过于频繁，请 ${retryAfterSeconds} 秒后再试。</p><p lang="en">Too many sign-in attempts. Please try again in ${retryAfterSeconds} s.</p></html>`;
}
