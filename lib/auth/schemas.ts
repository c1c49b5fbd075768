import { z } from "zod";
import { requiredText } from "@/lib/forms/field-errors";
import { isCommonPassword } from "./common-passwords";
import { MIN_PASSWORD_LENGTH } from "./password";

const email = z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.email().max(200));
const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH)
  .max(200)
  .refine((value) => !isCommonPassword(value), { message: "commonPassword" });

export const signInSchema = z.object({ email, password: z.string().min(1).max(200) });

export const staffAccountSchema = z.object({
  email,
  name: requiredText(120),
  role: z.enum(["ADMIN", "EDITOR"]),
  password: newPassword,
});

export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "passwordsDiffer", path: ["confirmPassword"] });
