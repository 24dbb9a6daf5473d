/**
 * "Which forum?": the form, its answer (forum by forum, with the rules, provisions and sources),
 * the URL that holds the question, and refusals shown next to the field with HTTP 200.
 * Expected statuses are those the seeded rules give (see docs and prisma/seed/reference-data.ts).
 */
import { expect, test, type Page } from "@playwright/test";

const forumCard = (page: Page, forum: string) => page.locator(`section.forum-answer[data-forum="${forum}"]`);

async function expectStatus(page: Page, forum: string, status: "covers" | "conditional" | "excluded", label: string) {
  const badge = forumCard(page, forum).locator(".forum-answer-head .forum-status");
  await expect(badge).toHaveAttribute("data-status", status);
  await expect(badge).toContainText(label);
}

async function ask(page: Page, answers: { crime: string; accused: string; level?: string; asOf: string }) {
  await page.getByLabel("Crime", { exact: true }).selectOption({ label: answers.crime });
  await page.getByLabel("Kind of accused").selectOption({ label: answers.accused });
  await page.getByLabel("Level of responsibility").selectOption(answers.level ? { label: answers.level } : { value: "" });
  await page.getByLabel("As of").fill(answers.asOf);
  await page.getByRole("button", { name: "Show which forum" }).click();
}

test("aggression by the top leadership, before and after the Special Tribunal agreement; the URL holds the question", async ({ page }) => {
  const response = await page.goto("/which-forum");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which forum?");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Which forum?" })).toHaveAttribute("aria-current", "page");

  await ask(page, { crime: "Crime of aggression", accused: "Natural person", level: "Top leadership", asOf: "2025-06-24" });
  await expect(page).toHaveURL(/\/which-forum\?/);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({
    crime: "aggression",
    accused: "natural",
    level: "top-leadership",
    mode: "direct",
    situation: "ukraine",
    asOf: "2025-06-24",
  });

  await expect(page.locator("#answer-headline")).toContainText(/No forum covers this profile outright on 24\s+June\s+2025/);
  await expect(page.locator("#answer-headline")).toContainText("impunity gap");
  await expectStatus(page, "icc", "conditional", "Conditional");
  await expectStatus(page, "special-tribunal", "excluded", "Excluded");
  await expectStatus(page, "ukraine-domestic", "conditional", "Conditional");
  // The tribunal's agreement was signed the next day: no rule of it reaches the profile yet.
  await expect(forumCard(page, "special-tribunal")).toContainText("No applicable rule");
  // The ICC's reason explains itself: provision, condition, validity and the source's passage.
  const icc = forumCard(page, "icc");
  await expect(icc.locator(".reason-title")).toContainText("Rome Statute, Article 15 bis(5)");
  await expect(icc.locator(".rule-condition")).toContainText("Russia");
  await expect(icc.locator(".reason-facts")).toContainText("From 1 January 2025");
  await expect(icc.locator(".citation-locator")).toContainText("Passage:");

  // The same question a week later, from the form under the answer, which kept the choices.
  await expect(page.getByLabel("Crime", { exact: true })).toHaveValue("aggression");
  await page.getByLabel("As of").fill("2025-07-01");
  await page.getByRole("button", { name: "Show which forum" }).click();
  await expect(page).toHaveURL(/asOf=2025-07-01/);
  await expect(page).toHaveURL(/level=top-leadership/);
  await expectStatus(page, "special-tribunal", "conditional", "Conditional");
  await expect(forumCard(page, "special-tribunal").locator(".rule-condition")).toContainText("agreement is in force");
  await expectStatus(page, "icc", "conditional", "Conditional");
  await expectStatus(page, "ukraine-domestic", "conditional", "Conditional");

  // The shared URL gives the same answer on its own.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expectStatus(other, "special-tribunal", "conditional", "Conditional");
  await other.close();
});

test("a company charged with war crimes: the ICC is excluded under Article 25(1); the level is left out", async ({ page }) => {
  await page.goto("/which-forum");
  await ask(page, { crime: "War crimes", accused: "Legal person", asOf: "2025-06-24" });
  // The empty level is dropped from the shareable URL.
  await expect(page).toHaveURL(/crime=war-crimes&accused=legal&mode=direct&situation=ukraine&asOf=2025-06-24$/);
  await expectStatus(page, "icc", "excluded", "Excluded");
  const icc = forumCard(page, "icc");
  await expect(icc.locator(".reason-title")).toContainText("Rome Statute, Article 25(1)");
  await expect(icc).toContainText("natural persons only");
  await expect(icc.locator(".citation")).toContainText("Source:");
  await expectStatus(page, "ukraine-domestic", "conditional", "Conditional");
  await expect(page.locator(".question")).toContainText("Not applicable (legal person)");
});

test("a bad date is shown next to the field, with HTTP 200 and the other choices kept", async ({ page }) => {
  const response = await page.goto("/which-forum?crime=aggression&accused=natural&level=top-leadership&asOf=2025-02-30");
  expect(response?.status()).toBe(200);
  await expect(page.locator(".error-summary")).toContainText("As of");
  const error = page.locator("#field-asOf-error");
  await expect(error).toContainText("“2025-02-30” is not a calendar date");
  await expect(page.getByLabel("As of")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Crime", { exact: true })).toHaveValue("aggression");
  await expect(page.getByLabel("Level of responsibility")).toHaveValue("top-leadership");
  await expect(page.locator("section.forum-answer")).toHaveCount(0);
});

test("a level for a legal person is refused next to the level field, not with a crash", async ({ page }) => {
  await page.goto("/which-forum");
  await ask(page, { crime: "War crimes", accused: "Legal person", level: "Field-grade officers", asOf: "2025-06-24" });
  await expect(page.locator("#field-level-error")).toContainText("does not apply to a legal person");
  await expect(page.getByLabel("Kind of accused")).toHaveValue("legal");
  await expect(page.getByLabel("Level of responsibility")).toHaveValue("field-grade");
});
