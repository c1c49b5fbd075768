import { describe, expect, it } from "vitest";
import { type CachePolicyInput, PUBLIC_PAGE_CACHE_CONTROL, sharedCacheControl, varyHeader } from "./cache-policy";

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

describe("Vary for shared caches", () => {
  const next = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

  it("keys a coverage view drawn for the device on the headers that pick its layout, keeping Next.js's", () => {
    for (const pathname of ["/coverage", "/en/coverage", "/coverage/"]) {
      for (const search of ["", "region=510000", "layout=wide", "focus=safety-protection&layout="])
        expect(varyHeader(pathname, search, next), `${pathname}?${search}`).toBe(
          `${next}, Sec-CH-UA-Mobile, User-Agent`,
        );
    }
    expect(varyHeader("/coverage", "", undefined)).toBe("Sec-CH-UA-Mobile, User-Agent");
    expect(varyHeader("/coverage", "", "user-agent")).toBe("user-agent, Sec-CH-UA-Mobile");
    expect(varyHeader("/coverage", "", "*")).toBeNull();
  });

  it("leaves a view whose URL names its layout, and every other page, as the app sent it", () => {
    for (const search of ["layout=list", "layout=table&region=510000", "layout=table&layout=list"])
      expect(varyHeader("/coverage", search, next), search).toBeNull();
    for (const pathname of ["/", "/organizations", "/coverage/export", "/en/coverage.csv", "/needs/coverage"])
      expect(varyHeader(pathname, "", next), pathname).toBeNull();
  });
});
