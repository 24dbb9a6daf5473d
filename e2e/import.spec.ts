/**
 * The import page against the real endpoint: an analyst checks a small sources CSV (nothing is
 * written), imports it, imports it again (unchanged), and is refused a file with a bad row (the
 * column and the reason shown, Import kept closed). A viewer is told they may not import. Every
 * source is synthetic, with external ids unique to this run; the users are created by the test.
 */
import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { insertTestUsers, signInAs, e2eSql } from "./support/users";

const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const analyst = `e2e-import-${stamp}@example.org`;
const viewer = `e2e-import-viewer-${stamp}@example.org`;
const prefix = `e2e-import-${stamp}`;

test.beforeAll(() =>
  insertTestUsers([
    { id: `e2e_import_${stamp}`, email: analyst, name: "E2E Import Analyst", role: "ANALYST" },
    { id: `e2e_import_viewer_${stamp}`, email: viewer, name: "E2E Import Viewer", role: "VIEWER" },
  ]),
);

test.afterAll(async () => {
  if (!process.env.E2E_DATABASE_URL) return;
  await e2eSql(`delete from "Source" where "externalId" like $1`, [`${prefix}-%`]);
});

/** How many of this run's sources the database holds. */
async function importedSources(): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(`select count(*) as n from "Source" where "externalId" like $1`, [`${prefix}-%`]);
    return Number(result.rows[0]!.n);
  } finally {
    await client.end();
  }
}

const header = "external_id,kind,title,publisher,url,published_on";
const validCsv = [
  header,
  `${prefix}-1,synthetic,E2E import source one ${stamp},E2E publisher,https://example.org/one,2024-03`,
  `${prefix}-2,synthetic,"E2E import source two, with a comma",,https://example.org/two,2024`,
].join("\n");
const badCsv = [
  header,
  `${prefix}-3,synthetic,E2E import source three,,https://example.org/three,2024`,
  `${prefix}-4,synthetic,E2E import source four,,not a web address,2024`,
].join("\n");

async function choose(page: Page, name: string, content: string) {
  await page.getByLabel("File", { exact: true }).setInputFiles({ name, mimeType: name.endsWith(".csv") ? "text/csv" : "application/octet-stream", buffer: Buffer.from(content) });
}

const report = (page: Page) => page.locator("table.import-report");
const importButton = (page: Page) => page.getByRole("button", { name: /^Import/ });

test("an analyst checks a sources file, imports it, and importing it again changes nothing", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, analyst, "/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import from a file" })).toBeVisible();
  await expect(importButton(page)).toBeDisabled();

  await page.getByLabel("What the file holds").selectOption("sources");
  await expect(page.getByRole("heading", { name: "Sources in CSV" })).toBeVisible();
  const [template] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download a CSV template" }).click()]);
  expect(template.suggestedFilename()).toBe("sources-template.csv");
  expect((await readFile((await template.path())!, "utf8")).replace(/^\uFEFF/, "").trim()).toBe("external_id,kind,title,publisher,authors,url,published_on,note");

  await choose(page, "sources.csv", validCsv);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: /Result of the check/ })).toBeVisible();
  await expect(page.locator(".import-result")).toContainText("Nothing was written: this was a check.");
  await expect(report(page).locator("tbody")).toHaveCount(2);
  await expect(report(page).locator("tbody").first()).toContainText("Would be created");
  await expect(report(page).locator("tbody").first()).toContainText(`${prefix}-1`);
  expect(await importedSources()).toBe(0);

  // The same file and kind, nothing rejected: Import opens and says how many records.
  await expect(importButton(page)).toHaveText("Import 2 records");
  await expect(importButton(page)).toBeEnabled();
  await importButton(page).click();
  await expect(page.getByRole("heading", { name: /Result of the import/ })).toBeVisible();
  await expect(page.locator(".import-result")).toContainText("Imported: 2 created, 0 updated.");
  await expect(report(page).locator("tbody").first()).toContainText("Created");
  expect(await importedSources()).toBe(2);
  // The check is used up: another import needs another check.
  await expect(importButton(page)).toHaveText("Import");
  await expect(importButton(page)).toBeDisabled();

  // Again: every record is known and holds the same; nothing is duplicated.
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: /Result of the check/ })).toBeVisible();
  await expect(report(page).locator("tbody").filter({ hasText: "Unchanged" })).toHaveCount(2);
  await importButton(page).click();
  await expect(page.locator(".import-result")).toContainText("Imported: 0 created, 0 updated.");
  await expect(report(page).locator("tbody").filter({ hasText: "Unchanged" })).toHaveCount(2);
  expect(await importedSources()).toBe(2);

  // Choosing another file forgets the check.
  await choose(page, "other.csv", `${validCsv}\n`);
  await expect(page.locator(".import-result")).toHaveCount(0);
  await expect(importButton(page)).toBeDisabled();
});

