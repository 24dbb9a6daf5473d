/**
 * Jurisdiction rules are data an admin changes in the browser: the admin pages create and edit a
 * rule through saveRule, refusals keep what was typed, and the answers change at once. The test
 * makes its own rule (Ukraine's national courts in the Sudan situation, where no seeded rule of theirs
 * reaches) so the seeded answers other specs expect never change, and soft-deletes it at the end.
 */
import { expect, test, type Page } from "@playwright/test";
import { e2eSql, insertTestUsers, signInAs } from "./support/users";

const stamp = `${Date.now()}`;
const admin = { email: `e2e-admin-${stamp}@example.org`, name: "E2E Admin" };
const viewer = { email: `e2e-viewer-${stamp}@example.org`, name: "E2E Viewer" };
const slug = `e2e-sudan-domestic-aggression-${stamp}`;
const today = new Date().toISOString().slice(0, 10);
const whichForum = `/which-forum?crime=aggression&accused=natural&level=top-leadership&mode=direct&situation=sudan&asOf=${today}`;


test.beforeAll(() =>
  insertTestUsers([
    { id: `e2e_admin_${stamp}`, ...admin, role: "ADMIN" },
    { id: `e2e_viewer_${stamp}`, ...viewer, role: "VIEWER" },
  ]),
);

test.afterAll(async () => {
  if (!process.env.E2E_DATABASE_URL) return;
  // The rule is the test's own: take it out of the answers and the counts other specs check.
  await e2eSql(`update "JurisdictionRule" set "deletedAt" = now() where slug = $1`, [slug]);
});

const signIn = signInAs;

async function domesticStatus(page: Page) {
  await page.goto(whichForum);
  return page.locator('section.forum-answer[data-forum="ukraine-domestic"] .forum-answer-head .forum-status').getAttribute("data-status");
}

test("an anonymous visitor is sent to sign in; a viewer is refused", async ({ page }) => {
  await page.goto("/admin/rules");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Frules$/);

  await signIn(page, viewer.email, "/admin/rules");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrators only");
  await expect(page.getByRole("link", { name: "New rule" })).toHaveCount(0);
  await page.goto("/admin/rules/special-tribunal-leadership-aggression/edit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrators only");
  await page.goto("/forums/special-tribunal");
  await expect(page.getByRole("link", { name: "Edit this rule" })).toHaveCount(0);
});

