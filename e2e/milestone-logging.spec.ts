/**
 * An analyst logs a milestone through the form, is told beside the field what is wrong (keeping what
 * they typed), edits it, finds it on the timeline at the precision they gave, deletes it, and reads
 * its history. The analyst is created by the test in the browser tests' database.
 */
import { expect, test, type Page } from "@playwright/test";
import { TEST_PASSWORD, insertTestUsers, signInAs } from "./support/users";

const stamp = Date.now();
const email = `e2e-milestones-${stamp}@example.org`;
const password = TEST_PASSWORD;
const title = `E2E logged milestone ${stamp}`;

test.beforeAll(() => insertTestUsers([{ id: `e2e_ms_${stamp}`, email, name: "E2E Milestone Analyst", role: "ANALYST" }]));

const signIn = (page: Page, callbackUrl: string) => signInAs(page, email, callbackUrl);

test("anonymous visitors are sent to sign in before the form", async ({ page }) => {
  await page.goto("/milestones/new");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmilestones%2Fnew$/);
});

test("an analyst logs, corrects, edits, finds, deletes a milestone and reads its history", async ({ page }) => {
  await signIn(page, "/milestones/new");
  await expect(page.getByRole("heading", { level: 1, name: "Log a milestone" })).toBeVisible();
  // An analyst does not see the administrators' effects section.
  await expect(page.getByText("Effects on jurisdiction rules")).toHaveCount(0);

  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Date", { exact: true }).fill("2026-10");
  await page.getByLabel("What happened", { exact: true }).fill("A milestone logged by the browser test.");
  await page.getByLabel("Track", { exact: true }).selectOption("accountability");
  await page.getByLabel("Type", { exact: true }).selectOption("ratification");
  await page.getByRole("checkbox", { name: "International Criminal Court", exact: true }).check();
  await page.locator("#source-0-title").fill("A test source");
  await page.locator("#source-0-url").fill("example.org/no-scheme");
  await page.locator("#source-0-locator").fill("The second paragraph");
  await page.getByRole("button", { name: "Log milestone" }).click();

  // Refused: the error is beside the URL field, and everything typed is still there.
  await expect(page.locator("#source-0-url-error")).toContainText("http:// or https://");
  await expect(page.locator("#form-error")).toContainText("Nothing was saved");
  await expect(page.locator("#form-error")).toBeFocused();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Date", { exact: true })).toHaveValue("2026-10");
  await expect(page.getByLabel("Track", { exact: true })).toHaveValue("accountability");
  await expect(page.getByRole("checkbox", { name: "International Criminal Court", exact: true })).toBeChecked();
  await expect(page.locator("#source-0-title")).toHaveValue("A test source");
  await expect(page.locator("#source-0-url")).toHaveValue("example.org/no-scheme");
  await expect(page.locator("#source-0-locator")).toHaveValue("The second paragraph");

  await page.locator("#source-0-url").fill("https://example.org/post");
  await page.getByRole("button", { name: "Log milestone" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("The milestone was logged; its history records it.")).toBeVisible();
  await expect(page.locator(".facts").getByText("October 2026")).toBeVisible();
  const milestoneUrl = new URL(page.url()).pathname;

  // Edit it.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await page.locator("#field-whatChanged").fill("Nothing yet: a test.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes were saved; its history records them.")).toBeVisible();
  await expect(page.getByText("Nothing yet: a test.")).toBeVisible();

  // On the timeline, at the precision given.
  await page.goto("/milestones?year=2026");
  const entry = page.locator(".milestone", { hasText: title });
  await expect(entry).toContainText("October 2026");

  // Delete it, after a confirmation that says nothing is erased.
  await page.goto(milestoneUrl);
  await page.getByRole("link", { name: "Delete…" }).click();
  await expect(page.getByText("Nothing is erased")).toBeVisible();
  await page.getByRole("button", { name: "Delete this milestone" }).click();
  await expect(page).toHaveURL(/\/history\?deleted=1$/);
  await expect(page.locator(".notice").first()).toContainText("deleted");
  const entries = page.locator(".history-entry");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText("Deleted (hidden) by E2E Milestone Analyst");
  await expect(entries.nth(1)).toContainText("Changed by E2E Milestone Analyst");
  await expect(entries.nth(1)).toContainText("Nothing yet: a test.");
  await expect(entries.nth(2)).toContainText("Logged by E2E Milestone Analyst");
  // Names, as the pages show them, never the codes the audit trail stores.
  await expect(entries.nth(2).locator("tr", { hasText: "Track" }).locator("td")).toHaveText("Accountability");
  await expect(entries.nth(2).locator("tr", { hasText: "Forums" }).locator("td")).toHaveText("ICC");
  await expect(entries.nth(2)).toContainText("October 2026 (month precision)");

  // Gone from the timeline and its page.
  await page.goto("/milestones?year=2026");
  await expect(page.locator(".milestone", { hasText: title })).toHaveCount(0);
  // Its address says it was deleted, when and by whom, and leads to its history (feeds and reports point here).
  await page.goto(milestoneUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".notice")).toContainText("This milestone was deleted on");
  await expect(page.locator(".notice")).toContainText("by E2E Milestone Analyst");
  await page.locator(".notice").getByRole("link", { name: "its history" }).click();
  await expect(page).toHaveURL(/\/history$/);
  // A visitor learns only that it was deleted, and when.
  const visitor = await page.context().browser()!.newPage();
  await visitor.goto(milestoneUrl);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("This milestone was deleted");
  await expect(visitor.locator("body")).not.toContainText(title);
  await expect(visitor.locator("body")).not.toContainText("E2E Milestone Analyst");
  await visitor.close();
});

