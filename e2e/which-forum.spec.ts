/**
 * "Which forum?": the form with its two dates (the conduct, and "as of"), the answer forum by forum
 * in four statuses (with conditions, periods of conduct, the forum's note, the rules, provisions and
 * sources), the complementarity split set apart as policy, the URL that holds the question, and
 * refusals shown next to the field with HTTP 200.
 *
 * Expected statuses depend on the seeded rules (prisma/seed/reference-data.ts); those marked
 * "(data)" are the lead's stated expectations after the December 2026 rewrite.
 */
import { expect, test, type Page } from "@playwright/test";

const today = new Date().toISOString().slice(0, 10);
const forumCard = (page: Page, forum: string) => page.locator(`section.forum-answer[data-forum="${forum}"]`);
type Status = "covers" | "conditional" | "excluded" | "unknown";
const LABELS: Record<Status, string> = { covers: "Covers", conditional: "Conditional", excluded: "Excluded", unknown: "No rule recorded" };

async function expectStatus(page: Page, forum: string, status: Status) {
  const badge = forumCard(page, forum).locator(".forum-answer-head .forum-status");
  await expect(badge).toHaveAttribute("data-status", status);
  await expect(badge).toContainText(LABELS[status]);
}

async function ask(page: Page, answers: { crime: string; accused: string; level?: string; mode?: string; conduct?: string; asOf?: string }) {
  await page.getByLabel("Crime", { exact: true }).selectOption({ label: answers.crime });
  await page.getByLabel("Kind of accused").selectOption({ label: answers.accused });
  await page.getByLabel("Level of responsibility").selectOption(answers.level ? { label: answers.level } : { value: "" });
  if (answers.mode) await page.getByLabel("Mode of liability").selectOption({ label: answers.mode });
  await page.getByLabel("Date of the conduct").fill(answers.conduct ?? "");
  if (answers.asOf) await page.getByLabel("As of").fill(answers.asOf);
  await page.getByRole("button", { name: "Show which forum" }).click();
}

test("the form takes both dates; the answer states them and its URL carries both", async ({ page }) => {
  const response = await page.goto("/which-forum");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which forum?");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Which forum?" })).toHaveAttribute("aria-current", "page");
  // The two dates sit together, each explained; "as of" is today unless changed.
  const dates = page.getByRole("group", { name: /Two dates/ });
  await expect(dates.getByLabel("Date of the conduct")).toHaveValue("");
  await expect(dates.locator("#field-conduct-hint")).toContainText("Leave it empty to see, forum by forum, which periods of conduct each can try");
  await expect(dates.getByLabel("As of")).toHaveValue(today);

  await ask(page, { crime: "War crimes", accused: "Natural person", level: "Direct perpetrators", conduct: "2022-03" });
  await expect(page).toHaveURL(/\/which-forum\?/);
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
    crime: "war-crimes",
    accused: "natural",
    level: "direct-perpetrator",
    mode: "direct",
    situation: "ukraine",
    conduct: "2022-03",
    asOf: today,
  });
  await expect(page.locator("#question-conduct")).toHaveText("March 2022");
  await expect(page.locator("#question-as-of")).toContainText("(the law in force that day)");
  await expect(page.locator("#answer-headline")).toHaveAttribute("data-tone", "covered");
  await expect(page.locator("#answer-headline")).toContainText("for conduct in March 2022: covered by the International Criminal Court and the Ukrainian national courts");
  // (data) War crimes by a direct perpetrator in March 2022.
  await expectStatus(page, "icc", "covers");
  await expectStatus(page, "special-tribunal", "excluded");
  await expectStatus(page, "ukraine-domestic", "covers");
  // A single period of conduct needs no table; the ICC's note on admissibility comes with "covers".
  await expect(forumCard(page, "icc").locator("table.conduct-periods")).toHaveCount(0);
  const note = forumCard(page, "icc").locator(".forum-answer-note");
  await expect(note).toContainText("Article 17");
  await expect(note.getByRole("link", { name: /Rome Statute, Article 17/ })).toHaveAttribute("href", /^https:\/\//);
  // Each reason says the conduct it reaches, and links its provision to the official text.
  const reason = forumCard(page, "icc").locator("article.reason").first();
  await expect(reason.locator(".reason-conduct")).toContainText(/^Conduct from /);
  await expect(reason.locator("a.provision-link")).toHaveAttribute("href", /^https:\/\//);

  // The matrix link keeps both dates.
  await expect(page.getByRole("link", { name: "This profile in the coverage matrix" })).toHaveAttribute(
    "href",
    `/en/coverage?conduct=2022-03&asOf=${today}&situation=ukraine&mode=direct#row-war-crimes-natural-direct-perpetrator`,
  );

  // The shared URL gives the same answer on its own.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.locator("#question-conduct")).toHaveText("March 2022");
  await expectStatus(other, "icc", "covers");
  await other.close();

  // Changing the conduct to a period from the form under the answer, which kept the choices.
  await expect(page.getByLabel("Date of the conduct")).toHaveValue("2022-03");
  await page.getByLabel("Date of the conduct").fill("2013-01/2014-12");
  await page.getByRole("button", { name: "Show which forum" }).click();
  await expect(page).toHaveURL(new RegExp(`conduct=2013-01%2F2014-12&asOf=${today}$`));
  await expect(page.locator("#question-conduct")).toHaveText("January 2013 to December 2014");
});

