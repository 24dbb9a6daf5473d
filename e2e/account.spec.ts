import { expect, test, type Browser, type Page } from "@playwright/test";
import { TEST_PASSWORD, insertTestUsers, signInAs } from "./support/users";

// The test makes its own viewer in the browser tests' database (never a demo account).
const stamp = Date.now();
const email = `e2e-account-${stamp}@example.org`;
const password = TEST_PASSWORD;

// Its own users for the session tests: one whose password changes, one who signs out everywhere.
const changer = `e2e-password-${stamp}@example.org`;
const traveller = `e2e-sessions-${stamp}@example.org`;

test.beforeAll(() =>
  insertTestUsers([
    { id: `e2e_account_${stamp}`, email, name: "E2E Account Viewer", role: "VIEWER" },
    { id: `e2e_password_${stamp}`, email: changer, name: "E2E Password Changer", role: "VIEWER" },
    { id: `e2e_sessions_${stamp}`, email: traveller, name: "E2E Traveller", role: "ANALYST" },
  ]),
);

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
  await expect(page.locator("a.session-user")).toHaveAttribute("href", "/en/account");
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

/** Another browser (its own cookies), signed in as `who` on /account. */
async function anotherBrowser(browser: Browser, who: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, who, "/account");
  return page;
}

/** The page now treats its browser as signed out: /account sends it to sign in. */
async function expectSignedOut(page: Page) {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
}

test("signing out ends the session on the server: a copy of the cookie, and a page opened before, can no longer write", async ({ page, browser }) => {
  // Several browsers, each signing in (a deliberately slow password check): more than the default 30 s.
  test.setTimeout(120_000);
  await signIn(page, "/account");
  // A second browser holding a copy of the same cookie, with the account page open.
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  const stale = await copy.newPage();
  await stale.goto("/account");
  await expect(stale.getByTestId("account-email")).toHaveText(email);

  await page.goto("/sign-out");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("a.session-link")).toHaveText("Sign in");

  // The page opened before signing out submits a server action with the old cookie: refused.
  await stale.getByLabel("Name").fill("after sign-out");
  await stale.getByRole("button", { name: "Create token" }).click();
  await expect(stale.locator(".notice-error")).toHaveText("Sign in to do this.");
  await expect(stale.getByTestId("new-token")).toHaveCount(0);
  await expectSignedOut(stale);
  await copy.close();
});

test("an analyst signs out everywhere else (this browser stays), then everywhere (this one too)", async ({ page, browser }) => {
  // Several browsers, each signing in (a deliberately slow password check): more than the default 30 s.
  test.setTimeout(120_000);
  await signInAs(page, traveller, "/account");
  const elsewhere = await anotherBrowser(browser, traveller);
  await page.reload();
  await expect(page.getByTestId("session-count")).toContainText("signed in in 2 sessions: this browser and 1 other");

  await page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(page.getByTestId("sessions-ended")).toHaveText("Signed out of 1 session elsewhere. You are still signed in here.");
  await expect(page.getByTestId("session-count")).toContainText("You are signed in only here");
  await expectSignedOut(elsewhere);
  // This browser is still signed in.
  await page.reload();
  await expect(page.getByTestId("account-email")).toHaveText(traveller);

  const again = await anotherBrowser(browser, traveller);
  await page.getByRole("button", { name: "Sign out everywhere, here too" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount&signedOut=everywhere$/);
  await expect(page.getByText("You are signed out everywhere, on this browser too.")).toBeVisible();
  await expect(page.locator("a.session-link")).toHaveText("Sign in");
  await expectSignedOut(page);
  await expectSignedOut(again);
  await elsewhere.context().close();
  await again.context().close();
});

test("a viewer changes their password: a wrong current one is refused beside its field, then the change signs out the other browsers", async ({ page, browser }) => {
  // Several browsers, each signing in (a deliberately slow password check): more than the default 30 s.
  test.setTimeout(120_000);
  await signInAs(page, changer, "/account");
  const elsewhere = await anotherBrowser(browser, changer);
  await page.reload();
  const fresh = "a completely new passphrase";

  // Refused: the current password is wrong. Named beside its field; no password is sent back.
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("Repeat the new password").fill(fresh);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#current-password-error")).toHaveText("Your current password is not right.");
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  for (const label of ["Current password", "New password", "Repeat the new password"]) await expect(page.getByLabel(label, { exact: true })).toHaveValue("");
  await expect(page.getByTestId("password-changed")).toHaveCount(0);

  // Refused: too short (user:create's rule) and not repeated alike, both named.
  await page.getByLabel("Current password").fill(TEST_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Repeat the new password").fill("shorter");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#new-password-error")).toHaveText("The new password must be at least 12 characters.");
  await expect(page.locator("#current-password-error")).toHaveCount(0);

  // The other browser is still signed in: nothing changed yet.
  await elsewhere.reload();
  await expect(elsewhere.getByTestId("account-email")).toHaveText(changer);

  await page.getByLabel("Current password").fill(TEST_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("Repeat the new password").fill(fresh);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("password-changed")).toHaveText("Your password is changed. Signed out of 1 other session. You are still signed in here.");
  await expectSignedOut(elsewhere);
  await page.reload();
  await expect(page.getByTestId("account-email")).toHaveText(changer);

  // The old password no longer signs in; the new one does.
  const fresher = await (await browser.newContext()).newPage();
  await fresher.goto("/sign-in?callbackUrl=%2Faccount");
  await fresher.locator('form.sign-in-form[data-ready="true"]').waitFor();
  await fresher.getByLabel("E-mail").fill(changer);
  await fresher.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
  await fresher.getByRole("button", { name: "Sign in" }).click();
  await expect(fresher.locator("#sign-in-error")).toContainText("The e-mail address or the password is wrong.");
  await fresher.getByLabel("Password", { exact: true }).fill(fresh);
  await fresher.getByRole("button", { name: "Sign in" }).click();
  await expect(fresher).toHaveURL(/\/account$/);
  await elsewhere.context().close();
  await fresher.context().close();
});

test("times show in Kyiv's zone until a user chooses another on /account, each with its offset", async ({ page }) => {
  const historyTimes = async () => {
    await page.goto("/rules/ukraine-ecocide/history");
    return page.locator(".history-entry time").first().innerText();
  };
  await signIn(page, "/account");
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("Europe/Kyiv");
  // Kyiv is UTC+2 in winter and UTC+3 in summer.
  expect(await historyTimes()).toMatch(/ UTC\+[23]$/);

  await page.goto("/account");
  await page.getByLabel("Time zone", { exact: true }).selectOption("UTC");
  await page.getByRole("button", { name: "Save the time zone" }).click();
  await expect(page.getByTestId("time-zone-saved")).toContainText("Times are now shown in UTC");
  expect(await historyTimes()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);

  await page.goto("/account");
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("UTC");
  await page.getByLabel("Time zone", { exact: true }).selectOption("Europe/Kyiv");
  await page.getByRole("button", { name: "Save the time zone" }).click();
  await expect(page.getByTestId("time-zone-saved")).toContainText("Europe/Kyiv");
});
