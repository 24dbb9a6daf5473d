/**
 * An analyst adds another spelling of an accused's name on the accused's page («Путин»), is refused
 * the same spelling again (another case, another apostrophe) and a change on a page someone else
 * changed meanwhile, each time beside the field with what was typed kept, finds the accused's case
 * by the new spelling in the case search, and removes it; a visitor reads the spellings without
 * the form. The accused and the case are synthetic demo data with unique names, inserted by the
 * test; screenshots (laptop, 390 px; English and Ukrainian) go to test-results/accused-aliases/.
 */
import { expect, test, type Page } from "@playwright/test";
import { refreshCaseSearch } from "../lib/server/cases/search-document";
import { e2eSql, insertTestUsers, signInAs } from "./support/users";

const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
// A Cyrillic word of the stamp's digits: the accused's Ukrainian name is this spec's own.
const cyrillic = [...stamp.replace(/\D/g, "").slice(-6)].map((d) => "абвгдежзик"[Number(d)]).join("");
const accusedId = `e2e_alias_accused_${stamp}`;
const accusedSlug = `e2e-alias-accused-${stamp}`;
const accusedName = `E2E Aliased Accused ${stamp}`;
const nameUkrainian = `Дем’янчук ${cyrillic}`;
const caseId = `e2e_alias_case_${stamp}`;
const caseSlug = `e2e-alias-case-${stamp}`;
const caseTitle = `E2E alias case ${stamp}`;
const analyst = { id: `e2e_alias_analyst_${stamp}`, email: `e2e-alias-analyst-${stamp}@example.org`, name: "E2E Alias Analyst", role: "ANALYST" as const };
const SHOTS = "test-results/accused-aliases";

/** The search documents, rebuilt by the app's own code through the tests' connection. */
const viaSql = { $executeRaw: async (query: { text: string; values: unknown[] }) => (await e2eSql(query.text, query.values), 0) };

test.beforeAll(async () => {
  await insertTestUsers([analyst]);
  await e2eSql(
    `insert into "Accused" (id, slug, "kindId", "levelId", name, "nameOriginal", "isSynthetic", "createdAt", "updatedAt")
     select $1, $2, (select id from "AccusedKind" where slug = 'natural'), (select id from "ResponsibilityLevel" where slug = 'top-leadership'), $3, $4, true, now(), now()`,
    [accusedId, accusedSlug, accusedName, nameUkrainian],
  );
  await e2eSql(
    `insert into "Case" (id, slug, title, "forumId", "situationId", stage, "stageOn", "stagePrecision", "openedOn", "openedPrecision", "isSynthetic", "createdAt", "updatedAt")
     select $1, $2, $3, (select id from "Forum" where slug = 'icc'), (select id from "Situation" where slug = 'ukraine'),
            'INVESTIGATION', '2024-01-01', 'DAY', '2023-05-01', 'MONTH', true, now(), now()`,
    [caseId, caseSlug, caseTitle],
  );
  await e2eSql(`insert into "CaseAccused" ("caseId", "accusedId") values ($1, $2)`, [caseId, accusedId]);
  await refreshCaseSearch(viaSql as never, [caseId]);
});

test.afterAll(async () => {
  if (!process.env.E2E_DATABASE_URL) return;
  // Deleting hides: the spec's case and accused leave every list, and their spellings leave the search.
  await e2eSql(`delete from "AccusedAlias" where "accusedId" = $1`, [accusedId]);
  await e2eSql(`update "Case" set "deletedAt" = now() where id = $1`, [caseId]);
  await e2eSql(`update "Accused" set "deletedAt" = now() where id = $1`, [accusedId]);
  await refreshCaseSearch(viaSql as never, [caseId]);
});

const spellings = (page: Page) => page.getByRole("list", { name: `Other spellings of ${accusedName}` });
const nameField = (page: Page) => page.locator("#alias-name");
const addButton = (page: Page) => page.getByRole("button", { name: "Add spelling" });