test("a file with a bad row is rejected row by row, and Import stays closed", async ({ page }) => {
  await signInAs(page, analyst, "/import");
  await page.getByLabel("What the file holds").selectOption("sources");

  await choose(page, "sources.xlsx", validCsv);
  await expect(page.locator("#import-file-error")).toContainText("neither a .csv nor a .json file");
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator(".import-result")).toHaveCount(0);

  // A file the tracker cannot read through (an unknown column) stops the check, saying why.
  await choose(page, "odd.csv", `external_id,title,colour\n${prefix}-6,Odd,blue\n`);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator(".import-result")).toContainText("The check stopped.");
  await expect(page.locator(".import-result")).toContainText("colour");
  await expect(importButton(page)).toBeDisabled();

  await choose(page, "bad-sources.csv", badCsv);
  await expect(page.locator("#import-file-error")).toHaveCount(0);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: /Result of the check/ })).toBeVisible();
  await expect(page.locator(".import-result")).toContainText("1 is rejected");
  // Rejected records are shown first.
  await expect(page.getByRole("button", { name: "Rejected (1)" })).toHaveAttribute("aria-pressed", "true");
  const rejected = report(page).locator("tbody");
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText(`${prefix}-4`);
  await expect(rejected.locator('td[data-label="Line(s)"]')).toHaveText("3");
  await expect(rejected.locator('td[data-label="Column"]')).toHaveText("url");
  await expect(rejected.locator('td[data-label="Reason"]')).toContainText("web address");
  await page.getByRole("button", { name: "All (2)" }).click();
  await expect(report(page).locator("tbody")).toHaveCount(2);

  await expect(importButton(page)).toBeDisabled();
  await expect(page.locator("#import-commit-hint")).toContainText("the check rejected 1 record");
  expect(await countById(`${prefix}-3`)).toBe(0);

  // The report downloads as CSV.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the report (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("bad-sources-check-report.csv");
});

test("the page lists the values of every coded column, and one check names every problem of a milestones file", async ({ page }) => {
  await signInAs(page, analyst, "/import");
  await page.getByLabel("What the file holds").selectOption("milestones");
  // The tracks and types, from the reference data, beside their columns.
  const columns = page.locator("table.import-columns");
  const trackRow = columns.locator("tr", { has: page.locator("th code", { hasText: /^track$/ }) });
  await expect(trackRow).toContainText("accountability");
  await expect(trackRow).toContainText("security-guarantees");
  const typeRow = columns.locator("tr", { has: page.locator("th code", { hasText: /^type$/ }) });
  await typeRow.getByText(/The \d+ milestone types it takes/).click();
  await expect(typeRow.getByText("arrest-warrant")).toBeVisible();

  // The walk-through's rows: each problem of each row in the one report.
  const file = [
    "external_id,date,title,description,track,type,situation,forums,sources",
    `${prefix}-m1,2023-03-17,E2E milestone ${stamp},What happened.,justice,arest-warrant,ukraine,icc,`,
    `${prefix}-m2,,,,accountability,judgment,,tribunal,no-such-source-${stamp}`,
  ].join("\n");
  await choose(page, "milestones.csv", file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator(".import-result")).toContainText("2 are rejected");
  const first = report(page).locator("tbody").nth(0);
  await expect(first).toContainText("“justice”: no such track. The tracks are: accountability, security-guarantees, sanctions.");
  await expect(first).toContainText("“arest-warrant”: no such milestone type; did you mean “arrest-warrant”?");
  await expect(first.locator('td[data-label="Column"]')).toContainText(["sources"]);
  const second = report(page).locator("tbody").nth(1);
  await expect(second).toContainText("did you mean “special-tribunal”?");
  // The report starts each reason with a capital.
  await expect(second).toContainText(new RegExp(`names "no-such-source-${stamp}", but no source has that external id or slug`, "i"));
  await expect(second.locator('td[data-label="Column"]')).toContainText(["title"]);
  await expect(importButton(page)).toBeDisabled();
});

test("the progress bar shows while the file is checked, and cancelling writes nothing", async ({ page }) => {
  await signInAs(page, analyst, "/import");
  // Hold the request back a moment so that the running state can be seen; the endpoint is the real one.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/v1/imports**", async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await page.getByLabel("What the file holds").selectOption("sources");
  await choose(page, "sources.csv", badCsv.replace(`${prefix}-4`, `${prefix}-5`).replace("not a web address", "https://example.org/five"));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator(".import-progress progress")).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel the check" })).toBeFocused();
  await expect(page.locator(".import-progress")).toContainText("leaves the database as it was");
  await expect(page.getByRole("button", { name: "Check the file" })).toBeDisabled();

  await page.getByRole("button", { name: "Cancel the check" }).click();
  release();
  await expect(page.locator(".import-result")).toContainText("You cancelled the check.");
  await expect(page.locator(".import-progress")).toHaveCount(0);

  // Run it through this time.
  await page.unroute("**/api/v1/imports**");
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator(".import-result")).toContainText("Nothing was written: this was a check.");
  await expect(importButton(page)).toHaveText("Import 2 records");
  expect(await countById(`${prefix}-5`)).toBe(0);
});

test("a viewer is told they may not import", async ({ page }) => {
  await signInAs(page, viewer, "/import");
  await expect(page.getByRole("heading", { name: "You may not import records" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Check the file" })).toHaveCount(0);
});

async function countById(externalId: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(`select count(*) as n from "Source" where "externalId" = $1`, [externalId]);
    return Number(result.rows[0]!.n);
  } finally {
    await client.end();
  }
}
