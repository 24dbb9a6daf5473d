/**
 * The pages, in a laptop-sized Chromium, against the production build on the seeded database.
 * Expected values come from the reference data the database was seeded with, so a page that
 * shows the wrong count, date or rule fails here.
 */
import { expect, test, type Page } from "@playwright/test";
import { formatPartialDate, parsePartialDate } from "../lib/core/dates";
import * as seed from "../prisma/seed/reference-data";

function partialOf(text: string) {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`Reference data has a bad date: ${text}`);
  return parsed;
}

/** The seeded milestones, newest first, as the timeline orders them (date, then title). */
function milestonesNewestFirst(filter: (m: seed.MilestoneSeed) => boolean = () => true) {
  return seed.milestones
    .filter(filter)
    .map((m) => ({ ...m, partial: partialOf(m.date) }))
    .sort((a, b) => (a.partial.date === b.partial.date ? a.title.localeCompare(b.title) : a.partial.date < b.partial.date ? 1 : -1));
}

function seededRule(slug: string) {
  const rule = seed.rules.find((r) => r.slug === slug);
  if (!rule) throw new Error(`No seeded rule ${slug}`);
  return rule;
}

/** The value shown under a rule card's scope label ("Crimes", "Kind of accused", …). */
function fact(card: ReturnType<Page["locator"]>, label: string) {
  return card.locator(".rule-facts > div").filter({ has: card.page().locator("dt", { hasText: label }) }).locator("dd");
}

async function statValue(page: Page, label: RegExp) {
  const stat = page.locator(".stat").filter({ hasText: label });
  await expect(stat).toHaveCount(1);
  return Number(await stat.locator(".stat-value").innerText());
}

