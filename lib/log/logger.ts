import pino from "pino";
import { env } from "@/lib/env";

// One structured server log: JSON lines on stdout, one object per event, never a secret.
// Fields named like credentials are replaced before anything is written.
const redactedKeys = ["password", "newPassword", "token", "secret", "cookie", "authorization", "code", "recoveryCode"];

export const logger = pino({
  level: env().LOG_LEVEL,
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: { paths: [...redactedKeys, ...redactedKeys.map((key) => `*.${key}`)], censor: "[redacted]" },
});
