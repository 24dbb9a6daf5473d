/**
 * The coverage matrix: every case category against every forum, for a conduct and as of a date,
 * in four statuses, gaps marked in words, each cell leading to the answer that explains it and to
 * its cases, and the complementarity split beside the cells when asked for, as policy.
 * Expected statuses marked "(data)" depend on the seeded rules (prisma/seed/reference-data.ts).
 */
import { expect, test, type Page } from "@playwright/test";
import * as seed from "../prisma/seed/reference-data";

const FORUMS = ["icc", "special-tribunal", "ukraine-domestic"];
const row = (page: Page, id: string) => page.locator(`tr#row-${id}`);
const cell = (page: Page, id: string, forum: string) => row(page, id).locator(`td[data-forum="${forum}"]`);

const today = new Date().toISOString().slice(0, 10);

test("renders every crime by level and kind of accused against the three forums, in four statuses", async ({ page }) => {
  const response = await page.goto("/coverage?asOf=2025-07-01&situation=ukraine&mode=direct");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coverage matrix");

  const rows = page.locator("tr.matrix-row");
  const expectedRows = seed.crimes.length * (seed.levels.length + 1);
  expect(expectedRows).toBe(25);
  await expect(rows).toHaveCount(expectedRows);
  await expect(page.locator("tr.matrix-row td.matrix-cell")).toHaveCount(expectedRows * FORUMS.length);
  for (const forum of FORUMS) await expect(page.locator(`tr.matrix-row td[data-forum="${forum}"]`)).toHaveCount(expectedRows);
  // Forum columns in order, each named.
  await expect(page.locator("thead th.matrix-forum a")).toHaveText(["ICC", "Special Tribunal", "Ukrainian courts"]);

  // Status in words as well as colour, and the tracked cases. (data)
  await expect(cell(page, "war-crimes-legal", "icc")).toHaveAttribute("data-status", "excluded");
  await expect(cell(page, "war-crimes-legal", "icc").locator(".forum-status")).toContainText("Excluded");
  await expect(cell(page, "war-crimes-natural-direct-perpetrator", "ukraine-domestic").locator(".forum-status")).toContainText("Covers");
  await expect(cell(page, "aggression-natural-top-leadership", "special-tribunal").locator(".forum-status")).toContainText("Conditional");
  await expect(cell(page, "war-crimes-natural-field-grade", "ukraine-domestic").locator(".cell-cases a")).toHaveAttribute(
    "href",
    "/en/cases?forum=ukraine-domestic&crime=war-crimes&accused=natural&level=field-grade&mode=direct&situation=ukraine",
  );

  // No rule recorded: neutral, and no gap. (data) The tracker holds no rule for a company's aggression in Ukraine's courts.
  const silent = cell(page, "aggression-legal", "ukraine-domestic");
  await expect(silent).toHaveAttribute("data-status", "unknown");
  await expect(silent.locator(".forum-status")).toHaveText("–No rule recorded");
  await expect(silent.locator(".forum-status")).toHaveClass(/effect-unknown/);
  await expect(row(page, "aggression-legal")).not.toHaveClass(/matrix-gap/);
  await expect(page.locator("#matrix-summary")).toContainText("some forum has no rule recorded, which is not counted as a gap");
  await expect(page.locator(".legend").first()).toContainText("Gap");
  await expect(page.locator(".legend").first()).toContainText("No rule recorded");
});

test("a gap is a row every forum excludes by a recorded rule, marked in words", async ({ page }) => {
  // (data) Ecocide by command responsibility: no forum's rules reach it.
  await page.goto(`/coverage?asOf=${today}&situation=ukraine&mode=command-responsibility`);
  for (const level of seed.levels.map((l) => l.slug)) {
    const gapRow = row(page, `ecocide-natural-${level}`);
    await expect(gapRow).toHaveClass(/matrix-gap/);
    await expect(gapRow.locator("th .gap-badge")).toHaveText("⚠Gap");
    await expect(gapRow.locator("th")).toContainText("every forum excluded");
    for (const forum of FORUMS) await expect(gapRow.locator(`td[data-forum="${forum}"]`)).toHaveAttribute("data-status", "excluded");
  }
  // Every gap row is all excluded, and the summary counts them.
  const gaps = page.locator("tr.matrix-row.matrix-gap");
  const count = await gaps.count();
  for (const gapRow of await gaps.all()) await expect(gapRow.locator('td[data-status]:not([data-status="excluded"])')).toHaveCount(0);
  await expect(page.locator("#matrix-summary")).toContainText(`${count} gap${count === 1 ? "" : "s"} in 25 case categories`);
});

