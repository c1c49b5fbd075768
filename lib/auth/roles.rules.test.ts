import { describe, expect, it } from "vitest";
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

  it("tell the two refusals apart by name and message in the server log", () => {
    expect(new NotSignedInError()).toMatchObject({ name: "NotSignedInError", message: "Sign in to continue." });
    expect(new ForbiddenError()).toMatchObject({ name: "ForbiddenError", message: "Your role does not allow this." });
  });
});
