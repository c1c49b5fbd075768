import { describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { exportResponse } from "./export-response";

const database = setupTestDatabase();

const withCookie = (cookie: string) => new Request("http://localhost/admin/export/need", { headers: { cookie } });

describe("the staff export's cookie reading", () => {
  it("answers 401, not a crash, to malformed and hostile cookies", async () => {
    for (const cookie of [
      `${SESSION_COOKIE}=%E4%B8`,
      `${SESSION_COOKIE}=%`,
      `${SESSION_COOKIE}`,
      `;;;=;${SESSION_COOKIE}==x`,
      `${SESSION_COOKIE}=${"a".repeat(5000)}`,
      `${SESSION_COOKIE}=%00`,
    ]) {
      const response = await exportResponse(withCookie(cookie), "need", database.prisma);
      expect(response.status, cookie.slice(0, 40)).toBe(401);
    }
  });
});
