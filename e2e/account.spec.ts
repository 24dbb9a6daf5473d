import { expect, test, type Page } from "@playwright/test";
import { TEST_PASSWORD, insertTestUsers, signInAs } from "./support/users";

// The test makes its own viewer in the browser tests' database (never a demo account).
const stamp = Date.now();
const email = `e2e-account-${stamp}@example.org`;
const password = TEST_PASSWORD;

test.beforeAll(() => insertTestUsers([{ id: `e2e_account_${stamp}`, email, name: "E2E Account Viewer", role: "VIEWER" }]));

const signIn = (page: Page, callbackUrl: string) => signInAs(page, email, callbackUrl);

test("the account page asks an anonymous visitor to sign in, and comes back after", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$|\/sign-in\?callbackUrl=\/account$/);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
});

test("GET /api/v1/me without credentials is a 401", async ({ request }) => {
  const response = await request.get("/api/v1/me");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthenticated");
});

test("a viewer creates an API token, sees it once, uses it, revokes it, and it stops working", async ({ page, request }) => {
  await signIn(page, "/account");
  // The header's name leads to the account page.
  await expect(page.locator("a.session-user")).toHaveAttribute("href", "/account");
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await expect(page.getByTestId("account-role")).toContainText("Viewer");
  await expect(page.getByRole("link", { name: "Audit trail" })).toHaveCount(0);

  // A bad expiry is refused beside the field, keeping what was typed.
  await page.getByLabel("Name").fill("nightly export");
  await page.getByLabel("Expires after (days)").fill("400");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.locator("#token-days-error")).toContainText("from 1 to 366");
  await expect(page.getByLabel("Name")).toHaveValue("nightly export");
  await expect(page.getByLabel("Expires after (days)")).toHaveValue("400");
  await expect(page.getByTestId("new-token")).toHaveCount(0);

  await page.getByLabel("Expires after (days)").fill("30");
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("new-token");
  await expect(shown).toBeVisible();
  await expect(page.getByText("It will not be shown again.")).toBeVisible();
  const token = (await shown.textContent())!.trim();
  expect(token).toMatch(/^tat_[\w-]{20,}$/);
  await expect(page.locator("pre")).toContainText(`Authorization: Bearer ${token}`);
  const row = page.getByTestId("token-row").filter({ hasText: "nightly export" });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row.getByTestId("token-status")).toHaveText("Active");

  // The token works for a script (the request fixture carries no browser cookies).
  const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email, role: "viewer" });

  // Shown once: after a reload only the prefix is left, and the use is recorded.
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(row.locator("td").nth(2)).not.toHaveText("Never");

  await row.getByRole("button", { name: /Revoke/ }).click();
  await expect(row.getByTestId("token-status")).toContainText("Revoked");
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);

  const after = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
  expect(JSON.stringify(await after.json())).not.toContain(token);
});
