/**
 * The timeline drawn (issue 16): the milestones by year and track on /milestones, and a profile's
 * coverage over time on "Which forum?". Both are server-rendered SVG (no script needed) with a
 * title and a description, a legend, and a table with the same numbers; the wide drawing shows on
 * a laptop and in print, fitted to the page. Reads only the seeded data; writes nothing.
 */
import { expect, test, type Page } from "@playwright/test";

const MAIDAN = "/which-forum?crime=war-crimes&accused=natural&level=top-leadership&mode=direct&situation=ukraine&conduct=2014-01&asOf=2026-05-01";
const COMMANDER = "/which-forum?crime=war-crimes&accused=natural&level=senior-command&mode=command-responsibility&situation=ukraine&asOf=2026-05-01";

const visibleChart = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`);

test.describe("milestones by year and track", () => {
  test.use({ javaScriptEnabled: false });

  test("is drawn on the server, named and described, with the same numbers in a table", async ({ page }) => {
    await page.goto("/milestones");
    const chart = visibleChart(page, "milestone-chart");
    await expect(chart).toHaveCount(1);
    await expect(chart).toHaveAttribute("data-variant", "wide");
    await expect(page.getByRole("img", { name: "Milestones by year and track" })).toBeVisible();
    await expect(chart.locator("desc")).toContainText(/milestones? from \d{4} to \d{4}, by track\./);

    const table = page.getByTestId("milestone-chart-table");
    await expect(table.locator("caption")).toContainText("The chart’s numbers");
    // The tracks come from the data, each a column; the years are row headers.
    for (const track of ["Accountability", "Security guarantees", "Sanctions"]) {
      await expect(table.getByRole("columnheader", { name: track })).toBeVisible();
    }
    await expect(table.locator("tbody th[scope=row]").first()).toHaveText(/^\d{4}$/);
    // The footer's total is every milestone the page counts.
    const total = (await page.locator("#result-count strong").innerText()).match(/^([\d,]+) milestones?/)![1]!;
    await expect(table.locator("tfoot td").last()).toHaveText(total);
    // Each drawn bar is a year and track the table gives as more than zero.
    const bar = chart.locator("[data-track=accountability] g[data-year]").first();
    const year = await bar.getAttribute("data-year");
    await expect(table.locator(`tr[data-year="${year}"] td[data-track=accountability]`)).not.toHaveText("0");
  });

  test("a year of the table leads to the timeline of that year, whose count is the table's", async ({ page }) => {
    await page.goto("/milestones");
    const row = page.getByTestId("milestone-chart-table").locator("tbody tr").last();
    const year = await row.getAttribute("data-year");
    const count = await row.locator("td").last().innerText();
    await row.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/milestones\\?year=${year}$`));
    await expect(page.locator("#result-count")).toContainText(`${count} milestone`);
  });

  test("follows the filters: one track, one column", async ({ page }) => {
    await page.goto("/milestones?track=sanctions");
    const table = page.getByTestId("milestone-chart-table");
    await expect(table.locator("thead th")).toHaveText(["Year", "Sanctions", "All tracks"]);
    await expect(page.locator("figure.chart")).toContainText("that match the filters");
    await expect(visibleChart(page, "milestone-chart").locator("[data-track]")).toHaveCount(1);
  });

  test("is not repeated on the timeline's later pages", async ({ page }) => {
    await page.goto("/milestones?limit=5");
    await page.getByTestId("older-milestones").click();
    await expect(page.getByTestId("timeline-page")).toBeVisible();
    await expect(page.getByTestId("milestone-chart")).toHaveCount(0);
  });

  test("prints whole: the wide drawing fitted to the page", async ({ page }) => {
    await page.goto("/milestones");
    await page.emulateMedia({ media: "print" });
    const chart = visibleChart(page, "milestone-chart");
    await expect(chart).toHaveAttribute("data-variant", "wide");
    const box = (await chart.boundingBox())!;
    const main = (await page.locator("main").boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(main.x + main.width + 1);
  });
});

test.describe("coverage over time", () => {
  test.use({ javaScriptEnabled: false });

  test("draws each forum's periods for the profile, with the milestones that opened and closed them", async ({ page }) => {
    await page.goto(MAIDAN);
    const section = page.getByRole("region", { name: "Coverage over time" });
    await expect(section.getByRole("img", { name: "Coverage over time, forum by forum" })).toBeVisible();
    await expect(visibleChart(page, "coverage-chart").locator("desc")).toContainText(
      "International Criminal Court: excluded from January 2014 to 16 April 2014; covers from 17 April 2014.",
    );
    const icc = section.getByTestId("coverage-table").locator('tr[data-forum="icc"]');
    await expect(icc).toHaveCount(2);
    await expect(icc.nth(0)).toHaveAttribute("data-status", "excluded");
    await expect(icc.nth(0).locator("td")).toHaveText(["Excluded", "January 2014", "16 April 2014", "The conduct asked about begins", "Ukraine accepts ICC jurisdiction (first Article 12(3) declaration)"].map((t) => new RegExp(escape(t))));
    await expect(icc.nth(1)).toHaveAttribute("data-status", "covers");
    await expect(icc.nth(1).locator("td").nth(1)).toHaveText("17 April 2014");
    // The legend names each status drawn, by its pattern as well as its colour.
    await expect(section.getByRole("list", { name: "Legend" })).toContainText("Excluded (cross-hatched)");
    // The milestone is a link to its page.
    await icc.nth(1).getByRole("link", { name: "Ukraine accepts ICC jurisdiction (first Article 12(3) declaration)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ukraine accepts ICC jurisdiction (first Article 12(3) declaration)");
  });

  test("agrees with the answer on its own 'as of' day", async ({ page }) => {
    await page.goto(COMMANDER);
    for (const forum of ["icc", "special-tribunal", "ukraine-domestic"]) {
      const answered = await page.locator(`section.forum-answer[data-forum="${forum}"] .forum-answer-head .forum-status`).getAttribute("data-status");
      // "As of" 1 May 2026 is after every change recorded: the forum's last period is the answer's.
      await expect(page.getByTestId("coverage-table").locator(`tr[data-forum="${forum}"]`).last()).toHaveAttribute("data-status", answered!);
    }
  });

  test("says a boundary known only to the month as the month, never an invented day", async ({ page }) => {
    await page.goto(COMMANDER);
    const rows = page.getByTestId("coverage-table").locator('tr[data-forum="ukraine-domestic"]');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1).locator("td").nth(2)).toHaveText("October 2024");
    await expect(rows.nth(2).locator("td").nth(1)).toHaveText("October 2024");
    await expect(rows.nth(2)).toContainText("Criminal Code amended to align with the Rome Statute; command responsibility added");
    await expect(page.getByTestId("coverage-table")).not.toContainText(/\d+ October 2024/);
    // Without a conduct date, the chart says why a forum is so often "Conditional".
    await expect(page.getByRole("region", { name: "Coverage over time" })).toContainText("No date of conduct was given");
  });

  test("is linked from the answer", async ({ page }) => {
    await page.goto(MAIDAN);
    await expect(page.getByRole("link", { name: "How this answer changed over time" })).toHaveAttribute("href", "#coverage-over-time");
  });

  test("prints whole: the wide drawing fitted to the page", async ({ page }) => {
    await page.goto(MAIDAN);
    await page.emulateMedia({ media: "print" });
    const chart = visibleChart(page, "coverage-chart");
    await expect(chart).toHaveAttribute("data-variant", "wide");
    const box = (await chart.boundingBox())!;
    const main = (await page.locator("main").boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(main.x + main.width + 1);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
