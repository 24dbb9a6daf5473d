/**
 * Two editors change the same milestone: the second save is refused, shows both versions field by
 * field (a field only the other changed already taken, a field both changed left to a choice), and
 * the merge the user chooses is saved as the next version. Nothing is overwritten unknowingly.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { insertTestUsers, signInAs } from "./support/users";

const stamp = Date.now();
const analyst = { id: `e2e_mc_an_${stamp}`, email: `e2e-conflict-analyst-${stamp}@example.org`, name: "E2E Conflict Analyst", role: "ANALYST" as const };
const admin = { id: `e2e_mc_ad_${stamp}`, email: `e2e-conflict-admin-${stamp}@example.org`, name: "E2E Conflict Admin", role: "ADMIN" as const };
const title = `E2E contested milestone ${stamp}`;
let slug = "";

test.beforeAll(() => insertTestUsers([analyst, admin]));

async function signedInPage(browser: Browser, email: string, callbackUrl: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, callbackUrl);
  return page;
}

test("a stale milestone save shows both versions side by side, and the chosen merge is saved as the next version", async ({ browser, baseURL }) => {
  const mine = await signedInPage(browser, analyst.email, "/milestones");
  const created = await mine.request.post("/api/v1/milestones", {
    headers: { Origin: baseURL! },
    data: {
      title,
      date: "2026-10",
      description: "As first logged.",
      track: "accountability",
      type: "ratification",
      forums: ["icc"],
      sources: [{ title: "A test source", url: "https://example.org/post", locator: "Paragraph 2" }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  slug = (await created.json()).slug;
  const editPath = `/milestones/${slug}/edit`;

  await mine.goto(editPath);
  const theirs = await signedInPage(browser, admin.email, editPath);
  await expect(mine.getByText("You are editing version 1.")).toBeVisible();

  // The admin saves first: a new title and another description.
  await theirs.getByLabel("Title", { exact: true }).fill(`${title} (corrected)`);
  await theirs.getByLabel("What happened", { exact: true }).fill("As the admin corrected it.");
  await theirs.locator("#source-0-locator").fill("Paragraph 3");
  await theirs.getByRole("button", { name: "Save changes" }).click();
  await expect(theirs.getByText("Your changes were saved")).toBeVisible();

  // The analyst, still on version 1, changes the description too, and the date.
  await mine.getByLabel("What happened", { exact: true }).fill("As the analyst rewrote it.");
  await mine.getByLabel("Date", { exact: true }).fill("2026-10-25");
  await mine.getByRole("button", { name: "Save changes" }).click();

  const alert = mine.locator("#milestone-conflict");
  await expect(alert).toContainText("Someone else saved this milestone while you were editing it");
  await expect(alert).toContainText(`Version 2 was saved by ${admin.name} at`);
  await expect(alert).toContainText("Nothing was overwritten");
  await expect(alert).toContainText("4 fields differ");
  await expect(alert).toBeFocused();

  // Only they changed the title: theirs is already in the form.
  const titleRow = mine.locator("#conflict-title");
  await expect(titleRow).toContainText("Only they changed this. Their value is in the form below.");
  await expect(mine.getByLabel("Title", { exact: true })).toHaveValue(`${title} (corrected)`);
  // Only the analyst changed the date: theirs is kept, in words beside the code.
  await expect(mine.locator("#conflict-date")).toContainText("Only you changed this.");
  await expect(mine.locator("#conflict-date")).toContainText("25 October 2026 (2026-10-25)");
  await expect(mine.getByLabel("Date", { exact: true })).toHaveValue("2026-10-25");
  // Both changed the description: the analyst's is in the form, and they choose.
  const description = mine.locator("#conflict-description");
  await expect(description).toContainText("You both changed this.");
  await expect(description).toContainText("As the admin corrected it.");
  await expect(description).toContainText("As the analyst rewrote it.");
  await expect(mine.getByLabel("What happened", { exact: true })).toHaveValue("As the analyst rewrote it.");
  await description.getByRole("radio", { name: /Their version 2/ }).check();
  await expect(mine.getByLabel("What happened", { exact: true })).toHaveValue("As the admin corrected it.");
  await expect(mine.getByRole("status").filter({ hasText: "The form holds their value in 3 of the 4 fields" })).toBeVisible();
  await description.getByRole("radio", { name: /Your version/ }).check();
  await expect(mine.getByLabel("What happened", { exact: true })).toHaveValue("As the analyst rewrote it.");
  // Only they changed the source's passage: theirs is in the form; the analyst takes back the old one.
  const sources = mine.locator("#conflict-sources");
  await expect(sources).toContainText("Only they changed this.");
  await expect(sources).toContainText("A test source · “Paragraph 3”");
  await expect(mine.locator("#source-0-locator")).toHaveValue("Paragraph 3");
  await sources.getByRole("radio", { name: /Your version/ }).check();
  await expect(mine.locator("#source-0-locator")).toHaveValue("Paragraph 2");
  // The choices made before stay made.
  await expect(mine.getByLabel("What happened", { exact: true })).toHaveValue("As the analyst rewrote it.");
  await expect(mine.getByLabel("Title", { exact: true })).toHaveValue(`${title} (corrected)`);
  await expect(mine.getByRole("status").filter({ hasText: "The form holds their value in 1 of the 4 fields" })).toBeVisible();

  // The merge is saved as version 3, based on the admin's version.
  // The button under the choices; the form ends with the same one.
  await expect(mine.getByRole("button", { name: "Save the form as version 3" })).toHaveCount(2);
  await mine.getByRole("button", { name: "Save the form as version 3" }).first().click();
  await expect(mine.getByRole("heading", { level: 1, name: `${title} (corrected)` })).toBeVisible();
  await expect(mine.getByText("As the analyst rewrote it.")).toBeVisible();
  await expect(mine.getByText("Paragraph 2")).toBeVisible();
  await expect(mine.locator(".facts").getByText("25 October 2026")).toBeVisible();
  await mine.goto(`/milestones/${slug}/history`);
  // Both versions stay in the history: the admin's change, then the analyst's merge on top of it.
  const entries = mine.locator(".history-entry");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText(`Changed by ${analyst.name}`);
  await expect(entries.nth(0)).toContainText("version 2 → 3");
  await expect(entries.nth(1)).toContainText(`Changed by ${admin.name}`);
  await expect(entries.nth(1)).toContainText("version 1 → 2");

  for (const p of [mine, theirs]) await p.context().close();
});

test.afterAll(async ({ browser, baseURL }) => {
  if (!slug) return;
  // The other browser tests count the seeded milestones: this one goes.
  const page = await signedInPage(browser, admin.email, "/milestones");
  const record = await (await page.request.get(`/api/v1/milestones/${slug}`)).json();
  const deleted = await page.request.delete(`/api/v1/milestones/${slug}`, { headers: { Origin: baseURL! }, data: { expectedVersion: record.version } });
  expect(deleted.status()).toBe(200);
  await page.context().close();
});
