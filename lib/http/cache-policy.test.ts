import { describe, expect, it } from "vitest";
import { type CachePolicyInput, PUBLIC_PAGE_CACHE_CONTROL, sharedCacheControl } from "./cache-policy";

const dynamic = "private, no-cache, no-store, max-age=0, must-revalidate";
const page = (over: Partial<CachePolicyInput>): CachePolicyInput => ({
  method: "GET",
  pathname: "/",
  hasCookie: false,
  status: 200,
  cacheControl: dynamic,
  setsCookie: false,
  ...over,
});

describe("Cache-Control for shared caches", () => {
  it("makes the donor pages of both languages shareable", () => {
    for (const pathname of [
      "/",
      "/en",
      "/en/",
      "/needs",
      "/needs/safety",
      "/en/policies/p-2016",
      "/modes/x",
      "/organizations",
      "/organizations/sample",
      "/coverage",
      "/en/coverage",
    ])
      expect(sharedCacheControl(page({ pathname })), pathname).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    expect(sharedCacheControl(page({ method: "HEAD" }))).toBe(PUBLIC_PAGE_CACHE_CONTROL);
  });

  it("never makes staff pages, personal or failed responses shareable", () => {
    const refused: Partial<CachePolicyInput>[] = [
      { pathname: "/admin" },
      { pathname: "/admin/organizations/1" },
      { pathname: "/en/admin" },
      { pathname: "/s/abc" },
      { pathname: "/report" },
      { pathname: "/suggest" },
      { pathname: "/organizations.csv" },
      { pathname: "/api/hsds/organizations" },
      { pathname: "/needs/a/b" },
      { hasCookie: true },
      { setsCookie: true },
      { method: "POST" },
      { status: 404 },
      { status: 503 },
      { cacheControl: "no-store" },
    ];
    for (const over of refused) expect(sharedCacheControl(page(over)), JSON.stringify(over)).toBeNull();
  });
});
