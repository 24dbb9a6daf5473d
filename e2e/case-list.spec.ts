import { expect, test, type Page } from "@playwright/test";
import { refreshAnnotationSearch, refreshCaseSearch } from "../lib/server/cases/search-document";
import { e2eSql, insertTestUsers, signInAs } from "./support/users";

// Its own synthetic cases, uniquely named: the browser tests' database is shared, and other specs
// may add cases at the same time, so every check is within this spec's unique words.
const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const word = `zq${stamp}`; // in every title of this spec
const cyrillic = [...stamp.replace(/\D/g, "").slice(-8)].map((d) => "абвгдежзик"[Number(d)]).join("");
const surname = `Шевч${cyrillic}`; // the Ukrainian name of one accused
const noteWord = `note${stamp}`;
const COUNT = 27; // more than a page (25)
const ids = Array.from({ length: COUNT }, (_, i) => `e2e_list_${stamp}_${String(i + 1).padStart(2, "0")}`);
const reader = { id: `e2e_list_reader_${stamp}`, email: `e2e-list-reader-${stamp}@example.org`, name: "E2E List Reader", role: "VIEWER" as const };

/** The search documents, rebuilt by the app's own code through the tests' connection. */
const viaSql = { $executeRaw: async (query: { text: string; values: unknown[] }) => (await e2eSql(query.text, query.values), 0) };

test.beforeAll(async () => {
  await insertTestUsers([reader]);
  for (const [i, id] of ids.entries()) {
    const n = String(i + 1).padStart(2, "0");
    // Case 1 is before the ICC; the rest before Ukraine's courts, at stages a day apart.
    await e2eSql(
      `insert into "Case" (id, slug, reference, title, "forumId", "situationId", stage, "stageOn", "stagePrecision", "openedOn", "openedPrecision", "isSynthetic", "createdAt", "updatedAt")
       select $1, $2, $3, $4, (select id from "Forum" where slug = $5), (select id from "Situation" where slug = 'ukraine'),
              'INVESTIGATION', date '2024-01-01' + $6::int, 'DAY', '2023-05-01', 'MONTH', true, now(), now()`,
      [id, `e2e-list-${stamp}-${n}`, i % 3 === 0 ? null : `E2E-${stamp}-${n}`, `Case ${n} of the list ${word}`, i === 0 ? "icc" : "ukraine-domestic", i],
    );
  }
  await e2eSql(
    `insert into "Accused" (id, slug, "kindId", "levelId", name, "nameOriginal", "isSynthetic", "createdAt", "updatedAt")
     select $1, $2, (select id from "AccusedKind" where slug = 'natural'), (select id from "ResponsibilityLevel" where slug = 'field-grade'), $3, $4, true, now(), now()`,
    [`e2e_list_accused_${stamp}`, `e2e-list-accused-${stamp}`, `Colonel Shevch ${stamp}`, `Полковник ${surname}`],
  );
  await e2eSql(`insert into "CaseAccused" ("caseId", "accusedId") values ($1, $2)`, [ids[4], `e2e_list_accused_${stamp}`]);
  await e2eSql(
    `insert into "Charge" (id, "caseId", "accusedId", "crimeId", "modeId", "provisionCited", "failedDuties", "createdAt", "updatedAt")
     select $1, $2, $3, (select id from "CrimeCategory" where slug = 'war-crimes'), (select id from "ModeOfLiability" where slug = 'direct'), 'Article 438 of the Criminal Code of Ukraine', '{}', now(), now()`,
    [`e2e_list_charge_${stamp}`, ids[4], `e2e_list_accused_${stamp}`],
  );
  await e2eSql(
    `insert into "Annotation" (id, "caseId", "authorId", body, assessment, version, "createdAt", "updatedAt") values ($1, $2, $3, $4, 'STALLED', 1, now(), now())`,
    [`e2e_list_note_${stamp}`, ids[7], reader.id, `A note that says ${noteWord}.`],
  );
  await refreshCaseSearch(viaSql as never, ids);
  await refreshAnnotationSearch(viaSql as never, [`e2e_list_note_${stamp}`]);
});

test.afterAll(async () => {
  // Deleting hides: the spec's cases leave every list.
  await e2eSql(`update "Case" set "deletedAt" = now() where id = any($1)`, [ids]);
});

