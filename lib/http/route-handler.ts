import "server-only";
import { isUnavailable } from "@/lib/db/errors";
import { logger } from "@/lib/log/logger";
import { OUTAGE_RETRY_AFTER_SECONDS } from "./outage";
import { REQUEST_ID_HEADER } from "@/lib/net/forwarded";

type Handler<Context> = (request: Request, context: Context) => Promise<Response> | Response;

/**
 * Every route handler is wrapped in this, so that failures answer the same way
 * everywhere: a database outage is 503 with Retry-After, anything else a 500
 * with a short plain-text body and a log line (never a stack trace to the client).
 */
export function routeHandler<Context = unknown>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (isUnavailable(error)) {
        return new Response(
          "The database is unavailable. Please try again shortly.\n数据库暂时无法访问，请稍后再试。\n",
          {
            status: 503,
            headers: {
              "content-type": "text/plain; charset=utf-8",
              "retry-after": String(OUTAGE_RETRY_AFTER_SECONDS),
              "cache-control": "no-store",
            },
          },
        );
      }
      logger.error(
        { err: error, url: new URL(request.url).pathname, requestId: request.headers.get(REQUEST_ID_HEADER) },
        "route handler failed",
      );
      return new Response("Something went wrong on our side.\n服务器出错了。\n", {
        status: 500,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    }
  };
}