test("after a refused save, each recorded source still shows its title, publisher and address", async ({ page }) => {
  await signIn(page, "/milestones/icc-warrants-putin-lvova-belova-2023/edit");
  const first = page.locator("#source-0");
  const before = await first.locator(".source-existing").innerText();
  expect(before).toContain("International Criminal Court");
  await page.getByLabel("Title", { exact: true }).fill("");
  await page.getByRole("button", { name: /^Save/ }).click();
  await expect(page.locator("#form-error")).toContainText("Nothing was saved");
  // The walk-through saw only "A recorded source …" here: the user could not tell what they were keeping.
  await expect(first.locator(".source-existing")).toHaveText(before);
  await expect(page.locator("#source-1 .source-existing")).not.toHaveText("");
});

test("an expected milestone is logged for its future date, shown as expected, and marked happened later: one change in its history", async ({ page }) => {
  const expectedTitle = `E2E expected milestone ${stamp}`;
  await signIn(page, "/milestones/new");
  await page.getByLabel("Title", { exact: true }).fill(expectedTitle);
  await page.getByLabel("Date", { exact: true }).fill("2030-03");
  await page.getByLabel("What happened", { exact: true }).fill("A hearing scheduled by the browser test.");
  await page.getByLabel("Track", { exact: true }).selectOption("accountability");
  await page.getByLabel("Type", { exact: true }).selectOption("judgment");
  await page.locator("#source-0-title").fill("A test source");
  await page.locator("#source-0-url").fill("https://example.org/schedule");
  // Left as happened, a date in 2030 is refused beside the date.
  await page.getByRole("button", { name: "Log milestone" }).click();
  await expect(page.locator("#field-date-error")).toContainText("a milestone that has happened cannot be dated in the future");
  await page.getByLabel("Happened or expected").selectOption("EXPECTED");
  await page.getByRole("button", { name: "Log milestone" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(expectedTitle);
  await expect(page.getByTestId("expected-notice")).toContainText("Expected, not happened");
  await expect(page.getByRole("heading", { name: "What it would change" })).toBeVisible();
  const url = new URL(page.url()).pathname;

  // The timeline marks it.
  await page.goto("/milestones?year=2030");
  await expect(page.locator(".milestone", { hasText: expectedTitle }).locator(".tag-expected")).toHaveText("Expected");

  // It happens (earlier than expected): marked happened with the day it did.
  await page.goto(`${url}/edit`);
  await page.getByLabel("Happened or expected").selectOption("HAPPENED");
  await page.getByLabel("Date", { exact: true }).fill("2026-11-30");
  await page.getByRole("button", { name: "Save changes" }).click();
  // Wait for the save itself: the edit page has no notice either.
  await expect(page.getByText("Your changes were saved; its history records them.")).toBeVisible();
  await expect(page.getByTestId("expected-notice")).toHaveCount(0);
  await page.goto(`${url}/history`);
  const entries = page.locator(".history-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0).locator("tr", { hasText: "Happened or expected" }).locator("td")).toHaveText(["Expected", "Happened"]);

  // The other browser tests count the seeded milestones: this one is deleted again.
  await page.goto(url);
  await page.getByRole("link", { name: "Delete…" }).click();
  await page.getByRole("button", { name: "Delete this milestone" }).click();
  await expect(page).toHaveURL(/\/history\?deleted=1$/);
});
