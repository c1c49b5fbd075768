import { describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/log/logger";
import { ForbiddenError, NotSignedInError, type StaffSession, requireStaff } from "./roles";

const staff = (role: StaffSession["role"]): StaffSession => ({
  userId: 1,
  email: "staff@example.org",
  name: "Staff",
  role,
  tokenHash: "hash",
});

describe("requireStaff", () => {
  it("refuses anyone not signed in, whatever the operation", () => {
    for (const session of [null, undefined]) {
      expect(() => requireStaff(session)).toThrow(NotSignedInError);
      expect(() => requireStaff(session, "ADMIN")).toThrow(NotSignedInError);
    }
  });

  it("lets editors and admins do editors' work", () => {
    expect(requireStaff(staff("EDITOR")).role).toBe("EDITOR");
    expect(requireStaff(staff("ADMIN"), "EDITOR").role).toBe("ADMIN");
  });

  it("keeps admin operations to admins", () => {
    expect(() => requireStaff(staff("EDITOR"), "ADMIN")).toThrow(ForbiddenError);
    expect(requireStaff(staff("ADMIN"), "ADMIN").userId).toBe(1);
  });

  it("logs an editor's refused admin operation as a security event, and nothing for allowed ones", () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    try {
      requireStaff(staff("ADMIN"), "ADMIN");
      requireStaff(staff("EDITOR"));
      expect(warn).not.toHaveBeenCalled();
      expect(() => requireStaff(staff("EDITOR"), "ADMIN")).toThrow(ForbiddenError);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]).toEqual([
        { event: "access-denied", email: "staff@example.org", actorId: 1, role: "EDITOR", required: "ADMIN" },
        "security event",
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it("tell the two refusals apart by name and message in the server log", () => {
    expect(new NotSignedInError()).toMatchObject({ name: "NotSignedInError", message: "Sign in to continue." });
    expect(new ForbiddenError()).toMatchObject({ name: "ForbiddenError", message: "Your role does not allow this." });
  });
});
