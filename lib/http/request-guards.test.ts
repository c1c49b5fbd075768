import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES } from "./limits";
import { refuseRequest } from "./request-guards";

const post = (headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3000/admin/import", { method: "POST", headers });

describe("requests refused before they reach an action", () => {
  it("refuses a server action posted from another origin with 403", async () => {
    const refused = refuseRequest(post({ "next-action": "abc", origin: "https://evil.example" }), ["127.0.0.1:3000"]);
    expect(refused?.status).toBe(403);
    expect(await refused?.text()).toContain("只能从本网站提交");
    expect(refuseRequest(post({ "next-action": "abc", origin: "null" }), ["127.0.0.1:3000"])?.status).toBe(403);
  });

  it("lets the site's own actions and other requests through", () => {
    const hosts = ["127.0.0.1:3000", "navigator.example.org"];
    expect(refuseRequest(post({ "next-action": "abc", origin: "http://127.0.0.1:3000" }), hosts)).toBeNull();
    expect(refuseRequest(post({ "next-action": "abc", origin: "https://navigator.example.org" }), hosts)).toBeNull();
    expect(refuseRequest(post({ origin: "https://evil.example" }), hosts)).toBeNull();
    expect(
      refuseRequest(new Request("http://127.0.0.1:3000/", { headers: { origin: "https://evil.example" } }), hosts),
    ).toBeNull();
  });

  it("refuses a body over the limit with 413, and accepts one at the limit", () => {
    const hosts = ["127.0.0.1:3000"];
    expect(refuseRequest(post({ "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }), hosts)?.status).toBe(413);
    expect(refuseRequest(post({ "content-length": String(ACTION_BODY_LIMIT_BYTES) }), hosts)).toBeNull();
  });
});
