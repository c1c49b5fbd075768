import { ConfigError } from "./config";

/** The kinds of refusal the database gives that users can act on. */
export type IntegrityKind = "duplicate" | "missing-reference" | "still-referenced" | "invalid-value" | "conflict";

/** A write the database refused, described so that a person can fix it. */
export class DataIntegrityError extends Error {
  override name = "DataIntegrityError";
  constructor(
    readonly kind: IntegrityKind,
    message: string,
    readonly fields: string[] = [],
  ) {
    super(message);
  }
}

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

type ErrorLike = { code?: unknown; message?: unknown; meta?: unknown; cause?: unknown; errors?: unknown };

function asErrorLike(error: unknown): ErrorLike {
  return typeof error === "object" && error !== null ? (error as ErrorLike) : {};
}

/** Collects the codes and messages along an error's cause chain (Prisma wraps driver errors). */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const e = asErrorLike(current);
    out.push(e);
    if (Array.isArray(e.errors)) out.push(...e.errors.map(asErrorLike));
    const meta = asErrorLike(e.meta);
    current = e.cause ?? (meta as { driverAdapterError?: unknown }).driverAdapterError;
  }
  return out;
}

function fieldsOf(error: unknown): string[] {
  for (const e of chain(error)) {
    const meta = asErrorLike(e.meta) as { target?: unknown; field_name?: unknown; constraint?: unknown };
    const target = meta.target ?? meta.field_name;
    if (Array.isArray(target)) return target.map(String);
    if (typeof target === "string") return [target];
    const constraint = asErrorLike(e.cause) as { constraint?: { fields?: unknown } };
    if (Array.isArray(constraint.constraint?.fields)) return constraint.constraint.fields.map(String);
  }
  return [];
}

/**
 * Turns a database refusal into a DataIntegrityError with a clear message, or
 * returns undefined when the error is not one (so callers rethrow it).
 */
export function toIntegrityError(error: unknown): DataIntegrityError | undefined {
  if (error instanceof DataIntegrityError) return error;
  const codes = chain(error).flatMap((e) => {
    const kind = (e as { kind?: unknown }).kind;
    const originalCode = (e as { originalCode?: unknown }).originalCode;
    return [e.code, kind, originalCode].filter((c): c is string => typeof c === "string");
  });
  const fields = fieldsOf(error);
  const on = fields.length ? ` (${fields.join(", ")})` : "";
  if (codes.some((c) => c === "P2002" || c === "23505" || c === "UniqueConstraintViolation")) {
    return new DataIntegrityError("duplicate", `A record with the same value already exists${on}.`, fields);
  }
  if (codes.some((c) => c === "P2003" || c === "23503" || c === "ForeignKeyConstraintViolation")) {
    const message = String(
      chain(error)
        .map((e) => e.message)
        .join(" "),
    );
    return /delete|update on table|still referenced|Restrict/i.test(message)
      ? new DataIntegrityError("still-referenced", `The record is still linked to other records${on}.`, fields)
      : new DataIntegrityError("missing-reference", `A linked record does not exist${on}.`, fields);
  }
  if (
    codes.some(
      (c) => c === "23514" || c === "23502" || c === "22001" || c === "22P02" || c === "P2000" || c === "P2011",
    )
  ) {
    return new DataIntegrityError("invalid-value", `A value is missing, too long or out of range${on}.`, fields);
  }
  return undefined;
}

const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "ECONNRESET",
  "57P01",
  "57P03",
  "3D000",
  "28P01",
  "28000",
  "P1001",
  "P1000",
  "P1003",
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
  "SocketTimeout",
]);

/** True when the error means the database cannot be reached or refused the login. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  return chain(error).some((e) => {
    const kind = (e as { kind?: unknown }).kind;
    return (
      (typeof e.code === "string" && unavailableCodes.has(e.code)) ||
      (typeof kind === "string" && unavailableCodes.has(kind)) ||
      /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(
        String(e.message ?? ""),
      )
    );
  });
}

/**
 * True when the database gave up on the work for lack of time: an interactive transaction that outlived its
 * timeout or could not start within its wait (Prisma P2028), or a statement cancelled by statement_timeout (57014).
 */
export function isTimeout(error: unknown): boolean {
  return chain(error).some(
    (e) =>
      e.code === "P2028" ||
      e.code === "57014" ||
      /expired transaction|Transaction already closed|Unable to start a transaction in the given time/i.test(
        String(e.message ?? ""),
      ),
  );
}

/** One line that tells an operator what went wrong, for scripts and logs. */
export function describeError(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (isUnavailable(error)) {
    const detail =
      chain(error)
        .map((e) => e.message)
        .find((m): m is string => typeof m === "string" && m.length > 0) ?? "";
    return `cannot reach the database (${detail.split("\n")[0] || "connection refused"}). Check DATABASE_URL and that PostgreSQL is running.`;
  }
  const integrity = toIntegrityError(error);
  if (integrity) return integrity.message;
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .split("\n")
      .find((line) => line.trim().length > 0)
      ?.trim() ?? "unknown error"
  );
}

/** Runs a database write and rethrows refusals as DataIntegrityError, outages as DatabaseUnavailableError. */
export async function withDatabaseErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const integrity = toIntegrityError(error);
    if (integrity) throw integrity;
    if (isUnavailable(error)) throw new DatabaseUnavailableError(describeError(error), { cause: error });
    throw error;
  }
}