test("home says what the tracker is, leads to its two answers, names its situations, links its counts and shows the latest accountability milestones", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accountability Architecture Tracker");
  await expect(page.locator(".intro")).toContainText("International Criminal Court");
  await expect(page.locator(".intro")).toContainText("legal analysts");

  // "Which forum?" and the coverage matrix come first, before anything else the page offers.
  await expect(page.locator("main h2").first()).toHaveText("Ask the tracker");
  await expect(page.locator(".home-question h3")).toHaveText(["Which forum?", "Coverage matrix"]);
  await page.locator(".home-question").first().getByRole("link", { name: "Which forum?" }).click();
  await expect(page).toHaveURL(/\/which-forum$/);
  await page.goBack();

  // The situations it follows, by name.
  await expect(page.locator(".home-situations dt")).toHaveText(seed.situations.map((s) => s.name));

  // Every count is a link to its list.
  expect(await statValue(page, /^\d+\s*forums?$/)).toBe(seed.forums.length);
  expect(await statValue(page, /jurisdiction rules?/)).toBe(seed.rules.length);
  expect(await statValue(page, /^\d+\s*milestones?$/)).toBe(seed.milestones.length);
  expect(await statValue(page, /tracked cases?/)).toBeGreaterThanOrEqual(0);
  for (const [label, href] of [[/^\d+\s*forums?$/, "/en/forums"], [/^\d+\s*milestones?$/, "/en/milestones"], [/tracked cases?/, "/en/cases"]] as const) {
    await expect(page.locator(".stat").filter({ hasText: label }).getByRole("link")).toHaveAttribute("href", href);
  }

  // The latest five of the accountability track, each naming its situation; the other tracks a click away.
  const expected = milestonesNewestFirst((m) => m.track === "accountability").slice(0, 5);
  const items = page.locator(".milestone-list li");
  await expect(items).toHaveCount(5);
  await expect(items.locator(".ml-title")).toHaveText(expected.map((m) => m.title));
  // Each date at its own precision: a month-precise milestone never gains a day.
  await expect(items.locator(".ml-date")).toHaveText(expected.map((m) => formatPartialDate(m.partial)));
  const situationName = (slug: string | undefined) => seed.situations.find((s) => s.slug === slug)?.name;
  for (const [i, m] of expected.entries()) {
    const named = situationName(m.situation);
    if (named) await expect(items.nth(i).locator(".ml-meta")).toContainText(`${named} · Accountability`);
  }
  await expect(page.getByRole("link", { name: "security guarantees" })).toHaveAttribute("href", "/en/milestones?track=security-guarantees");
  await items.first().locator(".ml-title").click();
  await expect(page).toHaveURL(new RegExp(`/milestones/${expected[0]!.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected[0]!.title);
});

test("forums list leads to the ICC: its rules (the natural-persons exclusion, the aggression rule, a condition and its kind), its note on admissibility and its policies", async ({ page }) => {
  await page.goto("/forums");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forums");
  const cards = page.locator(".forum-card");
  await expect(cards).toHaveCount(seed.forums.length);
  await expect(cards.first()).toContainText("Permanent international court");
  const iccFacts = cards.first().locator(".facts > div");
  await expect(iccFacts.filter({ hasText: "Legal basis" }).locator("dd")).toHaveText("Rome Statute");
  await expect(iccFacts.filter({ hasText: "Established" }).locator("dd")).toHaveText("1 July 2002");

  await page.getByRole("link", { name: "International Criminal Court", exact: true }).click();
  await expect(page).toHaveURL(/\/forums\/icc$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("International Criminal Court");

  // The natural-persons-only rule sits under "Excludes" and rests on Article 25(1).
  const excludes = page.locator("section.rule-group").filter({ has: page.locator("#effect-excludes") });
  const naturalPersons = excludes.locator("#rule-icc-natural-persons-only");
  await expect(naturalPersons).toBeVisible();
  await expect(naturalPersons.locator(".badge.effect")).toHaveText("✕Excludes");
  await expect(naturalPersons).toContainText("Rome Statute, Article 25(1)");
  await expect(naturalPersons).toContainText("natural persons only");
  await expect(fact(naturalPersons, "Kind of accused")).toHaveText("Legal person");
  await expect(fact(naturalPersons, "Crimes")).toHaveText("any crime");
  await expect(naturalPersons).toContainText("From 1 July 2002");
  // It cites the Statute itself, which states the rule (audit: a rule cites the text that states it).
  await expect(naturalPersons.locator(".citation")).toContainText("Rome Statute of the International Criminal Court");
  await expect(naturalPersons.locator(".citation")).toContainText("Article 25(1)");

  // The aggression rule of Article 15 bis(5) sits under its effect, as the reference data records it.
  const aggression = seededRule("icc-aggression-russia-not-a-party");
  const effectGroup = (effect: string) => page.locator("section.rule-group").filter({ has: page.locator(`#effect-${effect.toLowerCase()}`) });
  const aggressionCard = effectGroup(aggression.effect).locator(`#rule-${aggression.slug}`);
  await expect(aggressionCard.locator(".badge.effect")).toHaveText({ COVERS: "✓Covers", CONDITIONAL: "?Conditional", EXCLUDES: "✕Excludes" }[aggression.effect]);
  await expect(aggressionCard).toContainText("Article 15 bis(5)");
  await expect(fact(aggressionCard, "Crimes")).toHaveText("Crime of aggression");
  await expect(aggressionCard).toContainText("From 1 January 2025");

  // A conditional rule says its condition in words, what the condition turns on, the conduct it
  // reaches, and links its provision to the official text where one is recorded.
  const conditionalRule = seed.rules.find((r) => r.forum === "icc" && r.effect === "CONDITIONAL");
  if (conditionalRule) {
    const card = effectGroup("CONDITIONAL").locator(`#rule-${conditionalRule.slug}`);
    await expect(card.locator(".rule-condition")).toContainText(`Condition: ${conditionalRule.condition}`);
    await expect(card.locator(".rule-condition .condition-kind")).toHaveText(/^Kind of condition: (A fact about the case|The forum is not yet operational|A date known only to the month or year)$/);
    await expect(fact(card, "Conduct reached")).toHaveText(/^Conduct (from|up to|at any time)/);
  }
  await expect(fact(naturalPersons, "Provision").locator("a")).toHaveText(/^Rome Statute, Article 25\(1\) — /);

  // Every answer the ICC covers carries its note on admissibility (Article 17); the complementarity
  // policies that name it are labelled policy, not jurisdiction.
  const iccSeed = seed.forums.find((f) => f.slug === "icc")!;
  if ("coversNote" in iccSeed && iccSeed.coversNote) await expect(page.locator(".forum-note")).toContainText(iccSeed.coversNote.text);
  const iccPolicies = seed.policies.filter((p) => p.forum === "icc");
  await expect(page.locator(".policy-card")).toHaveCount(iccPolicies.length);
  for (const policy of iccPolicies) await expect(page.locator(`#policy-${policy.slug}`)).toContainText("Policy, not jurisdiction");

  // Its milestones, newest first.
  const forumMilestones = milestonesNewestFirst((m) => (m.forums ?? []).includes("icc"));
  await expect(page.locator(".milestone-list .ml-title")).toHaveText(forumMilestones.map((m) => m.title));
});

test("the ecocide page shows Ukraine’s Article 441 and the ICC’s exclusion", async ({ page }) => {
  await page.goto("/crimes");
  const card = page.locator(".crime-card").filter({ has: page.getByRole("link", { name: "Ecocide", exact: true }) });
  await expect(card.locator(".coverage-list")).toContainText("Ukrainian national courts");
  await expect(card.locator(".coverage-list")).not.toContainText("International Criminal Court");
  await card.getByRole("link", { name: "Ecocide", exact: true }).click();
  await expect(page).toHaveURL(/\/crimes\/ecocide$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ecocide");

  const ukraine = page.locator("section.forum-section").filter({ has: page.locator("#forum-ukraine-domestic") });
  const article441 = ukraine.locator("#rule-ukraine-ecocide");
  await expect(article441.locator(".badge.effect")).toHaveText("✓Covers");
  await expect(article441).toContainText("Criminal Code of Ukraine, Article 441");
  await expect(article441).toContainText("eight to fifteen years");
  await expect(article441.locator(".badge.status")).toHaveText("●In force today");

  const icc = page.locator("section.forum-section").filter({ has: page.locator("#forum-icc") });
  const exclusion = icc.locator("#rule-icc-ecocide-not-a-crime");
  await expect(exclusion.locator(".badge.effect")).toHaveText("✕Excludes");
  await expect(exclusion).toContainText("Rome Statute, Article 5");
  await expect(exclusion).toContainText("Ecocide is not a crime under the Rome Statute");
  // A rule that names no crime applies to every crime, ecocide included.
  await expect(icc.locator("#rule-icc-natural-persons-only")).toBeVisible();
});

test("milestone filters: the form narrows the timeline and puts the filters in the URL", async ({ page }) => {
  await page.goto("/milestones");
  const total = seed.milestones.length;
  await expect(page.locator("#result-count")).toHaveText(`${total} milestones in all`);
  await expect(page.locator("article.milestone")).toHaveCount(total);

  await page.getByLabel("Track", { exact: true }).selectOption({ label: "Accountability" });
  await page.getByLabel("Forum", { exact: true }).selectOption({ label: "International Criminal Court" });
  await page.getByRole("button", { name: "Apply filters" }).click();

  // The URL carries only the chosen filters: shareable as it stands.
  await expect(page).toHaveURL(/\/milestones\?track=accountability&forum=icc$/);
  const expected = milestonesNewestFirst((m) => m.track === "accountability" && (m.forums ?? []).includes("icc"));
  expect(expected.length).toBeLessThan(total);
  await expect(page.locator("#result-count")).toContainText(`${expected.length} milestones of ${total}`);
  await expect(page.locator("#result-count")).toContainText("Track: Accountability · Forum: International Criminal Court");
  await expect(page.locator("article.milestone h3")).toHaveText(expected.map((m) => m.title));
  await expect(page.getByLabel("Track", { exact: true })).toHaveValue("accountability");
  await expect(page.getByLabel("Forum", { exact: true })).toHaveValue("icc");

  const ratification = page.locator("#ukraine-ratifies-rome-statute-2024");
  await expect(ratification.locator(".milestone-date")).toHaveText("25 October 2024");
  await expect(ratification).toContainText("What it changed:");
  await expect(ratification).toContainText("Source:");
  // A milestone known to the month shows the month only.
  await expect(page.locator("#ecocide-proposal-2024 .milestone-date")).toHaveText("September 2024");

  // Narrow further by year through the form; then clear.
  await page.getByLabel("Year", { exact: true }).selectOption("2024");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/milestones\?track=accountability&forum=icc&year=2024$/);
  const in2024 = expected.filter((m) => m.partial.date.startsWith("2024"));
  await expect(page.locator("article.milestone")).toHaveCount(in2024.length);
  await expect(page.locator(".year-heading")).toHaveCount(1);

  await page.locator(".results-bar").getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/milestones$/);
  await expect(page.locator("article.milestone")).toHaveCount(total);
  await expect(page.getByLabel("Track", { exact: true })).toHaveValue("");
});