test("an admin creates a conditional rule, fixes refused input without losing it, turns it into covers, and the answer changes", async ({ page }) => {
  test.setTimeout(90_000);
  // No rule recorded: the tracker's silence.
  expect(await domesticStatus(page)).toBe("unknown");

  await signIn(page, admin.email, "/admin/rules");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jurisdiction rules");
  await expect(page.locator("#row-special-tribunal-leadership-aggression")).toBeVisible();
  await page.getByRole("link", { name: "New rule" }).click();
  await expect(page).toHaveURL(/\/admin\/rules\/new$/);

  // A conditional rule without its condition, valid until before it starts: refused, beside the fields.
  const summary = "E2E test rule: Ukraine's national courts would try leadership aggression in the Sudan situation.";
  await page.locator("#field-slug").fill(slug);
  await page.locator("#field-forum").selectOption("ukraine-domestic");
  await page.locator("#field-situation").selectOption("sudan");
  await page.getByRole("radio", { name: /Conditional/ }).check();
  await page.locator("#field-summary").fill(summary);
  await page.locator('input[name="crimes"][value="aggression"]').check();
  await page.locator('input[name="accusedKinds"][value="natural"]').check();
  await page.locator('input[name="levels"][value="top-leadership"]').check();
  await page.locator("#field-validFrom").fill("2025");
  await page.locator("#field-validTo").fill("2024-12");
  await page.locator("#field-provision").selectOption("st-jurisdiction-aggression");
  await page.locator("#field-source").selectOption("coe-special-tribunal-agreement");
  await page.getByRole("button", { name: "Create the rule" }).click();

  await expect(page.locator("#rule-form-errors")).toContainText("The rule was not saved");
  await expect(page.locator("#field-condition-error")).toContainText("is required for a conditional rule");
  await expect(page.locator("#field-conditionKind-error")).toContainText("“Kind of condition” is required for a conditional rule");
  await expect(page.locator("#field-conditionKind-error")).toContainText("“A fact about the case”, “The forum is not yet operational”, “A date known only to the month or year”");
  await expect(page.locator("#field-validTo-error")).toContainText("“Valid until” is before “Valid from”");
  await expect(page.locator("#field-summary")).toHaveValue(summary);
  await expect(page.locator("#field-slug")).toHaveValue(slug);
  await expect(page.locator("#field-situation")).toHaveValue("sudan");
  await expect(page.locator('input[name="levels"][value="top-leadership"]')).toBeChecked();
  await expect(page.locator("#field-validTo")).toHaveValue("2024-12");

  await page.locator("#field-condition").fill("Only if the Security Council referred the situation (an E2E test condition).");
  await page.getByRole("radio", { name: /A fact about the case/ }).check();
  await page.locator("#field-validTo").fill("");
  // The conduct reached, given backwards: refused, naming the field.
  await page.locator("#field-conductFrom").fill("2023-03");
  await page.locator("#field-conductTo").fill("2022");
  await page.getByRole("button", { name: "Create the rule" }).click();
  await expect(page.locator("#field-conductTo-error")).toContainText("“Conduct until” is before “Conduct from”");
  await expect(page.getByRole("radio", { name: /A fact about the case/ })).toBeChecked();
  await page.locator("#field-conductTo").fill("");
  await page.getByRole("button", { name: "Create the rule" }).click();
  await expect(page).toHaveURL(/\/admin\/rules\?saved=/);
  await expect(page.locator("#rule-saved")).toContainText(`Rule ${slug} created`);
  await expect(page.locator(`#row-${slug}`)).toContainText("Conditional");
  expect(await domesticStatus(page)).toBe("conditional");

  // The admin edits it: the form shows the rule as saved, and what it currently says below.
  await page.goto("/forums/ukraine-domestic");
  await page.locator(`#rule-${slug}`).getByRole("link", { name: "Edit this rule" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/rules/${slug}/edit$`));
  await expect(page.locator("#field-slug")).toHaveAttribute("readonly", "");
  await expect(page.getByRole("heading", { name: "What this rule currently says" })).toBeVisible();
  await expect(page.locator(`#rule-${slug}`)).toContainText("E2E test condition");
  await expect(page.locator(`#rule-${slug}`)).toContainText("A fact about the case");
  await expect(page.locator(`#rule-${slug}`)).toContainText("Conduct from March 2023 onwards");
  await expect(page.locator("#field-conductFrom")).toHaveValue("2023-03");

  await page.getByRole("radio", { name: /Covers/ }).check();
  await page.getByRole("button", { name: "Save the rule" }).click();
  // Covers with a condition and its kind left in: refused, and both are kept for the admin to clear.
  await expect(page.locator("#field-condition-error")).toContainText("applies only to a conditional rule");
  await expect(page.locator("#field-conditionKind-error")).toContainText("applies only to a conditional rule");
  await expect(page.getByRole("radio", { name: /Covers/ })).toBeChecked();
  await page.locator("#field-condition").fill("");
  await page.getByRole("radio", { name: /^None/ }).check();
  // Without its limit on conduct, the rule covers whenever the conduct took place.
  await page.locator("#field-conductFrom").fill("");
  await page.getByRole("button", { name: "Save the rule" }).click();
  await expect(page.locator("#rule-saved")).toContainText(`Rule ${slug} saved (now version 2)`);
  await expect(page.locator(`#row-${slug}`)).toContainText("Covers");

  expect(await domesticStatus(page)).toBe("covers");
  await expect(page.locator('section.forum-answer[data-forum="ukraine-domestic"]')).toContainText(summary);
});

test("a stale edit is refused as a conflict, keeping the admin's text", async ({ page }) => {
  await signIn(page, admin.email, `/admin/rules/${slug}/edit`);
  const stale = "A summary typed while someone else saved the rule.";
  await page.locator("#field-summary").fill(stale);
  // Someone else saves the rule meanwhile.
  await e2eSql(`update "JurisdictionRule" set version = version + 1 where slug = $1`, [slug]);
  await page.getByRole("button", { name: "Save the rule" }).click();
  await expect(page.locator("#rule-form-conflict")).toContainText("Someone else changed this rule");
  await expect(page.locator("#rule-form-conflict").getByRole("link", { name: /current version/ })).toHaveAttribute("href", `/en/admin/rules/${slug}/edit`);
  await expect(page.locator("#field-summary")).toHaveValue(stale);
});
