// Types of lib/http/body-limit.mjs (plain JavaScript: next.config.mjs loads it outside the bundle).
export const ACTION_BODY_LIMIT_BYTES: number;
