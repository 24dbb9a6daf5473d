import { expect, test } from "@playwright/test";
import { TEST_PASSWORD, insertTestUsers } from "./support/users";

// The test builds its own user in the browser tests' database (never a demo account).
const email = `e2e-analyst-${Date.now()}@example.org`;
const password = TEST_PASSWORD;

test.beforeAll(() => insertTestUsers([{ id: `e2e_${Date.now()}`, email, name: "E2E Analyst", role: "ANALYST" }]));

test("a wrong password is refused beside the form, keeping the e-mail typed", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#sign-in-error")).toHaveText("The e-mail address or the password is wrong.");
  await expect(page.getByLabel("E-mail")).toHaveValue(email);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("an analyst signs in, sees who they are in the header, and signs out", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=/coverage");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/coverage$/);
  await expect(page.locator(".session-user")).toHaveText("E2E Analyst (analyst)");
  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});
