/**
 * An analyst records a case with a new accused and a command-responsibility charge (after a refusal
 * that keeps what was typed), records a stage change (after the stage rules refuse an impossible
 * one, saying why), records a second case against the same accused before another forum, and reads
 * the accused's page: their proceedings before every forum, side by side. Every record is synthetic
 * demo data with a unique name; the analyst is created by the test.
 */
import { expect, test, type Page } from "@playwright/test";
import { insertTestUsers, signInAs } from "./support/users";

const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const email = `e2e-cases-${stamp}@example.org`;
const title = `E2E case ${stamp}`;
const accusedName = `E2E Colonel ${stamp}`;

const adminEmail = `e2e-cases-admin-${stamp}@example.org`;

test.beforeAll(() =>
  insertTestUsers([
    { id: `e2e_cases_${stamp}`, email, name: "E2E Case Analyst", role: "ANALYST" },
    { id: `e2e_cases_admin_${stamp}`, email: adminEmail, name: "E2E Case Admin", role: "ADMIN" },
  ]),
);

const signIn = (page: Page, callbackUrl: string) => signInAs(page, email, callbackUrl);

test("anonymous visitors are sent to sign in before the case form", async ({ page }) => {
  await page.goto("/cases/new");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcases%2Fnew$/);
});

test("an analyst records a case, moves it through a stage, and sees the accused before two forums", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "/cases/new");
  await expect(page.getByRole("heading", { level: 1, name: "Record a case" })).toBeVisible();

  await page.locator("#field-title").fill(title);
  await page.locator("#field-forum").selectOption("icc");
  await page.locator("#field-situation").selectOption("ukraine");
  await page.locator("#field-isSynthetic").check();
  await page.locator("#stage-stage").selectOption("WARRANT_OR_NOTICE_OF_SUSPICION");
  await page.locator("#stage-date").fill("2024-03");
  await page.locator("#accused-0-name").fill(accusedName);
  await page.locator("#accused-0-nameUkrainian").fill("Полковник Тест");
  await page.locator("#accused-0-kind").selectOption("natural");
  await page.locator("#accused-0-rank").fill("Colonel");
  await page.locator("#accused-0-level").selectOption("field-grade");
  await page.locator("#charge-0-crime").selectOption("war-crimes");
  // A knowledge standard on a direct charge: refused beside the field.
  await page.locator("#charge-0-mode").selectOption("direct");
  await page.locator("#charge-0-provisionCited").fill("Article 8(2)(b)(ii) and Article 28 of the Rome Statute");
  await page.locator("#charge-0-knowledgeStandard").selectOption("SHOULD_HAVE_KNOWN");
  await page.getByRole("button", { name: "Record case" }).click();

  await expect(page.locator("#form-error")).toContainText("Nothing was saved");
  await expect(page.locator("#charge-0-knowledgeStandard-error")).toContainText("applies only to command responsibility");
  await expect(page.locator("#field-title")).toHaveValue(title);
  await expect(page.locator("#accused-0-name")).toHaveValue(accusedName);
  await expect(page.locator("#accused-0-level")).toHaveValue("field-grade");
  await expect(page.locator("#charge-0-provisionCited")).toHaveValue("Article 8(2)(b)(ii) and Article 28 of the Rome Statute");

  // "Add another source" shows one more row and keeps everything typed.
  await page.getByRole("button", { name: "Add another source" }).click();
  await expect(page.locator("#source-1-title")).toBeVisible();
  await expect(page.locator("#accused-0-name")).toHaveValue(accusedName);

  await page.locator("#charge-0-mode").selectOption("command-responsibility");
  await page.getByRole("checkbox", { name: "Failed to prevent" }).check();
  await page.getByRole("checkbox", { name: "Failed to repress" }).check();
  await page.locator("#source-0-title").fill("A synthetic test source");
  await page.locator("#source-0-url").fill("https://example.org/e2e-case");
  // A recorded source cited from the picker, with the article it was found by; what was typed stays.
  await page.getByLabel("Cite a recorded source").fill("article 28");
  await page.getByRole("button", { name: /^Cite for Article 28 / }).first().click();
  await expect(page.locator("#source-1")).toContainText("Rome Statute of the International Criminal Court");
  await expect(page.locator("#source-1-locator")).toHaveValue("Article 28");
  await expect(page.locator("#source-0-title")).toHaveValue("A synthetic test source");
  await expect(page.getByRole("checkbox", { name: "Failed to repress" })).toBeChecked();
  await page.getByRole("button", { name: "Record case" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("The case was recorded.")).toBeVisible();
  await expect(page.getByText("No public case number")).toBeVisible();
  await expect(page.getByText("Synthetic demo data.")).toBeVisible();
  const charges = page.getByRole("table", { name: `Charges in ${title}` });
  await expect(charges).toContainText("Command responsibility");
  await expect(charges).toContainText("Should have known");
  await expect(charges).toContainText("Failed to prevent, to repress");
  await expect(page.getByText("Rome Statute of the International Criminal Court").first()).toBeVisible();
  const caseUrl = new URL(page.url()).pathname;
  const accusedHref = (await page.getByRole("link", { name: accusedName, exact: true }).getAttribute("href"))!;
  const accusedSlug = accusedHref.replace(/^\/en\/accused\//, "");

  // Record a stage change: a judgment is not offered from a warrant, and going back needs a note.
  await page.getByRole("link", { name: "Record a stage change" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Record a stage change" })).toBeVisible();
  await expect(page.locator("#stage-stage option[value='JUDGMENT']")).toHaveCount(0);
  await page.getByText("Why some stages are not offered").click();
  await expect(page.getByText("A judgment ends a trial: record the trial first")).toBeVisible();
  await page.locator("#stage-stage").selectOption("INVESTIGATION");
  await page.locator("#stage-date").fill("2024-05");
  await page.getByRole("button", { name: "Record the stage change" }).click();
  await expect(page.locator("#form-error")).toContainText("The stage change was not recorded");
  await expect(page.locator("#stage-note-error")).toContainText("needs a note saying why");
  await expect(page.locator("#stage-date")).toHaveValue("2024-05");

  await page.locator("#stage-stage").selectOption("TRIAL");
  await page.locator("#stage-date").fill("2025-02-10");
  await page.locator("#stage-inAbsentia").check();
  await page.getByRole("button", { name: "Record the stage change" }).click();
  await expect(page.getByText("The stage change was recorded.")).toBeVisible();
  await expect(page.locator(".facts")).toContainText("In absentia");
  await expect(page.locator(".facts")).toContainText("since 10 February 2025");
  await expect(page.getByRole("heading", { name: /Trial\s*10 February 2025/ })).toBeVisible();
  await expect(page.getByText("Recorded by E2E Case Analyst").first()).toBeVisible();

  // A second case against the same accused, before the Ukrainian courts.
  await page.goto("/cases/new");
  await page.locator("#field-title").fill(`${title} (national)`);
  await page.locator("#field-reference").fill(`E2E-${stamp}`);
  await page.locator("#field-forum").selectOption("ukraine-domestic");
  await page.locator("#field-situation").selectOption("ukraine");
  await page.locator("#field-isSynthetic").check();
  await page.locator("#stage-stage").selectOption("WARRANT_OR_NOTICE_OF_SUSPICION");
  await page.locator("#stage-date").fill("2024-06-01");
  await page.locator("#accused-0-slug").selectOption(accusedSlug);
  await page.locator("#charge-0-crime").selectOption("war-crimes");
  await page.locator("#charge-0-mode").selectOption("command-responsibility");
  await page.locator("#charge-0-provisionCited").fill("Article 438 of the Criminal Code of Ukraine");
  await page.getByRole("button", { name: "Record case" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${title} (national)` })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Not stated");
  const nationalUrl = new URL(page.url()).pathname;

  // The accused's page: one column per forum, the empty one saying so.
  await page.goto(accusedHref);
  await expect(page.getByRole("heading", { level: 1, name: accusedName })).toBeVisible();
  const column = (name: string) => page.locator("li", { has: page.getByRole("heading", { level: 3, name: new RegExp(`^${name}`) }) });
  await expect(column("International Criminal Court")).toContainText(title);
  await expect(column("International Criminal Court")).toContainText("In absentia");
  await expect(column("International Criminal Court")).toContainText("Article 8(2)(b)(ii) and Article 28 of the Rome Statute");
  await expect(column("Ukrainian national courts")).toContainText(`${title} (national)`);
  await expect(column("Ukrainian national courts")).toContainText(`E2E-${stamp}`);
  await expect(column("Special Tribunal")).toContainText("No proceedings recorded before the Special Tribunal");
  await expect(page.getByText("2 cases before 2 forums")).toBeVisible();

  // The case's history records the creation and the stage change.
  await page.goto(`${caseUrl}/history`);
  const entries = page.locator(".history-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText("Changed by E2E Case Analyst");
  await expect(entries.nth(0)).toContainText("Trial");
  await expect(entries.nth(1)).toContainText("Recorded by E2E Case Analyst");

  // Deleting the national case hides it (its history stays) and empties that column again.
  await page.goto(nationalUrl);
  await page.getByRole("link", { name: "Delete…" }).click();
  await expect(page.getByText("Nothing is erased")).toBeVisible();
  await page.getByRole("button", { name: "Delete this case" }).click();
  await expect(page).toHaveURL(/\/history\?deleted=1$/);
  await expect(page.locator(".notice").first()).toContainText("deleted");
  // Its address says it was deleted, by whom, and leads to its history.
  await page.goto(nationalUrl);
  await expect(page.locator(".notice")).toContainText("This case was deleted on");
  await expect(page.locator(".notice")).toContainText("by E2E Case Analyst");
  await expect(page.locator(".notice").getByRole("link", { name: "its history" })).toHaveAttribute("href", `${nationalUrl}/history`);
  await page.goto(accusedHref);
  await expect(column("Ukrainian national courts")).toContainText("No proceedings recorded before the Ukrainian national courts");

  // The analyst cannot undo it; an administrator restores it from its history, as it was.
  await page.goto(`${nationalUrl}/history`);
  await expect(page.getByRole("button", { name: "Restore this case" })).toHaveCount(0);
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInAs(adminPage, adminEmail, `${nationalUrl}/history`);
  await adminPage.getByRole("button", { name: "Restore this case" }).click();
  await expect(adminPage).toHaveURL(new RegExp(`${nationalUrl}$`));
  await expect(adminPage.getByRole("heading", { level: 1 })).toBeVisible();
  await admin.close();
});
