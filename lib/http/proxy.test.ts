import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const staffPage = (cookie?: string) =>
  proxy(new NextRequest("http://127.0.0.1:3000/admin/records", cookie ? { headers: { cookie } } : undefined));

describe("the proxy's staff-page shortcut", () => {
  it("sends a request without a session cookie to sign-in", () => {
    const response = staffPage();
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/admin/sign-in");
  });
  it("lets the production (__Host-) session cookie through to the page's own session check", () => {
    const response = staffPage("__Host-navigator_staff_session=token");
    expect(response.headers.get("location")).toBeNull();
    expect(response.status).toBe(200);
  });
  it("lets the plain (development, loopback) session cookie through", () => {
    expect(staffPage("navigator_staff_session=token").headers.get("location")).toBeNull();
  });
});
