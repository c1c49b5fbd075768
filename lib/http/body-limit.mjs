// @ts-check
// The largest request body a server action accepts, in plain JavaScript: next.config.mjs reads it when the
// server starts, outside the bundle (lib/http/limits.ts says where else it applies).
export const ACTION_BODY_LIMIT_BYTES = 10 * 1024 * 1024;