const rows = (page: Page) => page.locator("[data-case]");
const slugsShown = async (page: Page) => rows(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-case")));

test("finds a case by the accused's name in Ukrainian, typed in lower case and cut short", async ({ page }) => {
  await page.goto("/cases");
  await page.getByLabel("Search cases").fill(surname.toLowerCase().slice(0, -2));
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/cases\?q=/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(`Case 05 of the list ${word}`);
  await expect(rows(page).first()).toContainText(`Полковник ${surname}`);
  await expect(page.locator("#result-count")).toContainText(/^1 of \d+ cases match: Text: “/);
});

test("a facet narrows the search, and its counts say what each choice gives", async ({ page }) => {
  await page.goto(`/cases?q=${word}`);
  await expect(page.locator("#result-count")).toContainText(`${COUNT} of`);
  const icc = page.locator("#facet-forum-icc");
  await expect(page.locator('label[for="facet-forum-icc"]')).toContainText("1");
  await expect(page.locator('label[for="facet-forum-ukraine-domestic"]')).toContainText(String(COUNT - 1));
  await icc.check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases\\?q=${word}&forum=icc$`));
  await expect(rows(page)).toHaveCount(1);
  await expect(page.locator("#result-count")).toContainText("Forum: International Criminal Court");
  await expect(page.locator("#facet-forum-icc")).toBeChecked();
  await expect(page.getByRole("link", { name: "Clear search and filters" })).toHaveAttribute("href", "/en/cases");
});

test("sorts, pages on with no case twice, and the address gives the same list again", async ({ page, context }) => {
  await page.goto(`/cases?q=${word}`);
  await page.getByLabel("Sort").selectOption("title");
  await page.getByRole("button", { name: "Sort", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/cases\\?q=${word}&sort=title$`));
  await expect(rows(page)).toHaveCount(25);
  await expect(rows(page).first()).toContainText(`Case 01 of the list ${word}`);
  const first = await slugsShown(page);

  // Shareable: the same address in a fresh tab gives the same cases in the same order.
  const other = await context.newPage();
  await other.goto(page.url());
  expect(await slugsShown(other)).toEqual(first);
  await other.close();

  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/&after=[A-Za-z0-9_-]+$/);
  await expect(rows(page)).toHaveCount(COUNT - 25);
  const second = await slugsShown(page);
  expect(new Set([...first, ...second]).size).toBe(COUNT);
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);

  // A reload of the second page is the second page.
  await page.reload();
  expect(await slugsShown(page)).toEqual(second);
  await page.getByRole("link", { name: "First page" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases\\?q=${word}&sort=title$`));
  expect(await slugsShown(page)).toEqual(first);
});

test("a damaged page link is named and the list starts again", async ({ page }) => {
  const response = await page.goto(`/cases?q=${word}&after=damaged&colour=red`);
  expect(response?.status()).toBe(200);
  await expect(page.locator(".notice")).toContainText("after");
  await expect(page.locator(".notice")).toContainText("colour");
  await expect(rows(page)).toHaveCount(25);
});

test("notes are searched for signed-in users only", async ({ page, request }) => {
  const anonymous = await request.get(`/api/v1/cases?q=${noteWord}`);
  expect(anonymous.status()).toBe(200);
  expect(await anonymous.json()).toMatchObject({ matching: 0, cases: [] });
  await page.goto(`/cases?q=${noteWord}`);
  await expect(page.locator(".empty")).toContainText("Notes on cases are searched only for signed-in users");

  await signInAs(page, reader.email, `/cases?q=${noteWord}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("found in the notes on this case");
  await expect(rows(page).first()).toContainText(/Notes\s*:?\s*1 note/);
});

test("the API lists the same cases as JSON and names a bad parameter", async ({ request }) => {
  const response = await request.get(`/api/v1/cases?q=${word}&forum=ukraine-domestic&limit=20`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ matching: COUNT - 1, count: 20 });
  expect(body.next).toMatch(/^\/api\/v1\/cases\?q=.+&limit=20&after=/);
  const rest = await (await request.get(body.next)).json();
  expect(rest).toMatchObject({ count: COUNT - 21, next: null });

  const refused = await request.get(`/api/v1/cases?forum=ictr&sort=newest`);
  expect(refused.status()).toBe(400);
  const error = (await refused.json()).error;
  expect(error.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(["forum", "sort"]);
});