test("a cell leads to the answer that explains it, and to its cases", async ({ page }) => {
  await page.goto("/coverage?asOf=2025-07-01");
  await cell(page, "aggression-natural-top-leadership", "special-tribunal").locator("a.cell-status").click();
  await expect(page).toHaveURL(/\/which-forum\?crime=aggression&accused=natural&level=top-leadership&mode=direct&situation=ukraine&asOf=2025-07-01$/);
  await expect(page.locator('section.forum-answer[data-forum="special-tribunal"] .forum-answer-head .forum-status')).toHaveAttribute("data-status", "conditional");
  await expect(page.locator('section.forum-answer[data-forum="special-tribunal"] .forum-conditions')).toBeVisible();

  await page.goto("/coverage?asOf=2025-07-01");
  await cell(page, "war-crimes-legal", "ukraine-domestic").locator(".cell-cases a").click();
  await expect(page).toHaveURL(/\/cases\?forum=ukraine-domestic&crime=war-crimes&accused=legal&mode=direct&situation=ukraine$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cases");
  await expect(page.locator("#result-count")).toContainText("Kind of accused: Legal person");
});

test("the Special Tribunal's aggression cells differ between 24 June and 1 July 2025", async ({ page }) => {
  // (data) The agreement establishing the tribunal was signed on 25 June 2025.
  await page.goto("/coverage?asOf=2025-06-24");
  await expect(cell(page, "aggression-natural-top-leadership", "special-tribunal")).toHaveAttribute("data-status", "excluded");

  // Change the date through the form, as a person would.
  await page.getByLabel("As of").fill("2025-07-01");
  await page.getByRole("button", { name: "Show the matrix" }).click();
  await expect(page).toHaveURL(/\/coverage\?asOf=2025-07-01&situation=ukraine&mode=direct$/);
  await expect(cell(page, "aggression-natural-top-leadership", "special-tribunal")).toHaveAttribute("data-status", "conditional");
  await expect(page.locator("#matrix-summary")).toContainText("1 July 2025");
});

test("without a date of conduct a cell lists its periods; with one, the matrix answers for that conduct and its links keep it", async ({ page }) => {
  await page.goto(`/coverage?asOf=${today}&situation=ukraine&mode=direct`);
  await expect(page.locator("#matrix-conduct")).toHaveText("for conduct at any time up to that day");
  // (data) The ICC reaches conduct in Ukraine from 21 November 2013.
  const icc = cell(page, "war-crimes-natural-direct-perpetrator", "icc");
  await expect(icc).toHaveAttribute("data-status", "conditional");
  await expect(icc.locator(".cell-period")).toHaveText(["to 20 Nov 2013: Excluded", "from 21 Nov 2013: Covers"]);
  await expect(icc.locator(".cell-periods")).toHaveAttribute("title", "Conduct up to 20 November 2013: Excluded; conduct from 21 November 2013 onwards: Covers");
  // A cell whose status is the same for all conduct lists no periods.
  await expect(cell(page, "war-crimes-natural-direct-perpetrator", "special-tribunal").locator(".cell-periods")).toHaveCount(0);

  await page.getByLabel("Date of the conduct").fill("2022-03");
  await page.getByRole("button", { name: "Show the matrix" }).click();
  await expect(page).toHaveURL(new RegExp(`/coverage\\?conduct=2022-03&asOf=${today}&situation=ukraine&mode=direct$`));
  await expect(page.locator("#matrix-conduct")).toHaveText("for conduct in March 2022");
  await expect(icc).toHaveAttribute("data-status", "covers");
  await expect(icc.locator(".cell-periods")).toHaveCount(0);
  await expect(icc.locator("a.cell-status")).toHaveAttribute(
    "href",
    `/en/which-forum?crime=war-crimes&accused=natural&level=direct-perpetrator&mode=direct&situation=ukraine&conduct=2022-03&asOf=${today}`,
  );
  await expect(page.getByLabel("Date of the conduct")).toHaveValue("2022-03");
});

test("the policy switch marks the complementarity split in the cells and lists it, without changing a status", async ({ page }) => {
  await page.goto(`/coverage?asOf=${today}&situation=ukraine&mode=direct`);
  const statusesOff = await page.locator("td.matrix-cell").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-status")));
  await expect(page.locator("section.policy-split")).toHaveCount(0);
  await expect(page.locator(".policy-mark")).toHaveCount(0);

  const toggle = page.getByLabel("Show the complementarity split (policy, not jurisdiction)");
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await page.getByRole("button", { name: "Show the matrix" }).click();
  await expect(page).toHaveURL(new RegExp(`/coverage\\?asOf=${today}&situation=ukraine&mode=direct&policy=on$`));
  await expect(page.getByLabel("Show the complementarity split (policy, not jurisdiction)")).toBeChecked();

  // The same statuses, cell for cell: policy is not jurisdiction.
  const statusesOn = await page.locator("td.matrix-cell").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-status")));
  expect(statusesOn).toEqual(statusesOff);

  const split = page.locator("section.policy-split");
  await expect(split.getByRole("heading", { level: 2 })).toContainText("Policy, not jurisdiction");
  await expect(split).toContainText("they change no status in the matrix");
  const items = split.locator("li.policy");
  expect(await items.count()).toBeGreaterThan(0);
  for (const item of await items.all()) {
    await expect(item.locator(".policy-marker")).toHaveText(/^P\d+$/);
    await expect(item.locator(".policy-kind")).toHaveText(/^(Described practice or policy|Recommendation)$/);
    await expect(item.locator(".policy-proposer")).toContainText("Proposed by:");
    await expect(item.locator(".citation")).toContainText("Source:");
  }
  // Each mark in a cell leads to its policy in the list. (data) The ICC Prosecutor pursues the top leadership.
  const mark = cell(page, "war-crimes-natural-top-leadership", "icc").locator(".policy-mark");
  await expect(mark).toHaveCount(1);
  const marker = await mark.innerText();
  await expect(mark).toHaveAttribute("href", "#policy-icc-top-leadership");
  await expect(split.locator("#policy-icc-top-leadership .policy-marker")).toHaveText(marker);
  await expect(split.locator("#policy-icc-top-leadership")).toContainText("Names: International Criminal Court");
  // (data) A recommendation that names no forum is marked on the row.
  await expect(row(page, "war-crimes-natural-field-grade").locator("th .cell-policies")).toContainText("Policy, no forum named:");

  // A cell’s link to its answer does not carry the switch: the answer has its own policy section.
  await expect(cell(page, "war-crimes-natural-top-leadership", "icc").locator("a.cell-status")).not.toHaveAttribute("href", /policy/);
});

test("a bad date is shown next to the field with HTTP 200", async ({ page }) => {
  const response = await page.goto("/coverage?asOf=2024-13-01&situation=mars");
  expect(response?.status()).toBe(200);
  await expect(page.locator("#field-asOf-error")).toContainText("“2024-13-01” is not a calendar date");
  await expect(page.locator("#field-situation-error")).toContainText("“mars”");
  await expect(page.locator("table.matrix")).toHaveCount(0);

  await page.goto("/coverage?conduct=2030&asOf=2025-07-01");
  await expect(page.locator("#field-conduct-error")).toContainText("begins after the “As of” date");
  await expect(page.getByLabel("Date of the conduct")).toHaveValue("2030");
  await expect(page.locator("table.matrix")).toHaveCount(0);
});

test("the seeded ICC warrant for Putin is counted in its cell, and listed behind the cell's link", async ({ page }) => {
  const putin = seed.cases.find((c) => c.slug === "icc-putin")!;
  await page.goto("/coverage?asOf=2025-07-01&situation=ukraine&mode=direct");
  // Other browser tests may add synthetic cases to the shared database: at least the seeded one.
  const cases = cell(page, "war-crimes-natural-top-leadership", "icc").locator(".cell-cases a");
  await expect(cases).toHaveText(/^\d+ cases?/);
  expect(Number((await cases.innerText()).match(/^\d+/)![0])).toBeGreaterThanOrEqual(1);
  await cases.click();
  await expect(page).toHaveURL(/\/cases\?forum=icc&crime=war-crimes&accused=natural&level=top-leadership&mode=direct&situation=ukraine$/);
  await expect(page.locator(".case-list")).toContainText(putin.title);
  // Lvova-Belova has no recorded level of responsibility, so her case is not in this cell.
  const lvovaBelova = seed.cases.find((c) => c.slug === "icc-lvova-belova")!;
  await expect(page.locator(".case-list")).not.toContainText(lvovaBelova.title);
});

test("the case list says plainly when none matches, and names an unknown filter", async ({ page }) => {
  // No seeded case is a company's ecocide in Sudan (the seeded cases are the ICC's Ukraine warrants).
  const response = await page.goto("/cases?forum=ictr&crime=ecocide&accused=legal&situation=sudan");
  expect(response?.status()).toBe(200);
  await expect(page.locator(".notice")).toContainText("forum");
  await expect(page.locator(".notice")).toContainText("ukraine-domestic");
  await expect(page.locator(".empty")).toContainText("No tracked case matches");
});
