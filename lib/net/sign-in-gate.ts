/**
 * A cheap gate in front of the staff sign-in, applied by the HTTP server (scripts/serve.ts) before Next.js renders
 * anything. The app's own throttle (lib/auth/throttle.ts) decides who may try a password and keeps its state in the
 * database; but every attempt it refuses still costs a database round trip and a rendered page, so a flood of
 * refused attempts could take the CPU from the public pages. This gate answers the excess with a few bytes:
 * - per client key, a token bucket (a burst, then a steady rate no person typing a password reaches);
 * - per instance, a cap on sign-in requests in progress (password checks run one at a time anyway, see
 *   lib/auth/verification-gate.ts, so more in flight would only queue or be told "busy" after a full render);
 * - per instance, a token bucket over every admitted attempt. A botnet presents a new address per request, so
 *   each one passes its own fresh bucket; without this bound every place freed in progress was taken at once by
 *   the next attempt, and the app rendered refusals back to back (public pages ×2.2 at p50 in
 *   `npm run bench:sign-in`). A staff team signs in a few times an hour, far below the steady rate.
 * Pure and in memory: no I/O, so it is tested on its own and costs microseconds.
 */

export type SignInGateOptions = {
  /** Attempts a client key may make at once before the steady rate applies. */
  burst: number;
  /** Attempts per second a client key regains. */
  refillPerSecond: number;
  /** Sign-in requests being answered at once on this instance. */
  maxInFlight: number;
  /** Attempts the instance admits at once, from all keys together, before its steady rate applies. */
  instanceBurst: number;
  /** Attempts per second the instance regains. */
  instanceRefillPerSecond: number;
  /** Client keys remembered; the least recently seen are forgotten first (bounded memory under rotating addresses). */
  maxKeys: number;
};

// The burst stays above the app throttle's free failures per address (lib/auth/throttle.ts), so a person who
// mistypes is answered by the app's own message; only a flood meets this gate.
export const signInGateDefaults: SignInGateOptions = {
  burst: 30,
  refillPerSecond: 1,
  maxInFlight: 4,
  instanceBurst: 20,
  instanceRefillPerSecond: 5,
  maxKeys: 10_000,
};

export type GateDecision = { ok: true; release: () => void } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

export function createSignInGate(options: SignInGateOptions = signInGateDefaults, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  let instance: Bucket = { tokens: options.instanceBurst, at: now() };
  let inFlight = 0;

  function refill(bucket: Bucket, burst: number, perSecond: number, time: number): Bucket {
    return { tokens: Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * perSecond), at: time };
  }

  function take(key: string): number {
    const time = now();
    const previous = buckets.get(key);
    const bucket = previous
      ? refill(previous, options.burst, options.refillPerSecond, time)
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
      // The instance's bucket is looked at first and spent last: an attempt it refuses costs its key nothing,
      // so a person is not held back by what a flood from other addresses used up.
      instance = refill(instance, options.instanceBurst, options.instanceRefillPerSecond, now());
      if (instance.tokens < 1) {
        return { ok: false, retryAfterSeconds: Math.ceil((1 - instance.tokens) / options.instanceRefillPerSecond) };
      }
      const wait = take(key);
      if (wait > 0) return { ok: false, retryAfterSeconds: wait };
      instance.tokens -= 1;
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
