import { userAgentFromString } from "next/server";
import type { CoverageLayout, CoverageQuery } from "./params";

/**
 * The layout a coverage view is drawn in. The URL decides when it names one; otherwise a phone gets the list
 * (one need at a time) and everything else the table. A phone is told apart on the server, from the
 * `Sec-CH-UA-Mobile` client hint or the user agent, because a 31-column table sent and then hidden by CSS
 * would still cost a phone its download and its DOM (issue: ≤ 150 KB, ≤ 800 nodes).
 */
export function coverageLayout(query: CoverageQuery, headers: Pick<Headers, "get">): CoverageLayout {
  if (query.layout) return query.layout;
  if (headers.get("sec-ch-ua-mobile") === "?1") return "list";
  const device = userAgentFromString(headers.get("user-agent") ?? undefined).device.type;
  return device === "mobile" ? "list" : "table";
}
