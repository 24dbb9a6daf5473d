import { expect, test, type Page } from "@playwright/test";
import { insertTestUsers, signInAs } from "./support/users";

// Its own admin and viewer in the browser tests' database (never demo accounts).
const stamp = Date.now();
const admin = { email: `e2e-audit-admin-${stamp}@example.org`, name: "E2E Audit Admin", role: "ADMIN" as const };
const viewer = { email: `e2e-audit-viewer-${stamp}@example.org`, name: "E2E Audit Viewer", role: "VIEWER" as const };

test.beforeAll(() => insertTestUsers([admin, viewer].map((u) => ({ ...u, id: `e2e_${u.role.toLowerCase()}_${stamp}` }))));

const signIn = (page: Page, who: { email: string }, callbackUrl: string) => signInAs(page, who.email, callbackUrl);

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
  // The newest creations may be of milestones deleted since (by other specs), which have no page.
  const row = page.getByTestId("audit-row").filter({ has: page.locator('a[href^="/en/milestones/"]') }).first();
  await expect(row.getByRole("link").first()).toHaveAttribute("href", /^\/en\/milestones\/[\w-]+$/);
  await row.locator("summary").click();
  await expect(row.locator("table")).toContainText("title");

  // An unknown value is named with the allowed values, never a 500.
  const response = await page.goto("/admin/audit?entity=Wizard&action=PURGE");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "entity=Wizard" })).toContainText("Milestone");
  await expect(page.getByRole("status").filter({ hasText: "action=PURGE" })).toContainText("CREATE");
});