test("a month-precise milestone reads “October 2024”, never “1 October 2024”", async ({ page }) => {
  await page.goto("/milestones?forum=ukraine-domestic&year=2024");
  const amendment = page.locator("#ukraine-criminal-code-amendments-2024");
  await expect(amendment.locator(".milestone-date")).toHaveText("October 2024");
  await expect(amendment.locator("time")).toHaveAttribute("datetime", "2024-10");
  await expect(page.locator("main")).not.toContainText("1 October 2024");

  await amendment.getByRole("link", { name: /Criminal Code amended/ }).click();
  await expect(page.locator(".facts-grid")).toContainText("October 2024 (the source gives the month, not the day)");
  // The rules it opened and closed, linked to their forum.
  await expect(page.locator("#opened-heading")).toBeVisible();
  await expect(page.locator("#rule-ukraine-command-responsibility")).toContainText("From October 2024");
  await expect(page.locator("#closed-heading")).toBeVisible();
  await expect(page.locator("#rule-ukraine-no-command-responsibility-before-2024")).toContainText("until October 2024");
  await expect(page.locator("#rule-ukraine-command-responsibility").getByRole("link", { name: "Ukrainian national courts" })).toHaveAttribute(
    "href",
    /\/forums\/ukraine-domestic/,
  );
});

