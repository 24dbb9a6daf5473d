import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../lib/server/passwords";

// Its own admin and viewer in the browser tests' database (never demo accounts).
const stamp = Date.now();
const admin = { email: `e2e-audit-admin-${stamp}@example.org`, name: "E2E Audit Admin", role: "ADMIN" };
const viewer = { email: `e2e-audit-viewer-${stamp}@example.org`, name: "E2E Audit Viewer", role: "VIEWER" };
const password = "a long enough test password";

test.beforeAll(async () => {
  const url = process.env.E2E_DATABASE_URL;
  test.skip(!url, "needs E2E_DATABASE_URL (set by npm test)");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const u of [admin, viewer]) {
      await client.query(
        `insert into "User" (id, email, name, role, "passwordHash", "createdAt", "updatedAt") values ($1, $2, $3, $4, $5, now(), now())`,
        [`e2e_${u.role.toLowerCase()}_${stamp}`, u.email, u.name, u.role, await hashPassword(password)],
      );
    }
  } finally {
    await client.end();
  }
});

async function signIn(page: Page, who: { email: string }, callbackUrl: string) {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test("an anonymous visitor is sent to sign in", async ({ page }) => {
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});

test("a viewer is refused, with the reason", async ({ page }) => {
  await signIn(page, viewer, "/admin/audit");
  await expect(page.getByTestId("audit-refusal")).toContainText("Only administrators can read the audit trail");
  await expect(page.getByTestId("audit-refusal")).toContainText("you are signed in as viewer");
  await expect(page.getByTestId("audit-table")).toHaveCount(0);
});

test("an admin browses the seed's creations, filters, pages back, and reads a diff", async ({ page }) => {
  await signIn(page, admin, "/account");
  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);

  await page.getByLabel("Action").selectOption("CREATE");
  await page.getByLabel("Who").selectOption("system");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=CREATE/);
  await expect(page).toHaveURL(/actor=system/);
  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toContainText("Created");
  // The seed's own events say so (the operator's user:create, also "system", may come first).
  await expect(page.getByTestId("audit-table")).toContainText("reference data (seed)");

  const firstPage = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
  await page.getByRole("link", { name: /Older events/ }).click();
  await expect(page).toHaveURL(/before=\d+/);
  const secondPage = await page.getByTestId("audit-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
  expect(Number(secondPage[0])).toBeLessThan(Number(firstPage.at(-1)));

  // A milestone's creation links to its page; the diff opens without JavaScript (<details>).
  await page.goto("/admin/audit?entity=Milestone&action=CREATE");
  const row = page.getByTestId("audit-row").first();
  await expect(row.getByRole("link").first()).toHaveAttribute("href", /^\/milestones\/[\w-]+$/);
  await row.locator("summary").click();
  await expect(row.locator("table")).toContainText("title");

  // An unknown value is named with the allowed values, never a 500.
  const response = await page.goto("/admin/audit?entity=Wizard&action=PURGE");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "entity=Wizard" })).toContainText("Milestone");
  await expect(page.getByRole("status").filter({ hasText: "action=PURGE" })).toContainText("CREATE");
});
