import { describe, expect, it } from "vitest";
import { adminReturnPath } from "./return-path";

describe("adminReturnPath", () => {
  it("keeps paths inside the staff area", () => {
    for (const path of ["/admin", "/admin/organization?page=2", "/admin/need/3#history", "/admin?forbidden=1"])
      expect(adminReturnPath(path)).toBe(path);
  });

  it("sends anything else to the overview", () => {
    for (const path of [
      "https://evil.example/admin",
      "//evil.example/admin",
      "/admin//evil.example",
      "/admin/\\evil.example",
      "/administrator",
      "/admin.evil.example",
      "/organizations",
      "evil/admin/x",
      "/admin/\u0000x",
      "/admin\n/x",
      "",
    ])
      expect(adminReturnPath(path), JSON.stringify(path)).toBe("/admin");
    expect(adminReturnPath(null)).toBe("/admin");
    expect(adminReturnPath(new File([], "x"))).toBe("/admin");
  });
});