async function shots(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}-laptop.png`, fullPage: true });
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  // Nothing wider than the screen at 390 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize(size);
}

async function searchFinds(page: Page, query: string): Promise<number> {
  await page.goto(`/en/cases?q=${encodeURIComponent(query)}`);
  await expect(page.locator("#result-count")).toBeVisible();
  return page.locator(`[data-case="${caseSlug}"]`).count();
}

test("an analyst adds a spelling, is refused the same one and a stale page, finds the case by it, and removes it", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, analyst.email, `/accused/${accusedSlug}`);
  expect(await searchFinds(page, "Путин")).toBe(0);

  await page.goto(`/en/accused/${accusedSlug}`);
  await expect(page.getByRole("heading", { level: 1, name: accusedName })).toBeVisible();
  await expect(page.getByText("No other spelling recorded.")).toBeVisible();
  await expect(page.getByText("for example Путин or Poutine")).toBeVisible();
  await shots(page, "empty-en");

  await nameField(page).fill("Путин");
  await addButton(page).click();
  await expect(page.getByRole("status").filter({ hasText: "was added" })).toContainText(`“Путин” was added. Search now finds the cases against ${accusedName} by it.`);
  await expect(spellings(page).getByRole("listitem")).toHaveCount(1);
  await expect(spellings(page)).toContainText("Путин");
  await expect(nameField(page)).toHaveValue("");
  await shots(page, "added-en");

  // The same spelling in lower case: refused beside the field, what was typed kept, nothing added.
  await nameField(page).fill("путин");
  await addButton(page).click();
  await expect(page.locator("#alias-name-error")).toHaveText(`${accusedName} already has this spelling, as "Путин" (capitals, spaces and apostrophes do not count).`);
  await expect(nameField(page)).toHaveValue("путин");
  await expect(spellings(page).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByText("was added")).toHaveCount(0);
  await shots(page, "duplicate-en");

  // The Ukrainian name with a typewriter apostrophe and in lower case is the name already held.
  const sameName = nameUkrainian.toLowerCase().replace("’", "'");
  await nameField(page).fill(sameName);
  await addButton(page).click();
  await expect(page.locator("#alias-name-error")).toContainText(`already has this spelling, as "${nameUkrainian}"`);
  await expect(nameField(page)).toHaveValue(sameName);

  // Someone else changed the accused since the page was read: refused, told to reload.
  await e2eSql(`update "Accused" set "updatedAt" = now() + interval '1 second' where id = $1`, [accusedId]);
  await nameField(page).fill("Poutine");
  await addButton(page).click();
  await expect(page.locator("#alias-name-error")).toContainText(`The record of ${accusedName} was changed by someone else since you opened it. Reload it and apply your change again.`);
  await expect(nameField(page)).toHaveValue("Poutine");
  await expect(spellings(page).getByRole("listitem")).toHaveCount(1);

  // The case search finds the accused's case by the new spelling.
  expect(await searchFinds(page, "Путин")).toBe(1);

  // In Ukrainian: the same page, in the reader's words.
  await page.goto(`/uk/accused/${accusedSlug}`);
  await expect(page.getByRole("heading", { level: 2, name: "Інші написання" })).toBeVisible();
  await expect(page.getByLabel("Додати інше написання")).toBeVisible();
  await expect(page.getByRole("button", { name: "Вилучити написання «Путин»" })).toBeVisible();
  await page.getByLabel("Додати інше написання").fill("ПУТИН");
  await page.getByRole("button", { name: "Додати написання" }).click();
  await expect(page.locator("#alias-name-error")).toHaveText(`${accusedName} вже має це написання: «Путин» (великі й малі літери, пробіли та апострофи не розрізняються).`);
  await shots(page, "duplicate-uk");

  // A removal on a page someone else changed meanwhile: refused beside the spelling, which stays.
  await page.goto(`/en/accused/${accusedSlug}`);
  await e2eSql(`update "Accused" set "updatedAt" = now() + interval '2 seconds' where id = $1`, [accusedId]);
  await page.getByRole("button", { name: "Remove the spelling Путин" }).click();
  await expect(spellings(page).getByRole("alert")).toContainText("Not removed. The record of");
  await expect(spellings(page)).toContainText("Путин");
  await shots(page, "remove-refused-en");

  await page.reload();
  await page.getByRole("button", { name: "Remove the spelling Путин" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was removed" })).toContainText(`“Путин” was removed from the other spellings of ${accusedName}.`);
  await expect(page.getByText("No other spelling recorded.")).toBeVisible();
  await shots(page, "removed-en");
  expect(await searchFinds(page, "Путин")).toBe(0);
});

test("a visitor reads the spellings without the form", async ({ page }) => {
  await e2eSql(`insert into "AccusedAlias" (id, "accusedId", name, spelling, key) values ($1, $2, 'Poutine', 'poutine', 'poutine')`, [`e2e_alias_${stamp}`, accusedId]);
  await page.goto(`/en/accused/${accusedSlug}`);
  await expect(spellings(page)).toContainText("Poutine");
  await expect(page.getByLabel("Add another spelling")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await page.goto(`/uk/accused/${accusedSlug}`);
  await expect(page.getByRole("list", { name: `Інші написання імені ${accusedName}` })).toContainText("Poutine");
  await expect(page.getByRole("button", { name: /Вилучити/ })).toHaveCount(0);
  await shots(page, "visitor-uk");

  // The list of accused finds them by a spelling that is only an alias, typed in lower case.
  await page.goto("/en/accused");
  await page.getByLabel("Find by name").fill(`poutine ${stamp}`);
  await page.getByRole("button", { name: "Find", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/accused\?q=poutine/);
  await expect(page.getByRole("link", { name: accusedName })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "matches" })).toHaveText(`1 accused matches “poutine ${stamp}”.`);
  await shots(page, "list-search-en");
  await page.goto(`/uk/accused?q=${encodeURIComponent(`путін ${stamp}x`)}`);
  await expect(page.getByText(`Жоден обвинувачений не відповідає запиту «путін ${stamp}x».`)).toBeVisible();
  await shots(page, "list-search-none-uk");
});
