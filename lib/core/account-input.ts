/** Account input, shared by the sign-in form, the user:create command and (later) the admin pages. */
import { z } from "zod";

export const ROLES = ["VIEWER", "ANALYST", "ADMIN"] as const;
export const MIN_PASSWORD_LENGTH = 12;

export const email = z.string().trim().toLowerCase().pipe(z.email({ message: "must be an e-mail address" }));
export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(200, { message: "must be at most 200 characters" });

export const signInSchema = z.object({ email, password: z.string().min(1, { message: "is required" }).max(200) });

export const newUserSchema = z.object({
  email,
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES, { message: `must be one of ${ROLES.join(", ").toLowerCase()}` }),
  password: newPassword,
});

/**
 * The account page's password change. The new password follows the same rules as `user:create`'s;
 * it is typed twice, and must differ from the current one.
 */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, { message: "is required" }).max(200, { message: "must be at most 200 characters" }),
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((p) => p.confirmPassword === p.newPassword, { path: ["confirmPassword"], message: "does not match the new password" })
  .refine((p) => p.newPassword !== p.currentPassword, { path: ["newPassword"], message: "must differ from the current password" });

export type PasswordChangeField = "currentPassword" | "newPassword" | "confirmPassword";

/** How the form names each field in a sentence ("The new password must be at least 12 characters."). */
export const PASSWORD_CHANGE_LABELS: Record<PasswordChangeField, string> = {
  currentPassword: "Your current password",
  newPassword: "The new password",
  confirmPassword: "The repeated new password",
};