test("a malformed filter shows a notice naming the parameter and its allowed values, with HTTP 200", async ({ page }) => {
  const response = await page.goto("/milestones?year=abc&track=nope&forum=icc");
  expect(response?.status()).toBe(200);
  const notice = page.locator(".notice-warning");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("“year=abc” must be a four-digit year; this filter was ignored.");
  await expect(notice).toContainText("Years with milestones: 2025");
  await expect(notice).toContainText("“track=nope” is not a known track; this filter was ignored.");
  await expect(notice).toContainText("accountability (Accountability)");
  await expect(notice).toContainText("security-guarantees (Security guarantees)");
  // The valid filter still applies.
  const iccCount = seed.milestones.filter((m) => (m.forums ?? []).includes("icc")).length;
  await expect(page.locator("article.milestone")).toHaveCount(iccCount);
  await expect(page.locator(".results-bar").getByRole("link", { name: "Clear filters" })).toHaveAttribute("href", "/en/milestones");
});

test("unknown forum, crime and milestone slugs and unknown routes answer 404 with a way back", async ({ page }) => {
  for (const path of ["/forums/no-such-forum", "/crimes/no-such-crime", "/milestones/no-such-milestone", "/no/such/page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.locator("main").getByRole("link", { name: "Forums" })).toHaveAttribute("href", "/en/forums");
    await expect(page.locator("main").getByRole("link", { name: "Milestones" })).toHaveAttribute("href", "/en/milestones");
  }
});

test("keyboard users can skip to the content", async ({ page }) => {
  await page.goto("/forums");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
});

test("the timeline is searched by words and a period, and its address, export and feed keep every filter", async ({ page }) => {
  await page.goto("/milestones");
  await page.getByLabel("Words").fill("Rome Statute");
  await page.getByLabel("From").fill("2024");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/milestones\?q=Rome\+Statute&from=2024$/);
  const entries = page.locator(".milestone");
  const expected = milestonesNewestFirst((m) => /rome statute/i.test(`${m.title} ${m.description} ${m.whatChanged ?? ""}`) && partialOf(m.date).date >= "2024-01-01");
  expect(await entries.count()).toBeGreaterThanOrEqual(expected.length);
  for (const m of expected) await expect(entries.filter({ hasText: m.title })).toHaveCount(1);
  await expect(page.getByLabel("Words")).toHaveValue("Rome Statute");
  await expect(page.getByTestId("export-links").getByRole("link", { name: "CSV" })).toHaveAttribute("href", "/en/milestones/export.csv?q=Rome+Statute&from=2024");
  await expect(page.getByTestId("feed-link")).toHaveAttribute("href", "/en/milestones/feed.xml?q=Rome+Statute&from=2024");

  // A period that ends before it begins is said, not silently empty.
  await page.goto("/milestones?from=2025&to=2024");
  await expect(page.locator("main")).toContainText("“to=2024” is before “from=2025”");
});
