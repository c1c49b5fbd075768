import { ACTION_BODY_LIMIT_BYTES } from "./body-limit.mjs";

/**
 * The largest request body a server action accepts (a CSV upload is the
 * largest). next.config.mjs hands it to Next.js, the proxy answers 413 above
 * it, and the upload forms check the file against it before sending.
 */
export { ACTION_BODY_LIMIT_BYTES };

/** The limit in whole megabytes, as the staff UI states it. */
export const ACTION_BODY_LIMIT_MB = Math.floor(ACTION_BODY_LIMIT_BYTES / (1024 * 1024));
