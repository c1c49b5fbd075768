import { config } from "zod/v4/core";

// Runs in the browser before the app's own modules. zod probes for `new Function` when it builds an object
// schema; our Content-Security-Policy forbids eval, and the browser reports the caught probe as a violation.
// Without JIT zod parses the same way, a little slower, which no client form notices.
config({ jitless: true });