test("without a date of conduct, each forum shows which periods of conduct it can try", async ({ page }) => {
  await page.goto("/which-forum");
  await ask(page, { crime: "War crimes", accused: "Natural person", level: "Direct perpetrators" });
  // The empty conduct field is dropped from the shareable URL; "as of" is pinned.
  await expect(page).toHaveURL(new RegExp(`crime=war-crimes&accused=natural&level=direct-perpetrator&mode=direct&situation=ukraine&asOf=${today}$`));
  await expect(page.locator("#question-conduct")).toHaveText("Not given (all conduct up to the as-of date)");
  await expect(page.locator("#answer-headline")).toContainText("for conduct at any time up to that day");

  // (data) The ICC reaches conduct in Ukraine only from 21 November 2013 (the first Article 12(3) declaration).
  await expectStatus(page, "icc", "conditional");
  const periods = forumCard(page, "icc").locator("table.conduct-periods tbody tr");
  await expect(periods).toHaveCount(2);
  await expect(periods.nth(0).locator("th")).toHaveText("Conduct up to 20 November 2013");
  await expect(periods.nth(0)).toHaveAttribute("data-status", "excluded");
  await expect(periods.nth(0).locator(".forum-status")).toContainText("Excluded");
  await expect(periods.nth(1).locator("th")).toHaveText("Conduct from 21 November 2013 onwards");
  await expect(periods.nth(1)).toHaveAttribute("data-status", "covers");
  // Its condition says what it turns on: when the conduct took place, a fact about the case.
  const condition = forumCard(page, "icc").locator(".forum-conditions li").first();
  await expect(condition.locator(".condition-kind-tag")).toHaveText("A fact about the case");
  await expect(condition).toContainText("Depends on when the conduct took place");
  // The headline names it as conditional, not as covering.
  await expect(page.locator("#answer-headline")).toContainText("only if conditions hold: the International Criminal Court");
});

test("a forum with no rule recorded reads “No rule recorded”, in neutral grey, and is no impunity gap", async ({ page }) => {
  // (data) Genocide by a company: the ICC tries natural persons only; the tracker holds no rule for Ukraine's courts.
  const response = await page.goto(`/which-forum?crime=genocide&accused=legal&situation=ukraine&asOf=${today}`);
  expect(response?.status()).toBe(200);
  await expectStatus(page, "icc", "excluded");
  await expectStatus(page, "ukraine-domestic", "unknown");
  const badge = forumCard(page, "ukraine-domestic").locator(".forum-answer-head .forum-status");
  await expect(badge).toHaveClass(/effect-unknown/);
  await expect(badge).not.toHaveClass(/effect-excludes/);
  // The grey is not the red of an exclusion.
  const colours = await badge.evaluate((el) => getComputedStyle(el).color);
  const excludedColour = await forumCard(page, "icc").locator(".forum-answer-head .forum-status").evaluate((el) => getComputedStyle(el).color);
  expect(colours).not.toBe(excludedColour);
  await expect(forumCard(page, "ukraine-domestic").locator(".reason-none")).toContainText("not a finding that the forum lacks jurisdiction");

  const headline = page.locator("#answer-headline");
  await expect(headline).not.toHaveAttribute("data-tone", "gap");
  await expect(headline).not.toContainText("This is an impunity gap");
  await expect(headline).toContainText("No rule recorded for the Ukrainian national courts");
});

test("an impunity gap is said only when every forum is excluded by a recorded rule", async ({ page }) => {
  // (data) Ecocide by command responsibility: not a Rome Statute crime, not aggression, and Article 31-1 does not reach Article 441.
  await page.goto(`/which-forum?crime=ecocide&accused=natural&level=top-leadership&mode=command-responsibility&situation=ukraine&asOf=${today}`);
  for (const forum of ["icc", "special-tribunal", "ukraine-domestic"]) await expectStatus(page, forum, "excluded");
  await expect(page.locator("#answer-headline")).toHaveAttribute("data-tone", "gap");
  await expect(page.locator("#answer-headline")).toContainText("This is an impunity gap");
});

