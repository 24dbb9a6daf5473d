/**
 * Phone width (Pixel 7): the case list fits the screen with no sideways scrolling, the facets fold
 * into "Filters" above the results, and they work once unfolded.
 */
import { expect, test } from "@playwright/test";
import { expectNoOverflow } from "./support/layout";
import { refreshCaseSearch } from "../lib/server/cases/search-document";
import { e2eSql } from "./support/users";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone-width checks");
});

const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const word = `zqm${stamp}`;
const ids = [`e2e_mlist_${stamp}_1`, `e2e_mlist_${stamp}_2`];
const viaSql = { $executeRaw: async (query: { text: string; values: unknown[] }) => (await e2eSql(query.text, query.values), 0) };

test.beforeAll(async () => {
  test.skip(!process.env.E2E_DATABASE_URL, "needs E2E_DATABASE_URL (set by npm test)");
  // Long words on purpose: a case number and a title that must wrap, not widen the page.
  const cases: [string, string | null, string, string][] = [
    [ids[0]!, `E2E-${stamp}-ICC-01/22-01/23-VERY-LONG-REFERENCE`, `Prosecutor v. Longname-Withoutspaces-${word}-Anotherverylongwordthatmustwrap`, "icc"],
    [ids[1]!, null, `Case in absentia ${word}`, "ukraine-domestic"],
  ];
  for (const [id, reference, title, forum] of cases) {
    await e2eSql(
      `insert into "Case" (id, slug, reference, title, "forumId", "situationId", stage, "stageOn", "stagePrecision", "openedOn", "openedPrecision", "inAbsentia", "isSynthetic", "createdAt", "updatedAt")
       select $1, $2, $3, $4, (select id from "Forum" where slug = $5), (select id from "Situation" where slug = 'ukraine'),
              'TRIAL', '2024-05-01', 'MONTH', '2023-01-01', 'YEAR', true, true, now(), now()`,
      [id, id.replace(/_/g, "-"), reference, title, forum],
    );
  }
  await refreshCaseSearch(viaSql as never, ids);
});

test.afterAll(async () => {
  if (process.env.E2E_DATABASE_URL) await e2eSql(`update "Case" set "deletedAt" = now() where id = any($1)`, [ids]);
});

// Titles without the stamp: Playwright finds a test again by its title.
const PAGES: [string, string][] = [
  ["the whole list", "/cases"],
  ["a search with long case numbers and titles", `/cases?q=${word}`],
  ["a filter with a notice about an unknown forum", `/cases?q=${word}&forum=icc&forum=ictr&sort=title`],
  ["a search that finds nothing", "/cases?q=nothing-matches-this-zzzz"],
];

for (const [name, path] of PAGES) {
  test(`${name} has no horizontal overflow at phone width`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
    expect(page.viewportSize()?.width).toBeLessThan(500);
    await expectNoOverflow(page);
  });
}

test("the facets fold above the results and work once unfolded", async ({ page }) => {
  await page.goto(`/cases?q=${word}`);
  await expect(page.locator("[data-case]")).toHaveCount(2);
  const icc = page.locator("#facet-forum-icc");
  await expect(icc).toBeHidden();
  // The folded filters come before the results.
  const summary = page.locator("summary", { hasText: "Filters" });
  const filtersBox = await summary.boundingBox();
  const resultsBox = await page.locator("#result-count").boundingBox();
  expect(filtersBox!.y).toBeLessThan(resultsBox!.y);

  await summary.click();
  await expect(icc).toBeVisible();
  await expectNoOverflow(page);
  await icc.check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word}&forum=icc$`));
  await expect(page.locator("[data-case]")).toHaveCount(1);
  await expect(page.locator("summary", { hasText: "Filters" })).toContainText("1 applied");
  await expectNoOverflow(page);
});
