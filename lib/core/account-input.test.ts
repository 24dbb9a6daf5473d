import { describe, expect, it } from "vitest";
import { passwordChangeSchema } from "./account-input";

const fresh = "a brand new passphrase";

describe("passwordChangeSchema", () => {
  it.each([
    ["a good change", { currentPassword: "old password", newPassword: fresh, confirmPassword: fresh }, []],
    ["no current password", { currentPassword: "", newPassword: fresh, confirmPassword: fresh }, ["currentPassword"]],
    ["a new password of 11 characters", { currentPassword: "old password", newPassword: "x".repeat(11), confirmPassword: "x".repeat(11) }, ["newPassword"]],
    ["a new password of 12 characters", { currentPassword: "old password", newPassword: "x".repeat(12), confirmPassword: "x".repeat(12) }, []],
    ["a new password of 201 characters", { currentPassword: "old password", newPassword: "x".repeat(201), confirmPassword: "x".repeat(201) }, ["newPassword"]],
    ["a repeat that differs", { currentPassword: "old password", newPassword: fresh, confirmPassword: `${fresh} ` }, ["confirmPassword"]],
    ["the current password again", { currentPassword: fresh, newPassword: fresh, confirmPassword: fresh }, ["newPassword"]],
  ])("%s", (_label, input, fields) => {
    const result = passwordChangeSchema.safeParse(input);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join("."))).toEqual(fields);
  });
});