test("the complementarity split is a section of its own, labelled policy, not jurisdiction", async ({ page }) => {
  await page.goto(`/which-forum?crime=war-crimes&accused=natural&level=top-leadership&mode=direct&situation=ukraine&asOf=${today}`);
  const split = page.locator("section.policy-split");
  await expect(split.getByRole("heading", { level: 2 })).toContainText("Policy, not jurisdiction");
  await expect(split).toContainText("does not change any status above");
  // Apart from the legal answer, never inside a forum's card.
  await expect(page.locator("section.forum-answer section.policy-split, section.forum-answer .policy")).toHaveCount(0);
  const policies = split.locator("li.policy");
  expect(await policies.count()).toBeGreaterThan(0);
  for (const policy of await policies.all()) {
    await expect(policy.locator(".policy-kind")).toHaveText(/^(Described practice or policy|Recommendation)$/);
    await expect(policy.locator(".policy-forum")).toHaveText(/^(Names: .+|No forum named)$/);
    await expect(policy.locator(".policy-proposer")).toContainText("Proposed by:");
    await expect(policy.locator(".citation")).toContainText("Source:");
  }
  // (data) The ICC Prosecutor's pursuit of the top leadership, as the post describes it.
  await expect(split.locator('li.policy[data-policy="icc-top-leadership"]')).toContainText("Names: International Criminal Court");
});

test("aggression by the top leadership: the ICC excluded, the Special Tribunal conditional, each condition with its kind", async ({ page }) => {
  await page.goto("/which-forum");
  await ask(page, { crime: "Crime of aggression", accused: "Natural person", level: "Top leadership" });
  // (data)
  await expectStatus(page, "icc", "excluded");
  await expectStatus(page, "special-tribunal", "conditional");
  const conditions = forumCard(page, "special-tribunal").locator(".forum-conditions li");
  expect(await conditions.count()).toBeGreaterThan(0);
  for (const c of await conditions.all()) {
    await expect(c.locator(".condition-kind-tag")).toHaveText(/^(A fact about the case|The forum is not yet operational|A date known only to the month or year)$/);
  }
  // The ICC's exclusion explains itself: provision and the source's passage.
  const icc = forumCard(page, "icc");
  await expect(icc.locator(".reason-title").first()).toContainText("Rome Statute");
  await expect(icc.locator(".citation-locator").first()).toContainText("Passage:");
  // No note on admissibility where the ICC is excluded.
  await expect(icc.locator(".forum-answer-note")).toHaveCount(0);
});

test("a company charged with war crimes: the ICC is excluded under Article 25(1); the level is left out", async ({ page }) => {
  await page.goto("/which-forum");
  await ask(page, { crime: "War crimes", accused: "Legal person", asOf: "2025-06-24" });
  await expect(page).toHaveURL(/crime=war-crimes&accused=legal&mode=direct&situation=ukraine&asOf=2025-06-24$/);
  await expectStatus(page, "icc", "excluded");
  const icc = forumCard(page, "icc");
  await expect(icc.locator(".reason-title", { hasText: "Rome Statute, Article 25(1)" })).toHaveCount(1);
  await expect(icc).toContainText("natural persons only");
  await expect(page.locator(".question")).toContainText("Not applicable (legal person)");
});

test("the legend explains the four statuses and the three kinds of condition", async ({ page }) => {
  await page.goto("/which-forum");
  const legend = page.locator("section", { has: page.getByRole("heading", { name: "What the answers mean" }) });
  await expect(legend.locator(".legend .forum-status")).toHaveText(["✓Covers", "?Conditional", "✕Excluded", "–No rule recorded"]);
  await expect(legend).toContainText("never counted as an impunity gap");
  await expect(legend.locator(".legend-conditions dt")).toHaveText([
    "A fact about the case",
    "The forum is not yet operational",
    "A date known only to the month or year",
  ]);
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

test("a conduct the parser refuses is shown next to its field, and the text typed is kept", async ({ page }) => {
  await page.goto("/which-forum");
  await ask(page, { crime: "War crimes", accused: "Natural person", level: "Field-grade officers", conduct: "March 2022" });
  await expect(page.locator(".error-summary")).toContainText("Date of the conduct");
  // The keyboard user lands on what went wrong, not at the top of the page.
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator("#field-conduct-error")).toContainText("“March 2022” is not a date of conduct");
  await expect(page.getByLabel("Date of the conduct")).toHaveValue("March 2022");
  await expect(page.getByLabel("Date of the conduct")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("section.forum-answer")).toHaveCount(0);

  // Conduct that begins after "as of": the law of that day cannot reach it.
  await page.goto("/which-forum?crime=war-crimes&accused=natural&level=field-grade&conduct=2025-07&asOf=2025-06-24");
  await expect(page.locator("#field-conduct-error")).toContainText("begins after the “As of” date");
  await expect(page.getByLabel("Date of the conduct")).toHaveValue("2025-07");
  await expect(page.getByLabel("As of")).toHaveValue("2025-06-24");
});

test("a level for a legal person is refused next to the level field, not with a crash", async ({ page }) => {
  await page.goto("/which-forum");
  await ask(page, { crime: "War crimes", accused: "Legal person", level: "Field-grade officers", asOf: "2025-06-24" });
  await expect(page.locator("#field-level-error")).toContainText("does not apply to a legal person");
  await expect(page.getByLabel("Kind of accused")).toHaveValue("legal");
  await expect(page.getByLabel("Level of responsibility")).toHaveValue("field-grade");
});
